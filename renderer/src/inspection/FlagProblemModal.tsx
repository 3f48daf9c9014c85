// 登记问题: from an answer that reveals a problem to the problem ledger, with a
// description prefilled from the item and its answer.
import { Text } from '@mantine/core';
import type { RoundElementView } from '../../../shared/inspection';
import { call } from '../api';
import { TextPromptModal } from '../components/TextPromptModal';
import { problemSummary } from './answerText';

interface Props {
  roundId: number;
  element: RoundElementView;
  onClose: () => void;
  onFlagged: (elementId: string, problemId: number) => void;
}

export function FlagProblemModal({ roundId, element: e, onClose, onFlagged }: Props) {
  return (
    <TextPromptModal
      opened
      onClose={onClose}
      title="登记到问题台账"
      size="lg"
      label="问题描述"
      initial={problemSummary(e.no, e.text, e.answer, e.question, e.answerNote)}
      maxLength={1000}
      minRows={3}
      confirmLabel="登记问题"
      errorTitle="未能登记"
      testId="confirm-flag"
      fieldTestId="problem-summary"
      onConfirm={async (summary) => {
        const { id } = await call('inspection.flagProblem', { roundId, elementId: e.elementId, summary });
        onFlagged(e.elementId, id);
      }}
    >
      <Text size="sm">自查发现的问题登记后，将在“问题台账”中统一跟踪整改；这一项的佐证材料和责任人一并带过去。可以修改下面的问题描述。</Text>
    </TextPromptModal>
  );
}
