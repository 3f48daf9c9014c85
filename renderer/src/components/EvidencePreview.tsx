// A preview inside the window: images as they are, PDFs drawn page by page with
// pdf.js (renderer/src/pdf). The 打开 button still hands a PDF to its own program.
import { Button, Center, Group, Image, Loader, Stack } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { Output } from '../../../shared/api';
import { call } from '../api';
import { ErrorAlert } from './ErrorAlert';
import { useApi } from '../lib/useApi';
import { PdfPreview, preloadPdfPreview } from '../pdf/LazyPdfPreview';
import type { EvidenceFile } from './EvidenceItem';

type Preview = Output<'inspection.evidencePreview'>;
const previewItemEvidence = (id: number) => call('inspection.evidencePreview', { id });

interface Props {
  file: EvidenceFile;
  onOpen: () => void;
  /** Reads the file for the preview; a self-inspection item's by default. */
  load?: (id: number) => Promise<Preview>;
}

export function EvidencePreview({ file, onOpen, load = previewItemEvidence }: Props) {
  const isPdf = file.mime === 'application/pdf';
  // `load` is one fixed reader per kind of evidence, so only the file decides when to reload.
  const preview = useApi(() => {
    if (isPdf) void preloadPdfPreview();
    return load(file.id);
  }, [file.id, isPdf]);
  if (preview.state === 'loading') {
    return (
      <Center py="lg">
        <Loader size="sm" role="status" aria-label="正在载入预览" />
      </Center>
    );
  }
  if (preview.state === 'error') {
    return (
      <Stack gap="xs">
        <ErrorAlert message={preview.message} title="未能预览" />
        {isPdf && (
          <Group>
            <Button size="xs" variant="light" leftSection={<IconExternalLink size={14} />} onClick={onOpen}>
              打开“{file.originalName}”
            </Button>
          </Group>
        )}
      </Stack>
    );
  }
  if (isPdf) return <PdfPreview key={file.id} pdf={preview.value.dataUrl} name={preview.value.name} onOpen={onOpen} />;
  return (
    <Image
      src={preview.value.dataUrl}
      alt={preview.value.name}
      fit="contain"
      mah="60vh"
      radius="sm"
      className="zc-evidence-image"
      data-testid="evidence-preview"
    />
  );
}
