// 归档: after a confirmation (and saving what is typed) the round becomes read-only.
import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive } from '@tabler/icons-react';
import type { Progress } from '../../../shared/inspection';
import { call } from '../api';
import { ConfirmModal } from '../components/ConfirmModal';

interface Props {
  roundId: number;
  progress: Progress;
  flushAll: () => Promise<number>;
  onDone: () => Promise<void>;
}

export function CloseRoundButton({ roundId, progress, flushAll, onDone }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const left = progress.applicable - progress.answered;
  return (
    <>
      <Button variant="default" leftSection={<IconArchive size={16} />} onClick={open} data-testid="close-round">
        归档
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={close}
        title="归档本轮自查"
        confirmLabel="确认归档"
        color="blue"
        errorTitle="未能归档"
        testId="confirm-close"
        onConfirm={async () => {
          const unsaved = await flushAll();
          if (unsaved > 0) throw new Error(`有 ${unsaved} 项填写的内容未能保存（见各项下方的提示）。请先改正或清除，再归档。`);
          await call('inspection.close', { roundId });
          await onDone();
        }}
      >
        <Text size="sm">
          归档后，本轮自查<b>只能查看</b>：不能再修改答案、备注、科室分配和佐证材料。确有需要时可以“重新打开”，但须填写原因，并留下记录。
        </Text>
        {left > 0 && (
          <Text size="sm" c="orange.9">
            还有 {left} 项未作答，归档后这些项将保持空白。
          </Text>
        )}
      </ConfirmModal>
    </>
  );
}
