// 登记问题: from an answer that reveals a problem to the problem ledger, with a
// description prefilled from the item and its answer.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { RoundElementView } from '../../../shared/inspection';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';
import { problemSummary } from './answerText';

interface Props {
  roundId: number;
  element: RoundElementView;
  onClose: () => void;
  onFlagged: (elementId: string) => void;
}

export function FlagProblemModal({ roundId, element: e, onClose, onFlagged }: Props) {
  const [summary, setSummary] = useState(() => problemSummary(e.no, e.text, e.answer, e.question, e.answerNote));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('inspection.flagProblem', { roundId, elementId: e.elementId, summary: summary.trim() });
      onFlagged(e.elementId);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title="登记到问题台账" centered size="lg">
      <Stack gap="sm">
        <Text size="sm">自查发现的问题登记后，将在“问题台账”中统一跟踪整改。可以修改下面的问题描述。</Text>
        <Textarea
          label="问题描述"
          autosize
          minRows={3}
          maxRows={10}
          maxLength={1000}
          value={summary}
          onChange={(ev) => setSummary(ev.currentTarget.value)}
          data-autofocus
          data-testid="problem-summary"
        />
        {error && <ErrorAlert message={error} title="未能登记" />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button color="red" loading={busy} disabled={!summary.trim()} onClick={() => void run()} data-testid="confirm-flag">
            登记问题
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
