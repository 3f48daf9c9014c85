// 所属专项行动 on a clue's page: the campaigns that count it, changed in place and
// saved with a note in the history; a clue an upgrade could not place asks here.
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import type { ClueDetail } from '../../../shared/cases';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { SectionCard } from '../components/SectionCard';
import type { LedgerRefs } from '../lib/refs';
import { errorMessage } from '../lib/errors';
import { CampaignsField } from './CampaignsField';

export function ClueCampaignsCard({ clue, refs, onDone }: { clue: ClueDetail['clue']; refs: LedgerRefs; onDone: (d: ClueDetail) => void }) {
  const [ids, setIds] = useState(clue.campaignIds);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = JSON.stringify([...ids].sort()) !== JSON.stringify(clue.campaignIds);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const d = await call('cases.updateClue', { id: clue.id, patch: { campaignIds: ids } });
      setIds(d.clue.campaignIds);
      onDone(d);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <SectionCard title="所属专项行动" testId="clue-campaigns">
      <CampaignsField refs={refs} value={ids} review={clue.review} onChange={setIds} />
      {error && <ErrorAlert message={error} title="未能保存" mt="xs" />}
      {(changed || clue.review) && (
        <Group justify="flex-end" mt="xs">
          <Button size="xs" loading={busy} onClick={() => void save()} data-testid="save-campaigns">{changed ? '保存' : '确认无误'}</Button>
        </Group>
      )}
    </SectionCard>
  );
}
