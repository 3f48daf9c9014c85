// The password dialogs of 设置 → 应用锁: set, change, remove, and export the
// recovery key. Setting or changing re-keys the whole database, so it shows
// progress and cannot be closed half-way; afterwards it offers the recovery key.
import { Alert, Button, Code, Group, Modal, PasswordInput, Progress, Radio, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { MIN_PASSWORD_LENGTH, type LockStatus } from '../../../shared/channels/lock';
import { ApiError, call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { ExportedActions } from '../components/NoticeAlert';
import { errorMessage } from '../lib/errors';

export type PasswordAction = 'set' | 'change' | 'remove' | 'export';

const TITLES: Record<PasswordAction, string> = { set: '设置应用锁密码', change: '修改应用锁密码', remove: '取消应用锁密码', export: '导出恢复密钥' };
const SUBMITS: Record<PasswordAction, string> = { set: '设置密码', change: '修改密码', remove: '取消密码', export: '选择保存位置…' };
const PROGRESS: Partial<Record<PasswordAction, string>> = {
  set: '正在备份并加密数据库，请稍候…',
  change: '正在备份并用新密码重新加密数据库，请稍候…',
  remove: '正在备份并解密数据库，请稍候…',
};

interface Props {
  action: PasswordAction;
  onClose: () => void;
  /** The lock's new state after set, change or remove. */
  onChanged: (status: LockStatus) => void;
}

export function PasswordModal({ action, onClose, onChanged }: Props) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  /** Setting the lock: what becomes of the backups taken before it. */
  const [oldCopies, setOldCopies] = useState<'encrypt' | 'remove'>('encrypt');
  const [errors, setErrors] = useState<{ current?: string; next?: string; confirm?: string; other?: string }>({});
  /** Set after a new password took effect: the recovery key is offered under it. */
  const [done, setDone] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const asksCurrent = action !== 'set';
  const asksNext = action === 'set' || action === 'change';

  const check = (): boolean => {
    const found: typeof errors = {};
    if (asksCurrent && !current) found.current = '请输入当前密码';
    if (asksNext && next.length < MIN_PASSWORD_LENGTH) found.next = `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`;
    else if (asksNext && confirm !== next) found.confirm = '两次输入的密码不一致';
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const exportKey = async (password: string) => {
    const written = await call('lock.exportRecoveryKey', { current: password });
    if (written) setSaved(written.path);
  };

  const submit = async () => {
    if (!check()) return;
    setBusy(true);
    try {
      if (action === 'export') await exportKey(current);
      else if (action === 'remove') {
        onChanged(await call('lock.remove', { current }));
        onClose();
      } else {
        onChanged(await (action === 'set' ? call('lock.set', { password: next, oldCopies }) : call('lock.change', { current, next })));
        setDone(next);
      }
    } catch (e) {
      // The core names the field: a wrong current password, a too short new one.
      const message = errorMessage(e);
      const where = e instanceof ApiError && e.where === 'password' ? (asksCurrent && e.code !== 'passwordTooShort' ? 'current' : 'next') : 'other';
      setErrors({ [where]: message });
    } finally {
      setBusy(false);
    }
  };
  const runExport = (password: string) => {
    setBusy(true);
    setErrors({});
    exportKey(password)
      .catch((e: unknown) => setErrors({ other: errorMessage(e) }))
      .finally(() => setBusy(false));
  };

  // The dialog's focus trap looks for data-autofocus (React's autoFocus lost to the ×), so typing starts in the first field.
  const field = (label: string, value: string, set: (v: string) => void, error: string | undefined, testId: string, autoFocus = false) => (
    <PasswordInput label={label} value={value} onChange={(e) => set(e.currentTarget.value)} error={error} disabled={busy} data-autofocus={autoFocus || undefined} data-testid={testId} />
  );
  const progress = busy && PROGRESS[action];

  return (
    <Modal opened onClose={onClose} title={TITLES[action]} centered size="md" closeOnClickOutside={false} closeOnEscape={!busy} withCloseButton={!busy}>
      {saved ? (
        <Stack gap="sm" data-testid="recovery-saved">
          <Text size="sm">恢复密钥已保存到：</Text>
          <Code block className="zc-path">{saved}</Code>
          <ExportedActions path={saved} />
          <Text size="sm">请把这个文件移到 U 盘并离线保管，不要留在这台电脑上：任何人拿到它都能打开数据库。</Text>
          <Group justify="flex-end">
            {/* The step before unmounts with the focus on it: autoFocus takes it here, so Tab and Enter keep working. */}
            <Button onClick={onClose} autoFocus>完成</Button>
          </Group>
        </Stack>
      ) : done !== null ? (
        <Stack gap="sm" data-testid="lock-done">
          <Alert color="green" variant="light" title={action === 'set' ? '应用锁已启用' : '密码已修改'}>
            数据库已加密。以后每次启动自查通、以及离开电脑超过设定时间后，都要输入密码。
          </Alert>
          <Text size="sm">
            <b>现在就导出恢复密钥</b>：忘记密码时，只有恢复密钥文件能打开数据库。{action === 'change' && '之前导出的恢复密钥已经失效。'}
          </Text>
          {errors.other && <ErrorAlert message={errors.other} title="未能导出恢复密钥" />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose} disabled={busy}>以后再说</Button>
            <Button onClick={() => runExport(done)} loading={busy} data-testid="export-now" autoFocus>导出恢复密钥</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <Stack gap="sm">
            {action === 'set' && (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="密码忘记后无法找回">
                设置后数据库将加密保存，没有密码谁也打不开，开发者也无法帮您找回。请在设置后立即导出恢复密钥文件，存到 U 盘并离线保管。
              </Alert>
            )}
            {action === 'change' && <Text size="sm">修改后，之前导出的恢复密钥将失效，请重新导出。</Text>}
            {action === 'remove' && <Text size="sm">取消后数据库将解密保存，任何能打开这台电脑的人都能读取其中的线索和案件。之前导出的恢复密钥也将失效。</Text>}
            {action === 'export' && <Text size="sm">请再输入一次密码。恢复密钥文件能代替密码打开数据库，请存到 U 盘并离线保管。</Text>}
            {asksCurrent && field(action === 'change' ? '当前密码' : '密码', current, setCurrent, errors.current, 'lock-current', true)}
            {asksNext && field(action === 'change' ? '新密码' : '密码', next, setNext, errors.next, 'lock-next', action === 'set')}
            {asksNext && field('再次输入', confirm, setConfirm, errors.confirm, 'lock-confirm')}
            {asksNext && <Text size="xs" c="dimmed">至少 {MIN_PASSWORD_LENGTH} 个字符。</Text>}
            {action === 'set' && (
              <Radio.Group
                label="原有的备份（设置前的备份未加密，任何人都能读取）"
                value={oldCopies}
                onChange={(v) => setOldCopies(v === 'remove' ? 'remove' : 'encrypt')}
                data-testid="lock-old-copies"
              >
                <Stack gap={6} mt={6}>
                  <Radio value="encrypt" label="用新密码加密保留（推荐：仍可用来恢复）" disabled={busy} data-testid="old-copies-encrypt" />
                  <Radio value="remove" label="全部删除，并新建一个加密备份" disabled={busy} data-testid="old-copies-remove" />
                </Stack>
              </Radio.Group>
            )}
            {progress && (
              <Stack gap={4} data-testid="lock-progress">
                <Text size="sm">{progress}</Text>
                <Progress value={100} striped animated />
              </Stack>
            )}
            {errors.other && <ErrorAlert message={errors.other} title="未能完成" />}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose} disabled={busy}>取消</Button>
              <Button type="submit" color={action === 'remove' ? 'red' : undefined} loading={busy} data-testid="lock-submit">
                {SUBMITS[action]}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
