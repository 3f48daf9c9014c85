// 标记不适用: the selected items are set aside with a reason (e.g. 本院未开展该项业务).
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

interface Props {
  count: number;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<boolean>;
}

export function NotApplicableModal({ count, onClose, onConfirm }: Props) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const ok = await onConfirm(reason.trim());
    setBusy(false);
    if (ok) onClose();
  };
  return (
    <Modal opened onClose={onClose} title={`将 ${count} 项标记为不适用`} centered>
      <Stack gap="sm">
        <Text size="sm">不适用的项不计入进度，也不需要作答；已填的答案会保留，恢复适用后可以继续修改。</Text>
        <Textarea
          label="不适用的原因"
          placeholder="例如：本院未开展人类辅助生殖技术"
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
          data-testid="na-reason"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={busy} disabled={!reason.trim()} onClick={() => void run()} data-testid="confirm-na">
            标记不适用
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
