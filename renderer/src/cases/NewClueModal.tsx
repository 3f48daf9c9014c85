// 登记线索: saving opens the new clue, where it is disposed of and turned into a case.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ClueFields } from '../../../shared/cases';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import type { LedgerRefs } from '../lib/refs';
import { useAppInfo } from '../lib/AppInfoProvider';
import { errorMessage } from '../lib/errors';
import { clueHref, errorField } from './casesText';
import { ClueFormFields } from './ClueFormFields';

export function NewClueModal({ refs, onClose }: { refs: LedgerRefs; onClose: () => void }) {
  const { today } = useAppInfo().info;
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ClueFields>(() => ({
    receivedOn: today, channel: '本院自查发现', summary: '', campaignIds: [], concerned: [], note: '',
  }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: { field: string; message: string } | null; message: string } | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      // Blank rows are ones the officer added and left empty, not persons.
      const concerned = draft.concerned.filter((p) => p.name.trim() || p.departmentId !== null);
      const created = await call('cases.createClue', { ...draft, concerned });
      onClose();
      void navigate(clueHref(created.clue.id));
    } catch (e) {
      setError({ field: errorField(e), message: errorMessage(e) });
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title="登记线索" size={760} centered closeOnEscape={false}>
      <Stack gap="sm" data-testid="clue-form">
        <Text size="sm" c="dimmed">
          登记后自动编号（XS年份-序号），状态为“未处置”；在线索页中选择处置方式，必要时转为案件。
        </Text>
        <ClueFormFields draft={draft} refs={refs} fieldError={error?.field ?? null} onChange={setDraft} />
        {error && <ErrorAlert message={error.message} title="未能登记" />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={busy} onClick={() => void save()} data-testid="save-clue">
            登记线索
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
