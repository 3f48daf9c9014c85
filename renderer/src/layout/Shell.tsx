// The window's frame: header with search, left navigation, the sample-data banner
// and the current page (remounted when the workspace changes).
import { AppShell, Group, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { SampleBanner } from '../components/SampleBanner';
import { useAppInfo } from '../lib/AppInfoProvider';
import { GlobalSearch } from './GlobalSearch';
import { NavMenu } from './NavMenu';

export function Shell() {
  const { dataKey, info } = useAppInfo();
  const location = useLocation();
  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 204, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
          <Group gap={8} wrap="nowrap">
            <IconShieldCheck size={22} color="var(--mantine-color-blue-7)" aria-hidden />
            <Text fw={700} size="lg" c="blue.8">
              自查通
            </Text>
            {info.workspace === 'sample' && (
              <Text size="xs" c="orange.8" fw={600}>
                示例数据
              </Text>
            )}
          </Group>
          <GlobalSearch />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavMenu />
      </AppShell.Navbar>
      <AppShell.Main>
        <SampleBanner />
        <ErrorBoundary key={dataKey} resetKey={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
