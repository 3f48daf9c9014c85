// The app lock around the whole window: asks lock.status first and, while the
// database is locked, shows only the unlock page (the app is unmounted, so no
// page can ask for data). The route lives in the hash, so unlocking returns to it.
import { Button, Center, Loader, Stack } from '@mantine/core';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LockStatus } from '../../../shared/channels/lock';
import { LOCKED_EVENT, call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';
import { UnlockPage } from './UnlockPage';
import { useIdleLock } from './useIdleLock';

export interface LockValue {
  status: LockStatus;
  /** Puts what a lock channel answered in place (set, change, remove, idle time). */
  update: (status: LockStatus) => void;
  /** Locks now: the app disappears before the core closes the database. */
  lockNow: () => void;
}

const LockContext = createContext<LockValue | null>(null);

export function useLock(): LockValue {
  const value = use(LockContext);
  if (!value) throw new Error('useLock 必须在 LockGate 之内使用');
  return value;
}

export function LockGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<LockStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    call('lock.status').then(setStatus, (e: unknown) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    window.addEventListener(LOCKED_EVENT, load);
    return () => window.removeEventListener(LOCKED_EVENT, load);
  }, [load]);

  const lockNow = useCallback(() => {
    setStatus((s) => (s?.enabled ? { ...s, locked: true } : s));
    call('lock.lock').then(setStatus, load);
  }, [load]);

  const enabled = status?.enabled === true && !status.locked;
  useIdleLock(enabled ? status.idleMinutes : 0, lockNow);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        lockNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, lockNow]);

  const value = useMemo(() => (status ? { status, update: setStatus, lockNow } : null), [status, lockNow]);

  if (error) {
    return (
      <Center h="100vh" p="xl">
        <Stack maw={520}>
          <ErrorAlert title="自查通未能启动" message={error} />
          <Button onClick={load} variant="light">
            重试
          </Button>
        </Stack>
      </Center>
    );
  }
  if (!value) {
    return (
      <Center h="100vh">
        <Loader role="status" aria-label="正在启动" />
      </Center>
    );
  }
  if (value.status.locked) return <UnlockPage label={value.status.label} onUnlocked={setStatus} />;
  return <LockContext value={value}>{children}</LockContext>;
}
