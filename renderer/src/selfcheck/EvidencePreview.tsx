// A preview inside the window: images as they are; PDFs go to their own program
// (the window's security policy allows no embedded documents).
import { Button, Center, Image, Loader, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { EvidenceView } from '../../../shared/inspection';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { useApi } from '../lib/useApi';

export function EvidencePreview({ file, onOpen }: { file: EvidenceView; onOpen: () => void }) {
  const isImage = file.mime.startsWith('image/');
  const preview = useApi(() => (isImage ? call('evidence.preview', { id: file.id }) : Promise.resolve(null)), [file.id, isImage]);
  if (!isImage) {
    return (
      <Stack gap="xs" align="center" py="md" data-testid="evidence-preview">
        <Text size="sm" c="dimmed">
          PDF 请点击打开查看
        </Text>
        <Button size="xs" variant="light" leftSection={<IconExternalLink size={14} />} onClick={onOpen}>
          打开“{file.originalName}”
        </Button>
      </Stack>
    );
  }
  if (preview.state === 'loading') {
    return (
      <Center py="lg">
        <Loader size="sm" aria-label="正在载入预览" />
      </Center>
    );
  }
  if (preview.state === 'error') return <ErrorAlert message={preview.message} title="未能预览" />;
  if (!preview.value) return null;
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
