// 设置 → 数据备份: the last backup, 立即备份, the second folder, undoing the last
// restore, the list of backups to restore from, and the migration package.
import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconDatabaseExport, IconFolder } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupStatus } from '../../../shared/channels/backup';
import { call } from '../api';
import { ConfirmModal } from '../components/ConfirmModal';
import { ErrorAlert } from '../components/ErrorAlert';
import { SectionCard } from '../components/SectionCard';
import { NoticeAlert, type Notice } from '../components/NoticeAlert';
import { useAppInfo } from '../lib/AppInfoProvider';
import { errorMessage } from '../lib/errors';
import { useApi } from '../lib/useApi';
import { backupLine, BackupList, backupTime } from '../components/BackupList';
import { BackupPackage } from './BackupPackage';

/** `onReplaced`: the database was swapped (a restore, an undo, a package import); the page reloads what it shows. */
export function BackupCard({ onReplaced }: { onReplaced: () => void }) {
  const { info } = useAppInfo();
  const status = useApi(() => call('backup.status'), []);
  const list = useApi(() => call('backup.list'), []);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirmUndo, setConfirmUndo] = useState(false);

  const refresh = () => {
    status.reload();
    list.reload();
  };
  const replaced = (title: string, message: string) => {
    setNotice({ color: 'green', title, message });
    refresh();
    onReplaced();
  };
  const run = (what: string, work: () => Promise<void>) => {
    setBusy(what);
    setNotice(null);
    work()
      .catch((e: unknown) => setNotice({ color: 'red', title: `未能${what}`, message: errorMessage(e) }))
      .finally(() => setBusy(null));
  };

  if (info.workspace === 'sample') {
    return (
      <SectionCard title="数据备份" testId="backup-card">
        <Text size="sm">现在显示的是示例数据，不做备份。返回我的数据后可在这里备份和恢复。</Text>
      </SectionCard>
    );
  }
  const s: BackupStatus | null = status.state === 'done' ? status.value : null;
  return (
    <SectionCard title="数据备份" testId="backup-card">
      <Stack gap="sm">
        {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
        {status.state === 'error' && <ErrorAlert message={status.message} title="备份情况未能加载" />}
        {s && (
          <>
            <Text size="sm" data-testid="backup-last">
              最近一次备份：{s.last ? backupLine(s.last) : '还没有备份'}
            </Text>
            <Text size="xs" c="dimmed">
              每天第一次启动时、升级数据结构前、每次导入和恢复前都会自动备份；当天的备份全部保留，之前 30 天每天保留一份，一年内每月保留一份。
            </Text>
            <Group gap="xs">
              <Button
                leftSection={<IconDatabaseExport size={16} />}
                loading={busy === '备份'}
                data-testid="backup-now"
                onClick={() => run('备份', async () => {
                  const made = await call('backup.now');
                  setNotice({ color: 'green', title: '已备份', message: backupLine(made), exported: { path: made.path, showOnly: true } });
                  refresh();
                })}
              >
                立即备份
              </Button>
              {s.undo && (
                <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => setConfirmUndo(true)} data-testid="backup-undo">
                  撤销上次恢复
                </Button>
              )}
            </Group>
            <Stack gap={4}>
              <Text size="sm" fw={500}>第二备份位置（U 盘或网络共享）</Text>
              {s.secondFolder ? (
                <Text size="sm">
                  <Code className="zc-path" data-testid="backup-second">{s.secondFolder}</Code>
                  ，最近写入：{s.secondWrittenAt ? backupTime(s.secondWrittenAt) : '尚未写入'}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">未设置。建议选一个 U 盘或网络共享文件夹，每次备份都会再复制一份到那里。</Text>
              )}
              {s.secondWarning && <Alert color="orange" variant="light" data-testid="backup-second-warning">{s.secondWarning}</Alert>}
              <Group gap="xs">
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconFolder size={14} />}
                  loading={busy === '设置第二备份位置'}
                  onClick={() => run('设置第二备份位置', async () => {
                    if (await call('backup.chooseSecondFolder')) refresh();
                  })}
                >
                  {s.secondFolder ? '更换位置' : '选择位置'}
                </Button>
                {s.secondFolder && (
                  <Button variant="subtle" size="xs" color="gray" onClick={() => run('取消第二备份位置', async () => { await call('backup.clearSecondFolder'); refresh(); })}>
                    不再复制到这里
                  </Button>
                )}
              </Group>
            </Stack>
            {s.findings.length > 0 && (
              <Alert color="red" variant="light" title="启动检查发现问题">
                {s.findings.map((f) => <div key={f}>{f}</div>)}
              </Alert>
            )}
          </>
        )}
        {list.state === 'error' && <ErrorAlert message={list.message} title="备份列表未能加载" />}
        {list.state === 'done' && (
          <BackupList backups={list.value} onRestored={(r) => replaced('已恢复', `已恢复 ${backupLine(r.restored)} 的数据。恢复前的数据已另存为备份，可点“撤销上次恢复”找回。`)} />
        )}
        <BackupPackage onImported={(message) => replaced('已导入迁移包', message)} />
      </Stack>
      <ConfirmModal
        opened={confirmUndo}
        title="撤销上次恢复"
        confirmLabel="撤销恢复"
        color="orange"
        testId="confirm-undo"
        onClose={() => setConfirmUndo(false)}
        onConfirm={async () => {
          const r = await call('backup.undoRestore');
          replaced('已撤销恢复', `已回到恢复前（${backupTime(r.restored.at)}）的数据。`);
        }}
      >
        <Text size="sm">
          将回到上次恢复之前的数据{s?.undo ? `（${backupTime(s.undo.at)} 保存）` : ''}。当前数据会先另存为备份。
        </Text>
      </ConfirmModal>
    </SectionCard>
  );
}
