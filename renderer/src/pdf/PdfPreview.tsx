// A PDF drawn page by page on a canvas with pdf.js, as wide as its container: the
// first page at once, the others when asked for (上一页 / 下一页). This module and
// pdf.js form a chunk of their own, loaded through LazyPdfPreview.
import { Alert, Box, Button, Center, Group, Loader, LoadingOverlay, Stack, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconAlertTriangle, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { bytesOfDataUrl } from './dataUrl';
import { OpenButton, PdfError } from './PdfError';
import { openPdf, renderPage, takeEarlyPdf, type OpenedPdf } from './pdfjs';

export { openPdfEarly, warmPdfWorker } from './pdfjs';

type Load = { state: 'loading' } | { state: 'error'; password: boolean } | { state: 'ready'; doc: PDFDocumentProxy; opened: OpenedPdf };

interface Props {
  /** The PDF: its bytes (the 文书 preview), or a base64 data URL (what evidence previews answer). */
  pdf: Uint8Array | string;
  name: string;
  /** Opens the file in its own program. */
  onOpen: () => void;
  /**
   * A new `pdf` is a new printout of the same document (the 文书 preview after an
   * edit): the page being read stays, and stays on screen until its new printout
   * is drawn over it, where a new file starts again at 第 1 页.
   */
  reprinted?: boolean;
}

const isCancel = (e: unknown) => e instanceof Error && e.name === 'RenderingCancelledException';

export function PdfPreview({ pdf, name, onOpen, reprinted = false }: Props) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [pageNo, setPageNo] = useState(1);
  /** The page now on the canvas (null until the first is drawn). */
  const [shown, setShown] = useState<number | null>(null);
  const [drawing, setDrawing] = useState(false);
  const [pageFailed, setPageFailed] = useState(false);
  const { ref: sizeRef, width } = useElementSize<HTMLDivElement>();
  const holder = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const cssWidth = Math.floor(width);

  /** Whether a page has been drawn: a reprint keeps it up until the new one is. */
  const drawn = useRef(false);
  useEffect(() => {
    let live = true;
    let opened: OpenedPdf | null = null;
    const keep = reprinted && drawn.current;
    if (!keep) {
      setLoad({ state: 'loading' });
      setPageNo(1);
      setShown(null);
      drawn.current = false;
      holder.current?.replaceChildren();
    }
    setPageFailed(false);
    (async () => {
      // pdf.js takes the bytes over (they leave this thread): it gets a copy, so that the caller's stay whole for a later draw.
      opened = (typeof pdf === 'string' ? null : takeEarlyPdf(pdf)) ?? openPdf(typeof pdf === 'string' ? bytesOfDataUrl(pdf) : pdf.slice());
      const doc = await opened.promise;
      if (!live) return;
      const ready = opened;
      // From here the document is the state's to close (below), not this effect's.
      opened = null;
      if (keep) setPageNo((n) => Math.min(n, doc.numPages));
      setLoad({ state: 'ready', doc, opened: ready });
    })().catch((e: unknown) => {
      if (!live) return;
      console.warn('PDF 预览失败', e);
      void opened?.close();
      opened = null;
      drawn.current = false;
      holder.current?.replaceChildren();
      setShown(null);
      setLoad({ state: 'error', password: e instanceof Error && e.name === 'PasswordException' });
    });
    return () => {
      live = false;
      void opened?.close();
    };
  }, [pdf, reprinted]);

  const doc = load.state === 'ready' ? load.doc : null;
  useEffect(() => {
    if (!doc || cssWidth <= 0) return;
    let live = true;
    let task: RenderTask | null = null;
    setDrawing(true);
    setPageFailed(false);
    renderPage(doc, pageNo, cssWidth, (t) => {
      task = t;
      if (!live) t.cancel();
    })
      .then((canvas) => {
        if (!live) return;
        canvas.setAttribute('data-testid', 'pdf-canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `${name} 第 ${pageNo} 页`);
        canvas.style.display = 'block';
        canvas.style.boxShadow = '0 0 0 1px var(--mantine-color-gray-3), 0 1px 4px rgba(0, 0, 0, 0.08)';
        canvas.style.background = '#fff';
        holder.current?.replaceChildren(canvas);
        drawn.current = true;
        setShown(pageNo);
        setDrawing(false);
      })
      .catch((e: unknown) => {
        if (!live || isCancel(e)) return;
        console.warn(`PDF 第 ${pageNo} 页未能显示`, e);
        holder.current?.replaceChildren();
        drawn.current = false;
        setShown(null);
        setPageFailed(true);
        setDrawing(false);
      });
    return () => {
      live = false;
      task?.cancel();
    };
  }, [doc, pageNo, cssWidth, name]);

  // A document is freed once another takes its place or the preview goes: after the
  // effect above has cancelled any drawing of its page (effects clean up in order).
  const openedDoc = load.state === 'ready' ? load.opened : null;
  useEffect(() => () => void openedDoc?.close(), [openedDoc]);

  if (load.state === 'error') return <PdfError password={load.password} onOpen={onOpen} />;

  const pages = doc?.numPages ?? 0;
  const go = (n: number, scroll: boolean) => {
    setPageNo(Math.min(Math.max(n, 1), pages));
    if (scroll) top.current?.scrollIntoView({ block: 'nearest' });
  };
  const pager = (where: 'top' | 'bottom') =>
    pages > 1 && (
      <Group gap={4} wrap="nowrap">
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconChevronLeft size={14} />}
          disabled={pageNo <= 1}
          onClick={() => go(pageNo - 1, where === 'bottom')}
          data-testid={where === 'top' ? 'pdf-prev' : undefined}
        >
          上一页
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          rightSection={<IconChevronRight size={14} />}
          disabled={pageNo >= pages}
          onClick={() => go(pageNo + 1, where === 'bottom')}
          data-testid={where === 'top' ? 'pdf-next' : undefined}
        >
          下一页
        </Button>
      </Group>
    );

  return (
    <Stack gap="xs" data-testid="evidence-preview" data-kind="pdf">
      <Group justify="space-between" wrap="nowrap" ref={top}>
        <Group gap="sm" wrap="nowrap">
          {pager('top')}
          {doc && (
            <Text size="sm" c="dimmed" data-testid="pdf-page-counter" aria-live="polite">
              第 {pageNo} / {pages} 页
            </Text>
          )}
        </Group>
        <OpenButton onOpen={onOpen} />
      </Group>
      <Box pos="relative" ref={sizeRef} mih={shown === null ? 160 : undefined}>
        <div ref={holder} />
        {shown === null && !pageFailed && (
          <Center pos="absolute" inset={0}>
            <Stack gap={6} align="center">
              <Loader size="sm" role="status" aria-label="正在载入 PDF" />
              <Text size="xs" c="dimmed">
                正在载入 PDF…
              </Text>
            </Stack>
          </Center>
        )}
        {pageFailed && (
          <Alert color="orange" variant="light" title="未能显示本页" icon={<IconAlertTriangle size={18} />} data-testid="pdf-error">
            第 {pageNo} 页无法预览，请点击“打开”在其自身程序中查看。
          </Alert>
        )}
        <LoadingOverlay visible={drawing && shown !== null} zIndex={1} overlayProps={{ backgroundOpacity: 0.4, blur: 0 }} loaderProps={{ size: 'sm' }} />
      </Box>
      {shown !== null && pages > 1 && (
        <Group justify="center" gap="sm">
          {pager('bottom')}
          <Text size="sm" c="dimmed">
            第 {pageNo} / {pages} 页
          </Text>
        </Group>
      )}
    </Stack>
  );
}
