import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CampaignSummary } from '../../../shared/catalog';
import { SectionCard } from '../components/SectionCard';
import { StatusBadge } from '../components/StatusBadge';
import { useAppInfo } from '../lib/AppInfoProvider';
import { daysBetween, periodText } from '../lib/format';

function CampaignLine({ c, hint }: { c: CampaignSummary; hint: string }) {
  return (
    <Stack gap={2} className="zc-duty">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <StatusBadge period={c.period} />
        <Anchor component={Link} to={`/campaigns/${encodeURIComponent(c.id)}`} size="sm" fw={600}>
          {c.title}
        </Anchor>
      </Group>
      <Text size="xs" c="dimmed">
        {c.docNumber ?? '无文号'} · {periodText(c.period)} · {hint}
      </Text>
    </Stack>
  );
}

export function RunningCard({ running, upcoming }: { running: CampaignSummary[]; upcoming: CampaignSummary[] }) {
  const { today } = useAppInfo().info;
  const soon = [...upcoming].sort((a, b) => (a.period.start ?? '').localeCompare(b.period.start ?? '')).slice(0, 3);
  return (
    <SectionCard
      title="进行中的专项行动"
      testId="running-campaigns"
      extra={
        <Button component={Link} to="/campaigns" variant="subtle">
          全部专项行动
        </Button>
      }
    >
      <Stack gap="sm">
        {running.length === 0 && (
          <Text size="sm" c="dimmed">
            今天没有进行中的专项行动。
          </Text>
        )}
        {running.map((c) => (
          <CampaignLine key={c.id} c={c} hint={c.period.end ? `还剩 ${daysBetween(today, c.period.end)} 天` : '未定结束日期'} />
        ))}
        {soon.length > 0 && (
          <Text size="xs" c="dimmed" fw={600} mt={4}>
            即将开始
          </Text>
        )}
        {soon.map((c) => (
          <CampaignLine key={c.id} c={c} hint={c.period.start ? `${daysBetween(today, c.period.start)} 天后开始` : ''} />
        ))}
      </Stack>
    </SectionCard>
  );
}
