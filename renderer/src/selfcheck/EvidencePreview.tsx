// A preview inside the window: images as they are, PDFs drawn page by page with
// pdf.js (renderer/src/pdf). The 打开 button still hands a PDF to its own program.
import { Button, Center, Group, Image, Loader, Stack } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { EvidenceView } from '../../../shared/inspection';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { useApi } from '../lib/useApi';
import { PdfPreview, preloadPdfPreview } from '../pdf/LazyPdfPreview';

export function EvidencePreview({ file, onOpen }: { file: EvidenceView; onOpen: () => void }) {
  const isPdf = file.mime === 'application/pdf';
  const preview = useApi(() => {
    if (isPdf) void preloadPdfPreview();
    return call('evidence.preview', { id: file.id });
  }, [file.id, isPdf]);
  if (preview.state === 'loading') {
    return (
      <Center py="lg">
        <Loader size="sm" aria-label="正在载入预览" />
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
  if (isPdf) return <PdfPreview key={file.id} dataUrl={preview.value.dataUrl} name={preview.value.name} onOpen={onOpen} />;
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
