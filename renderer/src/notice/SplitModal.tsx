// 拆分: the officer puts a line break where the item should be cut; each line
// becomes an item of the same kind.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

interface Props {
  initial: string;
  onClose: () => void;
  onSplit: (parts: string[]) => void;
}

export function SplitModal({ initial, onClose, onSplit }: Props) {
  const [text, setText] = useState(initial);
  const parts = text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  return (
    <Modal opened onClose={onClose} title="拆分为多项" size="lg">
      <Stack gap="sm">
        <Text size="sm">在要断开的位置按回车换行，每一行成为一项。</Text>
        <Textarea autosize minRows={4} maxRows={16} value={text} onChange={(e) => setText(e.currentTarget.value)} data-autofocus data-testid="split-text" />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            将拆成 {parts.length} 项
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button disabled={parts.length < 2} onClick={() => onSplit(parts)} data-testid="split-confirm">
              拆分
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
