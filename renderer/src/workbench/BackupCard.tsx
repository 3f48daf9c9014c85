// The workbench's backup line: when the data was last backed up, and a warning when
// the second folder has not been written for a week, cannot be reached, or the
// start-up checks found a damaged file.
import { Alert, Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDatabase } from '@tabler/icons-react';
import { Link } from 'react-router';
import { call } from '../api';
import { useAppInfo } from '../lib/AppInfoProvider';
import { useApi } from '../lib/useApi';
import { backupLine } from '../components/BackupList';

export function BackupCard() {
  const { workspace } = useAppInfo().info;
  const status = useApi(() => call('backup.status'), []);
  if (workspace === 'sample' || status.state !== 'done') return null;
  const s = status.value;
  const warnings = [...(s.secondWarning ? [s.secondWarning] : []), ...s.findings];
  return (
    <Card py="xs" data-testid="workbench-backup">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <IconDatabase size={16} />
          <Text size="sm" data-testid="workbench-backup-last">
            最近一次备份：{s.last ? backupLine(s.last) : '还没有备份'}
          </Text>
          <Anchor component={Link} to="/settings" size="sm" ml="auto">
            数据备份
          </Anchor>
        </Group>
        {warnings.length > 0 && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} p="xs" data-testid="workbench-backup-warning">
            {warnings.map((w) => <div key={w}>{w}</div>)}
          </Alert>
        )}
        {!s.secondFolder && (
          <Text size="xs" c="dimmed">
            备份只保存在本机。建议在“设置 → 数据备份”中选一个 U 盘或网络共享作为第二备份位置。
          </Text>
        )}
      </Stack>
    </Card>
  );
}
