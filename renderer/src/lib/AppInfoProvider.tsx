// app.info for the whole window: today's date, the workspace (main or sample), and a
// data key that changes whenever the workspace is switched so that pages reload.
import { Button, Center, Loader, Stack } from '@mantine/core';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../../shared/api';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from './errors';

export interface AppInfoValue {
  info: AppInfo;
  /** Changes after every workspace switch; pages are keyed by it. */
  dataKey: number;
  switchWorkspace: (to: 'main' | 'sample') => Promise<void>;
}

const AppInfoContext = createContext<AppInfoValue | null>(null);

export function useAppInfo(): AppInfoValue {
  const value = use(AppInfoContext);
  if (!value) throw new Error('useAppInfo 必须在 AppInfoProvider 之内使用');
  return value;
}

export function AppInfoProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dataKey, setDataKey] = useState(0);

  const load = useCallback(() => {
    setError(null);
    call('app.info').then(setInfo, (e: unknown) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);

  const switchWorkspace = useCallback(async (to: 'main' | 'sample') => {
    const next = await call(to === 'sample' ? 'app.openSample' : 'app.closeSample');
    setInfo(next);
    setDataKey((k) => k + 1);
  }, []);

  const value = useMemo(() => (info ? { info, dataKey, switchWorkspace } : null), [info, dataKey, switchWorkspace]);

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
  return <AppInfoContext value={value}>{children}</AppInfoContext>;
}
