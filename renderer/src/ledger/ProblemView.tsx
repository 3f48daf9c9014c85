// One problem: its fields (editable until 销号), the allowed moves, dated progress,
// evidence files, verifications and every change.
import { Alert, Button, Grid, Stack } from '@mantine/core';
import { IconLock, IconPencil } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { RoundSummary } from '../../../shared/inspection';
import type { ProblemDetail, RectificationAction } from '../../../shared/ledger';
import { chineseDate } from '../../../shared/dates';
import { call } from '../api';
import { SectionCard } from '../components/SectionCard';
import { useAppInfo } from '../lib/AppInfoProvider';
import { ActionButtons } from './ActionButtons';
import { ActionModal } from './ActionModal';
import { EvidenceSection } from './EvidenceSection';
import { HistoryTable } from './HistoryTable';
import { ProblemEditor } from './ProblemEditor';
import { ProblemHeader } from './ProblemHeader';
import { ProblemInfo } from './ProblemInfo';
import { useProgressDraft } from './progressDraft';
import { ProgressSection } from './ProgressSection';
import { RepeatNote } from './RepeatNote';
import { namesOf, type LedgerRefs } from '../lib/refs';
import { StatusFlow } from './StatusFlow';
import { VerificationList } from './VerificationList';
import './ledger.css';

interface Props {
  initial: ProblemDetail;
  refs: LedgerRefs;
  round: RoundSummary | null;
}

export function ProblemView({ initial, refs, round }: Props) {
  const [detail, setDetail] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [action, setAction] = useState<RectificationAction | null>(null);
  const names = useMemo(() => namesOf(refs), [refs]);
  const p = detail.problem;
  const draft = useProgressDraft(p.id, useAppInfo().info.today);
  const readOnly = p.status === 'signedOff';
  const saved = (d: ProblemDetail) => {
    setDetail(d);
    setEditing(false);
  };
  // Evidence changes add history rows; a failed reload only delays them until the next one.
  const reload = () => void call('ledger.get', { id: p.id }).then(setDetail, () => undefined);
  return (
    <div data-testid="problem-page" data-status={p.status}>
      <ProblemHeader problem={p} round={round} actions={<ActionButtons actions={detail.actions} onAction={setAction} />} />
      {readOnly && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />} mb="sm" py="xs" data-testid="signed-off-note">
          {p.signedOffOn ? `已于 ${chineseDate(p.signedOffOn)} 销号` : '已销号'}
          {p.signedOffBy ? `（经办人 ${p.signedOffBy}）` : ''}，只能查看。如需修改，点“重新打开”并填写原因。
        </Alert>
      )}
      <RepeatNote problemId={p.id} />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <SectionCard
              title="问题与整改措施"
              testId="problem-card"
              extra={
                !readOnly &&
                !editing && (
                  <Button variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)} data-testid="edit-problem">
                    编辑
                  </Button>
                )
              }
            >
              {editing ? <ProblemEditor problem={p} refs={refs} onCancel={() => setEditing(false)} onSaved={saved} /> : <ProblemInfo problem={p} />}
            </SectionCard>
            <SectionCard title="整改进展" testId="progress-card">
              <ProgressSection detail={detail} readOnly={readOnly} draft={draft} onAdded={setDetail} />
            </SectionCard>
            <SectionCard title="佐证材料" testId="evidence-card">
              <EvidenceSection problemId={p.id} readOnly={readOnly} onChanged={reload} />
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <SectionCard title="整改流程">
              <StatusFlow detail={detail} />
            </SectionCard>
            <SectionCard title="验证记录" testId="verifications-card">
              <VerificationList verifications={detail.verifications} />
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack mt="md">
        <SectionCard title="变更记录" testId="history-card">
          <HistoryTable history={detail.history} names={names} />
        </SectionCard>
      </Stack>
      {action && <ActionModal problem={p} progressCount={detail.progress.length} evidenceCount={detail.evidenceCount} draft={draft} action={action} operator={refs.operator} onClose={() => setAction(null)} onDone={saved} />}
    </div>
  );
}
