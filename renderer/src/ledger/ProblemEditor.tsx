// 编辑: the same fields as 登记问题; saving sends only what changed (each change is
// kept in the history).
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ProblemDetail, ProblemRow } from '../../../shared/ledger';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';
import { draftErrors, draftOf, patchOf } from './problemDraft';
import { ProblemFormFields } from './ProblemFormFields';
import type { LedgerRefs } from '../lib/refs';

interface Props {
  problem: ProblemRow;
  refs: LedgerRefs;
  onCancel: () => void;
  onSaved: (detail: ProblemDetail) => void;
}

export function ProblemEditor({ problem, refs, onCancel, onSaved }: Props) {
  const [draft, setDraft] = useState(() => draftOf(problem));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errors = draftErrors(draft);
  const patch = patchOf(problem, draft);
  const changed = Object.keys(patch).length;
  const save = async () => {
    setTried(true);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('ledger.update', { id: problem.id, patch }));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm" data-testid="problem-form">
      <ProblemFormFields draft={draft} errors={errors} showErrors={tried} refs={refs} onChange={setDraft} />
      {error && <ErrorAlert message={error} title="未能保存" />}
      <Group justify="flex-end" gap="xs">
        <Text size="xs" c="dimmed" mr="auto">
          {changed ? `改动了 ${changed} 项，保存后记入变更记录` : '还没有改动'}
        </Text>
        <Button variant="default" onClick={onCancel}>
          取消
        </Button>
        <Button loading={busy} disabled={changed === 0} onClick={() => void save()} data-testid="save-problem">
          保存
        </Button>
      </Group>
    </Stack>
  );
}
