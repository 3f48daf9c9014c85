import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useAppInfo } from '../lib/AppInfoProvider';
import { isActive, NAV_ITEMS } from '../lib/navigation';

export function NavMenu() {
  const { pathname } = useLocation();
  const { info } = useAppInfo();
  return (
    <Stack gap={2} h="100%" component="nav" aria-label="主导航">
      {NAV_ITEMS.map((item) => {
        const active = isActive(item, pathname);
        return (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={item.label}
            leftSection={<item.icon size={18} stroke={1.6} />}
            active={active}
            aria-current={active ? 'page' : undefined}
            variant="light"
            styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' }, label: { fontSize: 'var(--mantine-font-size-md)' } }}
          />
        );
      })}
      <Text size="xs" c="dimmed" mt="auto" px="xs">
        版本 {info.version}
      </Text>
    </Stack>
  );
}
