// 迁移包: everything (database and evidence) in one file for a new PC, and taking
// such a file in on a fresh install.
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../api';
import { ConfirmModal } from '../components/ConfirmModal';
import { NoticeAlert, type Notice } from '../components/NoticeAlert';
import { errorMessage } from '../lib/errors';
import { fileSizeText } from '../lib/format';

export function BackupPackage({ onImported }: { onImported: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Notice | null>(null);
  const [confirm, setConfirm] = useState(false);

  const exportPackage = () => {
    setBusy(true);
    setMessage(null);
    call('backup.exportPackage')
      .then((done) => done && setMessage({
        color: 'green', title: '已导出迁移包',
        message: `保存位置：${done.path}（${done.files} 个文件，${fileSizeText(done.bytes)}）${done.note ? `\n${done.note}` : ''}`,
        exported: { path: done.path },
      }))
      .catch((e: unknown) => setMessage({ color: 'red', title: '迁移包未能导出', message: errorMessage(e) }))
      .finally(() => setBusy(false));
  };

  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>换电脑</Text>
      <Text size="xs" c="dimmed">
        迁移包（.zicha-package，ZIP 格式）含数据库和全部佐证材料，并附每个文件的校验值。在新电脑上安装自查通后，于此处导入；导入前逐个核对，文件有损坏则不作任何修改。
      </Text>
      {message && <NoticeAlert notice={message} onClose={() => setMessage(null)} />}
      <Group gap="xs">
        <Button variant="default" size="xs" leftSection={<IconFileExport size={14} />} loading={busy} onClick={exportPackage}>
          导出迁移包
        </Button>
        <Button variant="default" size="xs" leftSection={<IconFileImport size={14} />} onClick={() => setConfirm(true)}>
          导入迁移包
        </Button>
      </Group>
      <ConfirmModal
        opened={confirm}
        title="导入迁移包"
        confirmLabel="选择迁移包并导入"
        color="blue"
        errorTitle="迁移包未能导入"
        testId="confirm-package-import"
        onClose={() => setConfirm(false)}
        onConfirm={async () => {
          const done = await call('backup.importPackage');
          if (done) onImported(`已导入 ${done.files} 个文件（${fileSizeText(done.bytes)}），来自 ${done.path}`);
        }}
      >
        <Text size="sm">只能导入到新安装、还没有本院数据的自查通中。导入前会核对每个文件的校验值，有任何不符都不作修改。</Text>
      </ConfirmModal>
    </Stack>
  );
}
