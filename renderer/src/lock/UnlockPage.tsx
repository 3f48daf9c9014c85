// The full-screen unlock page: the hospital's name (from the key file, the only
// thing readable while locked), the password, or the recovery key file instead.
import { Anchor, Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LockStatus } from '../../../shared/channels/lock';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';

export function UnlockPage({ label, onUnlocked }: { label: string; onUnlocked: (status: LockStatus) => void }) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState<'password' | 'recovery' | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // After a refusal the password is selected, ready to be typed again.
  useEffect(() => {
    if (fieldError) input.current?.select();
  }, [fieldError]);

  const unlock = async (e: FormEvent) => {
    e.preventDefault();
    if (!password) {
      setFieldError('请输入密码');
      return;
    }
    setBusy('password');
    setFieldError(null);
    setError(null);
    try {
      onUnlocked(await call('lock.unlock', { password }));
    } catch (err) {
      setFieldError(errorMessage(err));
      setBusy(null);
    }
  };
  const recover = async () => {
    setBusy('recovery');
    setFieldError(null);
    setError(null);
    try {
      const status = await call('lock.unlockWithRecoveryKey');
      if (status) {
        onUnlocked(status);
        return;
      }
    } catch (err) {
      setError(errorMessage(err));
    }
    setBusy(null);
  };

  return (
    <Center mih="100vh" p="xl" bg="gray.1" data-testid="unlock-page">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={400}>
        <form onSubmit={(e) => void unlock(e)}>
          <Stack gap="md">
            <Stack gap={6} align="center">
              <IconLock size={40} color="var(--mantine-color-blue-7)" aria-hidden />
              <Title order={2} ta="center">
                自查通已锁定
              </Title>
              <Text size="sm" c="dimmed" ta="center" data-testid="unlock-label">
                {label || '自查通'}
              </Text>
            </Stack>
            <PasswordInput
              label="应用锁密码"
              placeholder="输入密码后按回车"
              autoFocus
              ref={input}
              value={password}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                setFieldError(null);
              }}
              error={fieldError}
              disabled={busy !== null}
              data-testid="unlock-password"
            />
            <Button type="submit" fullWidth loading={busy === 'password'} disabled={busy === 'recovery'} data-testid="unlock-submit">
              解锁
            </Button>
            {error && <ErrorAlert message={error} title="未能用恢复密钥解锁" />}
            <Text size="xs" c="dimmed" ta="center">
              忘记密码？
              <Anchor component="button" type="button" size="xs" onClick={() => void recover()} disabled={busy !== null} data-testid="unlock-recovery">
                使用恢复密钥文件…
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
