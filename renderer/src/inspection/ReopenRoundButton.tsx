// 重新打开: an archived round opens again only with a reason, which is recorded.
import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLockOpen } from '@tabler/icons-react';
import { call } from '../api';
import { TextPromptModal } from '../components/TextPromptModal';

export function ReopenRoundButton({ roundId, onDone }: { roundId: number; onDone: () => Promise<void> }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" leftSection={<IconLockOpen size={16} />} onClick={open} data-testid="reopen-round">
        重新打开
      </Button>
      <TextPromptModal
        opened={opened}
        onClose={close}
        title="重新打开本轮自查"
        label="重新打开的原因"
        placeholder="例如：上级要求补充佐证材料"
        maxLength={500}
        confirmLabel="重新打开"
        color="blue"
        errorTitle="未能重新打开"
        testId="confirm-reopen"
        onConfirm={async (reason) => {
          await call('inspection.reopen', { roundId, reason });
          await onDone();
        }}
      >
        <Text size="sm">重新打开后可以继续修改。原因会连同操作人和时间一起记录在本轮自查中。</Text>
      </TextPromptModal>
    </>
  );
}
