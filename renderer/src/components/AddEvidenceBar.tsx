// 添加佐证材料 with what it accepts, the same for an item and for a problem.
import { Button, Group, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';

export function AddEvidenceBar({ busy, onAdd, testId }: { busy: boolean; onAdd: () => void; testId: string }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <Button leftSection={<IconUpload size={16} />} loading={busy} onClick={onAdd} data-testid={testId} style={{ flexShrink: 0 }}>
        添加佐证材料
      </Button>
      <Text size="xs" c="dimmed">
        可一次选择多个文件（照片、PDF、Word、Excel 等），文件会复制保存到本机数据中。
      </Text>
    </Group>
  );
}
