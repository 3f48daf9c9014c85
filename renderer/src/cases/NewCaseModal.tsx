// 登记案件, from the list or from a clue (转为案件, which links the case to it);
// saving opens the new case.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { PersonConcerned } from '../../../shared/cases';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import type { LedgerRefs } from '../lib/refs';
import { useAppInfo } from '../lib/AppInfoProvider';
import { errorMessage } from '../lib/errors';
import { draftErrors, emptyCaseDraft, fieldsOf } from './caseDraft';
import { CaseFormFields } from './CaseFormFields';
import { caseHref, errorField } from './casesText';

interface Props {
  refs: LedgerRefs;
  clue?: { id: number; number: string; summary: string; concerned: PersonConcerned[]; campaignIds: string[] };
  onClose: () => void;
}

export function NewCaseModal({ refs, clue, onClose }: Props) {
  const { today } = useAppInfo().info;
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => emptyCaseDraft(today, clue));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: { field: string; message: string } | null; message: string } | null>(null);
  const local = draftErrors(draft);
  const errors = { ...(tried ? local : {}), ...(error?.field ? { [error.field.field]: error.field.message } : {}) };
  const save = async () => {
    setTried(true);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const created = await call('cases.create', fieldsOf(draft));
      onClose();
      void navigate(caseHref(created.case.id));
    } catch (e) {
      setError({ field: errorField(e), message: errorMessage(e) });
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={clue ? `线索 ${clue.number} 转为案件` : '登记案件'} size={760} centered closeOnEscape={false}>
      <Stack gap="sm" data-testid="case-form">
        <Text size="sm" c="dimmed">
          登记后自动编号（AJ年份-序号）。违规类别、金额和人次按立案日期计入统计报表的对应行次。
        </Text>
        <CaseFormFields draft={draft} refs={refs} errors={errors} onChange={setDraft} />
        {error && <ErrorAlert message={error.message} title="未能登记" />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={busy} onClick={() => void save()} data-testid="save-case">
            登记案件
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
