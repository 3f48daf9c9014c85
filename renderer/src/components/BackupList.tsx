// The backups in the data folder, newest first, each with what it holds and 恢复
// behind a confirmation that says what happens to the current data.
import { Button, ScrollArea, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { backupReasonLabel, type BackupView } from '../../../shared/channels/backup';
import { call } from '../api';
import { ConfirmModal } from './ConfirmModal';
import { fileSizeText } from '../lib/format';
import { chineseMoment } from '../../../shared/dates';

type Restored = { restored: BackupView; undo: BackupView };

export const backupTime = (iso: string) => chineseMoment(iso);
export const backupLine = (b: BackupView) => `${backupTime(b.at)}（${backupReasonLabel[b.reason]}）`;

const n = (v: number | null) => (v === null ? '—' : String(v));

export function BackupList({ backups, onRestored }: { backups: BackupView[]; onRestored: (r: Restored) => void }) {
  const [chosen, setChosen] = useState<BackupView | null>(null);
  if (backups.length === 0) return <Text size="sm" c="dimmed">数据文件夹中还没有备份。</Text>;
  return (
    <>
      <ScrollArea.Autosize mah={320}>
        <Table striped highlightOnHover data-testid="backup-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>时间</Table.Th>
              <Table.Th>原因</Table.Th>
              <Table.Th>内容</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((b) => (
              <Table.Tr key={b.name} data-testid="backup-row" data-name={b.name}>
                <Table.Td>{backupTime(b.at)}</Table.Td>
                <Table.Td>{backupReasonLabel[b.reason]}</Table.Td>
                <Table.Td>
                  {b.summary
                    ? `专项行动 ${n(b.summary.campaigns)} · 问题 ${n(b.summary.problems)} · 案件 ${n(b.summary.cases)}`
                    : '无法读取'}
                  <Text span size="xs" c="dimmed"> （{fileSizeText(b.size)}）</Text>
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setChosen(b)} disabled={!b.summary}>
                    恢复
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <ConfirmModal
        opened={chosen !== null}
        title="恢复备份"
        confirmLabel="恢复"
        color="orange"
        testId="confirm-restore"
        onClose={() => setChosen(null)}
        onConfirm={async () => {
          if (!chosen) return;
          onRestored(await call('backup.restore', { name: chosen.name }));
        }}
      >
        <Text size="sm">
          将用 <b>{chosen ? backupTime(chosen.at) : ''}</b> 的备份替换现在的数据。
        </Text>
        <Text size="sm">现在的数据会先另存为一份备份，恢复后可点“撤销上次恢复”找回。佐证材料文件不受影响。</Text>
      </ConfirmModal>
    </>
  );
}
