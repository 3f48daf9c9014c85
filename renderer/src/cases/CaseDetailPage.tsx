// /cases/cases/:id — one case, shown as its form: a case is mostly figures that the
// officer corrects as the investigation goes on, so there is no separate read view.
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CaseDetail } from '../../../shared/cases';
import { formatWan } from '../../../shared/money';
import { ApiError, call } from '../api';
import { ConfirmModal } from '../components/ConfirmModal';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { SectionCard } from '../components/SectionCard';
import { loadRefs, type LedgerRefs } from '../lib/refs';
import { errorMessage } from '../lib/errors';
import { useApi } from '../lib/useApi';
import { draftErrors, draftOf, fieldsOf } from './caseDraft';
import { CaseFormFields } from './CaseFormFields';
import { clueHref, errorField, routeId } from './casesText';
import { HistoryCard } from './HistoryCard';
import { chineseDate } from '../../../shared/dates';

async function load(id: number | null) {
  if (id === null) throw new ApiError({ code: 'badRoute', message: '地址中的案件编号不正确，请从“线索案件”重新进入' });
  const [detail, refs] = await Promise.all([call('cases.get', { id }), loadRefs()]);
  return { detail, refs };
}

export function CaseDetailPage() {
  const id = routeId(useParams().id);
  const data = useApi(() => load(id), [id]);
  if (data.state === 'loading') return <LoadingBlock rows={4} label="正在加载案件" />;
  if (data.state === 'error') {
    return (
      <>
        <PageHeader title="线索案件" />
        <ErrorAlert message={data.message} title="未能打开这个案件" />
      </>
    );
  }
  return <CaseView key={id} initial={data.value.detail} refs={data.value.refs} />;
}

function CaseView({ initial, refs }: { initial: CaseDetail; refs: LedgerRefs }) {
  const navigate = useNavigate();
  const [detail, setDetail] = useState(initial);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<{ field: { field: string; message: string } | null; message: string } | null>(null);
  const k = detail.case;
  const local = draftErrors(draft);
  const errors = { ...local, ...(error?.field ? { [error.field.field]: error.field.message } : {}) };
  const save = async () => {
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const d = await call('cases.update', { id: k.id, patch: fieldsOf(draft) });
      setDetail(d);
      setDraft(draftOf(d));
      setSaved(true);
    } catch (e) {
      setError({ field: errorField(e), message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="case-page" data-amount-fen={k.amountFen}>
      <Anchor component={Link} to="/cases?tab=cases" size="sm" mb={4} display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} /> 案件列表
      </Anchor>
      <PageHeader title={`案件 ${k.number}`}
        description={
          <>
            立案于 {chineseDate(k.openedOn)}{k.amountFen ? ` · 涉案 ${formatWan(k.amountFen)} 万元` : ''}
            {k.clueId !== null && (
              <> · 来源线索 <Anchor component={Link} to={clueHref(k.clueId)} size="sm" ff="monospace" data-testid="case-clue">{k.clueNumber}</Anchor></>
            )}
          </>
        }
        actions={
          <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)} data-testid="delete-case">
            删除案件
          </Button>
        } />
      <SectionCard title="案件情况" testId="case-card">
        <Stack gap="sm">
          <CaseFormFields draft={draft} refs={refs} review={detail.case.review} errors={errors} onChange={(d) => { setDraft(d); setSaved(false); }} />
          {error && <ErrorAlert message={error.message} title="未能保存" />}
          <Group justify="flex-end" gap="xs">
            {saved && <Text size="sm" c="green" data-testid="case-saved">已保存</Text>}
            <Button variant="default" onClick={() => { setDraft(draftOf(detail)); setError(null); }}>还原</Button>
            <Button loading={busy} onClick={() => void save()} data-testid="save-case">保存</Button>
          </Group>
        </Stack>
      </SectionCard>
      <Stack mt="md">
        <HistoryCard history={detail.history} />
      </Stack>
      <ConfirmModal opened={deleting} title={`删除案件 ${k.number}`} confirmLabel="删除" errorTitle="未能删除" testId="confirm-delete-case"
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          await call('cases.delete', { id: k.id });
          void navigate('/cases?tab=cases');
        }}>
        <Text size="sm">删除后，这个案件的金额和人次不再计入统计报表，变更记录一并删除，无法恢复。来源线索保留。</Text>
      </ConfirmModal>
    </div>
  );
}
