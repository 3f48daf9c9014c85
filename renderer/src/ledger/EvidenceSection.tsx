// 佐证材料 of a problem: the files that show the rectification was done (通知、
// 凭证、会议纪要、现场照片…). Removing needs no question because it only hides the
// file and 撤销移除 brings it back; once 已销号 the list can only be looked at.
import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ProblemEvidenceView } from '../../../shared/channels/ledger';
import { call } from '../api';
import { AddEvidenceBar } from '../components/AddEvidenceBar';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { errorMessage } from '../lib/errors';
import { useApi } from '../lib/useApi';
import { EvidenceItem } from '../components/EvidenceItem';
import { EvidencePreview } from '../components/EvidencePreview';

interface Props {
  problemId: number;
  readOnly: boolean;
  /** After a change, so that the page can show the new history rows. */
  onChanged: () => void;
}

const previewProblemEvidence = (id: number) => call('ledger.evidencePreview', { id });

export function EvidenceSection({ problemId, readOnly, onChanged }: Props) {
  const list = useApi(() => call('ledger.evidenceList', { problemId, includeRemoved: true }), [problemId]);
  const [previewing, setPreviewing] = useState<ProblemEvidenceView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const all = list.state === 'done' ? list.value : [];
  // A signed-off problem shows what it was closed with, not what was taken away.
  const files = readOnly ? all.filter((f) => f.removedAt === null) : all;

  const act = async (work: () => Promise<ProblemEvidenceView[] | null>) => {
    setError(null);
    try {
      const next = await work();
      if (next) {
        list.set(next);
        onChanged();
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const replace = (f: ProblemEvidenceView) => all.map((x) => (x.id === f.id ? f : x));
  const add = async () => {
    setBusy(true);
    await act(async () => {
      const added = await call('ledger.evidenceAdd', { problemId });
      return added.length ? [...all, ...added] : null;
    });
    setBusy(false);
  };
  const open = (id: number) =>
    void act(async () => {
      await call('ledger.evidenceOpen', { id });
      return null;
    });

  return (
    <Stack gap="sm" data-testid="problem-evidence" data-count={files.filter((f) => f.removedAt === null).length}>
      {!readOnly && (
        <AddEvidenceBar busy={busy} onAdd={() => void add()} testId="add-problem-evidence" />
      )}
      {error && <ErrorAlert message={error} title="操作未能完成" />}
      {list.state === 'loading' && <LoadingBlock rows={2} label="正在加载佐证材料" />}
      {list.state === 'error' && <ErrorAlert message={list.message} title="佐证材料未能加载" />}
      {list.state === 'done' && files.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="problem-evidence-empty">
          {readOnly
            ? '这个问题没有整改佐证材料。'
            : '还没有整改佐证材料。点“添加佐证材料”，把整改通知、退费凭证、会议纪要、现场照片等文件加进来，验证和销号时要查看。'}
        </Text>
      )}
      {files.length > 0 && (
        <Stack gap={0}>
          {files.map((f) => (
            <EvidenceItem
              key={f.id}
              file={f}
              scope="problem"
              readOnly={readOnly}
              previewing={previewing?.id === f.id}
              onPreview={() => setPreviewing(f)}
              onOpen={() => open(f.id)}
              onRemove={() => void act(async () => replace(await call('ledger.evidenceRemove', { id: f.id })))}
              onRestore={() => void act(async () => replace(await call('ledger.evidenceRestore', { id: f.id })))}
            />
          ))}
        </Stack>
      )}
      <Modal
        opened={previewing !== null}
        onClose={() => setPreviewing(null)}
        title={<Text fw={600} style={{ wordBreak: 'break-all' }}>预览：{previewing?.originalName}</Text>}
        size="xl"
        centered
        data-testid="problem-evidence-preview"
      >
        {previewing && <EvidencePreview file={previewing} onOpen={() => open(previewing.id)} load={previewProblemEvidence} />}
      </Modal>
    </Stack>
  );
}
