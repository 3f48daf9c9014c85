// 重新打开: an archived round opens again only with a reason, which is recorded.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';

export function ReopenRoundButton({ roundId, onDone }: { roundId: number; onDone: () => Promise<void> }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('inspection.reopen', { roundId, reason: reason.trim() });
      await onDone();
      setReason('');
      close();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="default" leftSection={<IconLockOpen size={16} />} onClick={open} data-testid="reopen-round">
        重新打开
      </Button>
      <Modal opened={opened} onClose={close} title="重新打开本轮自查" centered>
        <Stack gap="sm">
          <Text size="sm">重新打开后可以继续修改。原因会连同操作人和时间一起记录在本轮自查中。</Text>
          <Textarea
            label="重新打开的原因"
            placeholder="例如：上级要求补充佐证材料"
            required
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          {error && <ErrorAlert message={error} title="未能重新打开" />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              取消
            </Button>
            <Button loading={busy} disabled={!reason.trim()} onClick={() => void run()} data-testid="confirm-reopen">
              重新打开
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
