// 佐证材料 of one item: the files (removed ones too, so that a removal can be
// undone while the round is open), adding more, previewing and opening them.
import { Divider, Drawer, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { EvidenceView, RoundElementView } from '../../../shared/inspection';
import { call } from '../api';
import { ConfirmModal } from '../components/ConfirmModal';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { errorMessage } from '../lib/errors';
import { useApi } from '../lib/useApi';
import { AddEvidenceBar } from '../components/AddEvidenceBar';
import { EvidenceItem } from '../components/EvidenceItem';
import { EvidencePreview } from '../components/EvidencePreview';

interface Props {
  roundId: number;
  element: RoundElementView | null;
  readOnly: boolean;
  onClose: () => void;
  onCount: (elementId: string, count: number) => void;
}

export function EvidenceDrawer({ roundId, element, readOnly, onClose, onCount }: Props) {
  const elementId = element?.elementId ?? null;
  const list = useApi(() => (elementId ? call('inspection.evidenceList', { roundId, elementId, includeRemoved: true }) : Promise.resolve([])), [roundId, elementId]);
  const [previewId, setPreviewId] = useState<number | null>(null);
  const [removing, setRemoving] = useState<EvidenceView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setPreviewId(null);
    setError(null);
  }, [elementId]);

  const files = list.state === 'done' ? list.value : [];
  const update = (next: EvidenceView[]) => {
    list.set(next);
    if (elementId) onCount(elementId, next.filter((f) => f.removedAt === null).length);
  };
  const replace = (f: EvidenceView) => update(files.map((x) => (x.id === f.id ? f : x)));
  const act = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const add = async () => {
    if (!elementId) return;
    setBusy(true);
    await act(async () => {
      const added = await call('inspection.evidenceAdd', { roundId, elementId });
      if (added.length) update([...files, ...added]);
    });
    setBusy(false);
  };
  const preview = files.find((f) => f.id === previewId && f.removedAt === null) ?? null;
  const open = (id: number) =>
    void act(async () => {
      await call('inspection.evidenceOpen', { id });
    });

  return (
    <Drawer opened={element !== null} onClose={onClose} position="right" size={560} title={<Text fw={600}>佐证材料</Text>}>
      {element && (
        <Stack gap="sm" data-testid="evidence-drawer">
          <Text size="sm">
            <Text span fw={600} c="blue.8" mr={4}>
              第 {element.no} 项
            </Text>
            {element.text}
          </Text>
          {!readOnly && (
            <AddEvidenceBar busy={busy} onAdd={() => void add()} testId="add-evidence" />
          )}
          {error && <ErrorAlert message={error} />}
          {list.state === 'loading' && <LoadingBlock rows={2} label="正在加载佐证材料" />}
          {list.state === 'error' && <ErrorAlert message={list.message} title="佐证材料未能加载" />}
          {list.state === 'done' && files.length === 0 && (
            <Text size="sm" c="dimmed">
              {readOnly ? '本项没有佐证材料。' : '本项还没有佐证材料。点“添加佐证材料”选择文件。'}
            </Text>
          )}
          <Stack gap={0}>
            {files.map((f) => (
              <EvidenceItem
                key={f.id}
                file={f}
                scope="round"
                readOnly={readOnly}
                previewing={f.id === previewId}
                onPreview={() => setPreviewId(f.id === previewId ? null : f.id)}
                onOpen={() => open(f.id)}
                onRemove={() => setRemoving(f)}
                onRestore={() => void act(async () => replace(await call('inspection.evidenceRestore', { id: f.id })))}
              />
            ))}
          </Stack>
          {preview && (
            <>
              <Divider label={`预览：${preview.originalName}`} labelPosition="left" />
              <EvidencePreview file={preview} onOpen={() => open(preview.id)} />
            </>
          )}
        </Stack>
      )}
      <ConfirmModal
        opened={removing !== null}
        title="移除佐证材料"
        confirmLabel="移除"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (removing) replace(await call('inspection.evidenceRemove', { id: removing.id }));
        }}
        testId="confirm-remove-evidence"
      >
        <Text size="sm">
          “{removing?.originalName}”将从本项的佐证材料中移除。文件本身仍保存在本机数据中，本轮自查归档前可以“撤销移除”。
        </Text>
      </ConfirmModal>
    </Drawer>
  );
}
