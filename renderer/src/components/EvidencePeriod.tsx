// 所属期间: the period a piece of evidence covers (2023—2024年), set beside the day
// it was added; a click edits it while the round or problem is still open.
import { Anchor, Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { call } from '../api';
import { errorMessage } from '../lib/errors';
import { useApi } from '../lib/useApi';

export function EvidencePeriod({ scope, id, readOnly }: { scope: 'round' | 'problem'; id: number; readOnly: boolean }) {
  const covers = useApi(async () => (await call('duties.evidencePeriods', { scope, ids: [id] }))[id] ?? '', [scope, id]);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (covers.state !== 'done') return null;
  const save = async () => {
    if (editing === null) return;
    try {
      const done = await call('duties.setEvidencePeriod', { scope, id, covers: editing });
      covers.set(done.covers);
      setEditing(null);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  if (editing !== null) {
    return (
      <Group gap={4} wrap="nowrap" mt={2}>
        <TextInput
          size="xs"
          w={180}
          placeholder="如 2023—2024年"
          value={editing}
          maxLength={40}
          error={error}
          onChange={(e) => setEditing(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save();
            if (e.key === 'Escape') setEditing(null);
          }}
          aria-label="材料所属期间"
          data-autofocus
          data-testid={`evidence-covers-input-${id}`}
        />
        <Button size="compact-xs" onClick={() => void save()} data-testid={`evidence-covers-save-${id}`}>保存</Button>
        <Button size="compact-xs" variant="subtle" onClick={() => setEditing(null)}>取消</Button>
      </Group>
    );
  }
  if (readOnly) return covers.value ? <Text size="xs" c="dimmed">所属期间：{covers.value}</Text> : null;
  return (
    <Anchor component="button" size="xs" c={covers.value ? 'dimmed' : 'blue.7'} ta="left" onClick={() => setEditing(covers.value)} data-testid={`evidence-covers-${id}`}>
      {covers.value ? `所属期间：${covers.value}` : '注明所属期间'}
    </Anchor>
  );
}
