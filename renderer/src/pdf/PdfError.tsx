// What the preview says when a PDF cannot be drawn; the 打开 button stays the way out.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconAlertTriangle, IconExternalLink } from '@tabler/icons-react';

export function OpenButton({ onOpen }: { onOpen: () => void }) {
  return (
    <Button size="xs" variant="light" leftSection={<IconExternalLink size={14} />} onClick={onOpen}>
      打开
    </Button>
  );
}

export function PdfError({ password = false, onOpen }: { password?: boolean; onOpen: () => void }) {
  return (
    <Stack gap="xs" data-testid="evidence-preview" data-kind="pdf">
      <Alert color="orange" variant="light" title="未能预览" icon={<IconAlertTriangle size={18} />} data-testid="pdf-error">
        {password
          ? '该 PDF 设有密码保护，无法在自查通中预览，请点击“打开”在其自身程序中查看。'
          : '该 PDF 无法预览（文件可能已损坏或格式特殊），请点击“打开”在其自身程序中查看。'}
      </Alert>
      <Group>
        <OpenButton onOpen={onOpen} />
      </Group>
    </Stack>
  );
}
