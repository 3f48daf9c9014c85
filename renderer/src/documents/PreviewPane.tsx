// The live page preview: the draft as it stands (saved or not) printed by the core
// in the official layout: at once when the draft opens and after an edit made in
// a quiet moment (a blank filled, a block moved), a moment after the last of a run
// of keystrokes. One print at a time: edits made while one prints are printed
// together, right after it, so the preview never falls behind by more than one printout.
// The first printout is asked for with the draft (startPreview), not after it.
import { Box, Group, Loader, LoadingOverlay, Paper, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentKind, OfficialDocument } from '../../../shared/document';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';
import { openPdfSoon, PdfPreview, preloadPdfPreview } from '../pdf/LazyPdfPreview';

type Shown = { pdf: Uint8Array; pages: number };

/**
 * The draft as saved, printed: asked for at the same time as the draft itself (the
 * core prints exactly the document documents.get answers), with pdf.js fetched
 * meanwhile and the PDF opened in it as soon as it comes, so that the first page
 * waits for one printout and not for the draft, the editor's first render, then
 * the printout and then pdf.js.
 */
export function startPreview(campaign: string, kind: DocumentKind): Promise<Shown> {
  const key = `${campaign}/${kind}`;
  // An editor whose first render React threw away (an interrupted mount) renders and asks again: the first request answers it.
  if (asking?.key === key) return asking.first;
  void preloadPdfPreview();
  const first = call('documents.preview', { campaign, kind });
  first.then((shown) => openPdfSoon(shown.pdf)).catch(() => undefined);
  asking = { key, first };
  // Never kept for long: a draft that failed to open and is opened again gets a fresh printout.
  const forget = () => window.setTimeout(() => tookPreview(first), FORGET_MS);
  first.then(forget, forget);
  return first;
}

/** The first printout asked for and not yet taken by a preview on screen. */
let asking: { key: string; first: Promise<Shown> } | null = null;
const FORGET_MS = 5_000;

/** Said by the preview that shows it: opening the draft again asks afresh. */
function tookPreview(first: Promise<Shown>) {
  if (asking?.first === first) asking = null;
}

/** Keystrokes closer together than this are printed as one edit; an edit this long after the last is printed at once. */
const PAUSE_MS = 150;

interface Props {
  campaign: string;
  kind: DocumentKind;
  doc: OfficialDocument;
  title: string;
  /** What 打开 on the preview does: the PDF export. */
  onOpen: () => void;
  /** The first printout, already asked for (startPreview) while the draft loaded; it stands for the draft as it opened. */
  first: Promise<Shown>;
}

export function PreviewPane({ campaign, kind, doc, title, onOpen, first }: Props) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [printing, setPrinting] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(0);
  const latest = useRef({ campaign, kind, doc });
  latest.current = { campaign, kind, doc };
  const busy = useRef(false);
  const again = useRef(false);
  const pending = useRef<Promise<Shown> | null>(first);
  const lastEdit = useRef(0);

  const printLatest = useCallback(() => {
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    const ticket = asked.current;
    // The first print asked is the one already on its way: the draft as it opened, which is what is shown before any edit.
    const printed = pending.current ?? call('documents.preview', latest.current);
    pending.current = null;
    printed
      .then(
        (result) => {
          if (ticket !== asked.current) return;
          setShown(result);
          setError(null);
          setPrinting(false);
        },
        (e: unknown) => {
          if (ticket !== asked.current) return;
          setError(errorMessage(e));
          setPrinting(false);
        },
      )
      .finally(() => {
        busy.current = false;
        if (again.current) {
          again.current = false;
          printLatest();
        }
      });
  }, []);

  useEffect(() => tookPreview(first), [first]);

  useEffect(() => {
    const now = performance.now();
    const quiet = asked.current === 0 || now - lastEdit.current >= PAUSE_MS;
    lastEdit.current = now;
    asked.current++;
    setPrinting(true);
    const timer = window.setTimeout(printLatest, quiet ? 0 : PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [campaign, kind, doc, printLatest]);

  return (
    <Paper withBorder p="sm" data-testid="doc-preview" aria-busy={printing}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text fw={600} size="sm">
          版面预览
        </Text>
        <Group gap={6} wrap="nowrap">
          {printing && <Loader size={14} role="status" aria-label="正在排版" />}
          <Text size="xs" c="dimmed" data-testid="doc-preview-pages">
            {printing ? '正在排版…' : shown ? `共 ${shown.pages} 页` : ''}
          </Text>
        </Group>
      </Group>
      {error && <ErrorAlert message={error} title="预览未能生成" mb="xs" />}
      <Box pos="relative" mih={240}>
        {/* As wide as lets a whole A4 page fit the window's height. */}
        <Box maw="calc((100vh - 210px) / 1.414)" miw={320} mx="auto">
          {shown && <PdfPreview pdf={shown.pdf} name={title} onOpen={onOpen} reprinted />}
        </Box>
        <LoadingOverlay visible={printing && shown !== null} zIndex={2} overlayProps={{ backgroundOpacity: 0.35, blur: 0 }} loaderProps={{ size: 'sm' }} />
        {!shown && printing && (
          <Text size="sm" c="dimmed" ta="center" pt="xl">
            正在按公文格式排版…
          </Text>
        )}
      </Box>
    </Paper>
  );
}
