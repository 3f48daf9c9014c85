// 登记问题: a problem found by an inspection, a report or the office itself, into
// the ledger; saving opens the new problem.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { useAppInfo } from '../lib/AppInfoProvider';
import { errorMessage } from '../lib/errors';
import { problemHref } from './LedgerTable';
import { draftErrors, emptyDraft, fieldsOf } from './problemDraft';
import { ProblemFormFields } from './ProblemFormFields';
import type { LedgerRefs } from '../lib/refs';

export function NewProblemModal({ refs, campaignId, onClose }: { refs: LedgerRefs; campaignId: string | null; onClose: () => void }) {
  const { today } = useAppInfo().info;
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => emptyDraft(today, campaignId));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errors = draftErrors(draft);
  const save = async () => {
    setTried(true);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const created = await call('ledger.create', fieldsOf(draft));
      onClose();
      void navigate(problemHref(created.problem.id));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title="登记问题" size={760} centered closeOnEscape={false}>
      <Stack gap="sm" data-testid="problem-form">
        <Text size="sm" c="dimmed">
          登记后自动编号（WT年份-序号），状态为“待整改”；可在问题页中开始整改、记录进展和销号。
        </Text>
        <ProblemFormFields draft={draft} errors={errors} showErrors={tried} refs={refs} onChange={setDraft} />
        {error && <ErrorAlert message={error} title="未能登记" />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={busy} onClick={() => void save()} data-testid="save-problem">
            登记问题
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
