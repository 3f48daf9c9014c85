// The live page preview: the draft as it stands (saved or not) printed by the core
// in the official layout, reprinted ~800 ms after the officer stops typing.
import { Box, Group, Loader, LoadingOverlay, Paper, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { DocumentKind, OfficialDocument } from '../../../shared/document';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';
import { PdfPreview } from '../pdf/LazyPdfPreview';

const DEBOUNCE_MS = 800;

interface Props {
  campaign: string;
  kind: DocumentKind;
  doc: OfficialDocument;
  title: string;
  /** What 打开 on the preview does: the PDF export. */
  onOpen: () => void;
}

type Shown = { dataUrl: string; pages: number };

export function PreviewPane({ campaign, kind, doc, title, onOpen }: Props) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [printing, setPrinting] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(0);

  useEffect(() => {
    const ticket = ++asked.current;
    setPrinting(true);
    const timer = window.setTimeout(() => {
      call('documents.preview', { campaign, kind, doc }).then(
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
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [campaign, kind, doc]);

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
          {shown && <PdfPreview dataUrl={shown.dataUrl} name={title} onOpen={onOpen} />}
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
