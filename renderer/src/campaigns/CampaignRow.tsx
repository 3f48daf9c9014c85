// One campaign in the 专项行动 list; clicking anywhere on it opens the campaign.
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { CampaignSummary } from '../../../shared/catalog';
import { StatusBadge } from '../components/StatusBadge';
import { kindLabel, periodText } from '../lib/format';
import { ExportButton } from './ExportButton';
import type { Notice } from '../components/NoticeAlert';

export function CampaignRow({ campaign: c, onNotice }: { campaign: CampaignSummary; onNotice: (n: Notice | null) => void }) {
  const navigate = useNavigate();
  const href = `/campaigns/${encodeURIComponent(c.id)}`;
  return (
    <Paper
      p="sm"
      className="zc-clickable"
      data-testid={`campaign-${c.id}`}
      onClick={() => void navigate(href)}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <StatusBadge period={c.period} />
            <Anchor component={Link} to={href} fw={600} size="md" c="dark.8" onClick={(e) => e.stopPropagation()}>
              {c.title}
            </Anchor>
          </Group>
          <Text size="sm" c="dimmed">
            {c.issuers.join('、')}
            <Text span mx={6} c="gray.4">
              |
            </Text>
            {c.docNumber ?? '无文号'}
          </Text>
          <Group gap="md" wrap="wrap">
            <Text size="sm">期限：{periodText(c.period)}</Text>
            <Text size="sm" c="dimmed">
              任务 {c.counts.tasks} · 检查要点 {c.counts.items} · 统计表 {c.counts.tables}
            </Text>
            <Badge variant="outline" color="gray" size="sm">
              {kindLabel[c.kind]}
            </Badge>
            {c.origin === 'user' && (
              <Badge variant="outline" color="violet" size="sm">
                导入
              </Badge>
            )}
          </Group>
        </Stack>
        <ExportButton id={c.id} onDone={onNotice} />
      </Group>
    </Paper>
  );
}
