// The prompt before a move: 阶段性完成 asks the next milestone, 验证 who checked and
// what they found (required when it fails), 销号 the date, 重新打开 the reason.
// Progress typed but not recorded is offered for recording first; 销号 without any
// progress or evidence asks why, and the reason goes into the history.
import { Alert, Checkbox, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { actionLabel, type ProblemDetail, type ProblemRow, type RectificationAction } from '../../../shared/ledger';
import { call } from '../api';
import { ConfirmModal } from '../components/ConfirmModal';
import { DateField } from '../components/DateField';
import { useAppInfo } from '../lib/AppInfoProvider';
import { actionExplanation, confirmColor } from './actionText';
import type { ProgressDraftState } from './progressDraft';

interface Props {
  problem: ProblemRow;
  progressCount: number;
  evidenceCount: number;
  draft: ProgressDraftState;
  action: RectificationAction;
  operator: string;
  onClose: () => void;
  onDone: (detail: ProblemDetail) => void;
}

export function ActionModal({ problem: p, progressCount, evidenceCount, draft, action, operator, onClose, onDone }: Props) {
  const { today } = useAppInfo().info;
  const [milestone, setMilestone] = useState<string | null>(p.nextMilestone && p.nextMilestone > today ? p.nextMilestone : null);
  const [checker, setChecker] = useState(operator);
  const [onDate, setOnDate] = useState<string | null>(today);
  const [findings, setFindings] = useState('');
  const [reason, setReason] = useState('');
  const carry = draft.pending && action !== 'reopen';
  const [record, setRecord] = useState(true);
  const gaps =
    action === 'signOff'
      ? [...(progressCount === 0 && !(carry && record) ? ['整改进展'] : []), ...(evidenceCount === 0 ? ['整改佐证材料'] : [])]
      : [];
  const verifying = action === 'verifyPass' || action === 'verifyFail';
  const dated = verifying || action === 'signOff';
  const missing =
    (action === 'stage' && !milestone) ||
    (action === 'verifyFail' && !findings.trim()) ||
    ((action === 'reopen' || gaps.length > 0) && !reason.trim()) ||
    (verifying && !checker.trim()) ||
    (dated && !onDate);
  const run = async () => {
    if (carry && record) {
      onDone(await call('ledger.addProgress', { id: p.id, onDate: draft.draft.onDate ?? today, text: draft.draft.text.trim() }));
      draft.clear();
    } else if (carry && action === 'signOff') {
      // Once signed off nothing can be recorded; the officer chose not to keep it.
      draft.clear();
    }
    const detail = await call('ledger.action', {
      id: p.id,
      action,
      ...(action === 'stage' ? { nextMilestone: milestone } : {}),
      ...(verifying ? { checker: checker.trim(), findings: findings.trim() } : {}),
      ...(action === 'reopen' || gaps.length > 0 ? { reason: reason.trim() } : {}),
      ...(dated && onDate ? { onDate } : {}),
    });
    onDone(detail);
  };
  return (
    <ConfirmModal
      opened
      onClose={onClose}
      title={`${actionLabel[action]}：${p.number}`}
      confirmLabel={actionLabel[action]}
      color={confirmColor[action]}
      disabled={missing}
      errorTitle={`未能${actionLabel[action]}`}
      onConfirm={run}
      testId="confirm-action"
      size="md"
    >
      <Text size="sm">{actionExplanation(action, p)}</Text>
      {carry && (
        <Alert color="yellow" variant="light" py="xs" title="有一条整改进展还没有记录" data-testid="action-pending-progress">
          <Text size="sm" className="zc-prewrap" lineClamp={4} mb={6}>
            {draft.draft.text.trim()}
          </Text>
          <Checkbox size="xs" label="先记录这条进展" checked={record} onChange={(e) => setRecord(e.currentTarget.checked)} data-testid="action-record-progress" />
          {!record && action !== 'signOff' && (
            <Text size="xs" mt={4}>
              不记录也不会丢失：它仍留在“整改进展”的输入框里。
            </Text>
          )}
          {!record && action === 'signOff' && (
            <Text size="xs" mt={4} c="red.8">
              销号后不能再记录进展，这段文字将被舍弃。
            </Text>
          )}
        </Alert>
      )}
      {gaps.length > 0 && (
        <Textarea label={`这个问题没有${gaps.join('，也没有')}，请写明销号理由`} required autosize minRows={2} maxRows={6} maxLength={500}
          placeholder="如：佐证材料为纸质件，已随整改报告归档" value={reason} onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="action-signoff-reason" data-autofocus />
      )}
      {action === 'stage' && (
        <DateField label="下一节点日期" required clearable={false} value={milestone} onChange={setMilestone} minDate={today}
          placeholder="YYYY-MM-DD" data-testid="action-milestone" data-autofocus />
      )}
      {dated && (
        <SimpleGrid cols={verifying ? 2 : 1} spacing="sm">
          {verifying && (
            <TextInput label="验证人" required value={checker} maxLength={40} onChange={(e) => setChecker(e.currentTarget.value)} data-testid="action-checker" />
          )}
          <DateField label={action === 'signOff' ? '销号日期' : '验证日期'} required clearable={false} value={onDate} onChange={setOnDate}
            maxDate={today} placeholder="YYYY-MM-DD" data-testid="action-date" />
        </SimpleGrid>
      )}
      {verifying && (
        <Textarea label={action === 'verifyFail' ? '验证发现的问题' : '验证意见'} required={action === 'verifyFail'} autosize minRows={3} maxRows={8}
          maxLength={2000} placeholder={action === 'verifyFail' ? '写明哪些整改没有到位' : '可不填，如：整改到位，资料齐全'} value={findings}
          onChange={(e) => setFindings(e.currentTarget.value)} data-testid="action-findings" data-autofocus />
      )}
      {action === 'reopen' && (
        <Textarea label="重新打开的原因" required autosize minRows={2} maxRows={6} maxLength={500} value={reason}
          onChange={(e) => setReason(e.currentTarget.value)} data-testid="action-reason" data-autofocus />
      )}
    </ConfirmModal>
  );
}
