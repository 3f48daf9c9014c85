// 处置: one of the five ways (监督执纪工作规则 §21) with its date; the outcome of the
// check (属实/部分属实/不属实) is asked for unless the clue is only shelved (暂存待查).
import { Select, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { CLUE_DISPOSALS, CLUE_OUTCOMES, type ClueDetail, type ClueDisposal, type ClueOutcome } from '../../../shared/cases';
import { call } from '../api';
import { ConfirmModal } from '../components/ConfirmModal';
import { DateField } from '../components/DateField';
import { useAppInfo } from '../lib/AppInfoProvider';

interface Props {
  clue: ClueDetail['clue'];
  onClose: () => void;
  onDone: (detail: ClueDetail) => void;
}

export function DisposeModal({ clue, onClose, onDone }: Props) {
  const { today } = useAppInfo().info;
  const [disposal, setDisposal] = useState<ClueDisposal | null>(clue.disposal);
  const [outcome, setOutcome] = useState<ClueOutcome | null>(clue.outcome);
  const [on, setOn] = useState<string | null>(clue.disposedOn ?? today);
  const asksOutcome = disposal !== null && disposal !== '暂存待查';
  return (
    <ConfirmModal opened title={`处置线索 ${clue.number}`} confirmLabel="保存处置" color="blue" size="lg" errorTitle="未能保存处置"
      disabled={!disposal || !on} testId="confirm-dispose" onClose={onClose}
      onConfirm={async () => {
        if (!disposal || !on) return false;
        onDone(await call('cases.disposeClue', { id: clue.id, disposal, disposedOn: on, outcome: asksOutcome ? outcome : null }));
      }}>
      <Text size="sm" c="dimmed">处置方式和核实结果计入统计报表的线索处置情况；可以再次处置以更正，历史中会留下记录。</Text>
      <SimpleGrid cols={3} spacing="sm">
        <Select label="处置方式" size="xs" required data={[...CLUE_DISPOSALS]} value={disposal} allowDeselect={false}
          onChange={(v) => setDisposal(CLUE_DISPOSALS.find((d) => d === v) ?? null)} data-testid="field-disposal" comboboxProps={{ withinPortal: true }} />
        <Select label="核实结果" size="xs" placeholder={asksOutcome ? '尚未查清可不填' : '暂存待查无需填写'} data={[...CLUE_OUTCOMES]}
          value={asksOutcome ? outcome : null} disabled={!asksOutcome} clearable
          onChange={(v) => setOutcome(CLUE_OUTCOMES.find((o) => o === v) ?? null)} data-testid="field-outcome" />
        <DateField label="处置日期" required clearable={false} placeholder="YYYY-MM-DD" value={on} minDate={clue.receivedOn}
          onChange={setOn} data-testid="field-disposed-on" />
      </SimpleGrid>
    </ConfirmModal>
  );
}
