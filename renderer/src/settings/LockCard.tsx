// 设置 → 应用锁: whether a password protects the database, the dialogs to set,
// change or remove it and export the recovery key, 立即锁定 and the idle time.
import { Alert, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconDownload, IconKey, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { SectionCard } from '../components/SectionCard';
import { useAppInfo } from '../lib/AppInfoProvider';
import { errorMessage } from '../lib/errors';
import { useLock } from '../lock/LockGate';
import { PasswordModal, type PasswordAction } from './PasswordModal';

const IDLE_CHOICES = [
  ...[5, 10, 15, 30, 60].map((m) => ({ value: String(m), label: `${m} 分钟` })),
  { value: '0', label: '从不' },
];

export function LockCard() {
  const { info } = useAppInfo();
  const { status, update, lockNow } = useLock();
  const [action, setAction] = useState<PasswordAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [savingIdle, setSavingIdle] = useState(false);
  // What `lock set` did with the earlier backups, shown once after it.
  const [note, setNote] = useState<string | null>(null);

  const setIdle = (value: string | null) => {
    if (value === null) return;
    setSavingIdle(true);
    setError(null);
    call('lock.setIdleMinutes', { minutes: Number(value) })
      .then(update, (e: unknown) => setError(errorMessage(e)))
      .finally(() => setSavingIdle(false));
  };

  const badge = (
    <Badge color={status.enabled ? 'green' : 'gray'} variant="light" data-testid="lock-state">
      {status.enabled ? '已启用' : '未设置'}
    </Badge>
  );
  if (info.workspace === 'sample') {
    return (
      <SectionCard title="应用锁" extra={badge} testId="lock-card">
        <Text size="sm">现在显示的是示例数据。返回我的数据后可在这里设置应用锁。</Text>
      </SectionCard>
    );
  }
  return (
    <SectionCard title="应用锁" extra={badge} testId="lock-card">
      <Stack gap="sm">
        <Text size="sm">
          {status.enabled
            ? '数据库已用密码加密。每次启动、离开电脑超过设定时间后，都要输入密码；按 Ctrl+L 可随时锁定。'
            : '设置密码后，数据库（含线索和案件）将加密保存，启动自查通和离开电脑一段时间后都要输入密码。'}
        </Text>
        {error && <ErrorAlert message={error} title="未能保存" />}
        {note && (
          <Alert color="green" title="原有备份已处理" withCloseButton onClose={() => setNote(null)} data-testid="lock-note">
            {note}
          </Alert>
        )}
        {status.enabled ? (
          <>
            <Group gap="xs">
              <Button leftSection={<IconLock size={16} />} onClick={lockNow} data-testid="lock-now">
                立即锁定
              </Button>
              <Button variant="default" leftSection={<IconKey size={16} />} onClick={() => setAction('change')} data-testid="lock-change">
                修改密码
              </Button>
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => setAction('export')} data-testid="lock-export">
                导出恢复密钥
              </Button>
              <Button variant="subtle" color="red" leftSection={<IconLockOpen size={16} />} onClick={() => setAction('remove')} data-testid="lock-remove">
                取消密码
              </Button>
            </Group>
            <Select
              label="自动锁定时间"
              description="这么久没有操作鼠标或键盘后自动锁定"
              data={IDLE_CHOICES.some((c) => c.value === String(status.idleMinutes)) ? IDLE_CHOICES : [...IDLE_CHOICES, { value: String(status.idleMinutes), label: `${status.idleMinutes} 分钟` }]}
              value={String(status.idleMinutes)}
              onChange={setIdle}
              allowDeselect={false}
              disabled={savingIdle}
              w={240}
              data-testid="lock-idle"
            />
          </>
        ) : (
          <Group gap="xs">
            <Button leftSection={<IconLock size={16} />} onClick={() => setAction('set')} data-testid="lock-set">
              设置密码
            </Button>
          </Group>
        )}
      </Stack>
      {action && (
        <PasswordModal
          action={action}
          onClose={() => setAction(null)}
          onChanged={(next) => {
            setNote(next.note ?? null);
            update(next);
          }}
        />
      )}
    </SectionCard>
  );
}
