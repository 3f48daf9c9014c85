import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { StatsDue } from '../../../shared/stats';
import { SectionCard } from '../components/SectionCard';

/** Where a due line leads: the first of its tables, for the month it covers when it is a monthly report. */
function statsHref(d: StatsDue): string {
  const q = new URLSearchParams({ campaign: d.campaignId });
  if (d.tableIds[0]) q.set('table', d.tableIds[0]);
  if (d.covers) q.set('period', d.covers);
  return `/stats?${q.toString()}`;
}

export function StatsDuesCard({ dues }: { dues: StatsDue[] }) {
  return (
    <SectionCard title="统计表报送" testId="stats-dues">
      {dues.length === 0 ? (
        <Text size="sm" c="dimmed">
          近期没有需要报送的统计表。导入要求报送统计表的通知后，报送时间会显示在这里。
        </Text>
      ) : (
        <Stack gap="sm">
          {dues.map((d) => (
            <Stack key={`${d.campaignId}:${d.text}`} gap={2} className="zc-duty" data-testid="stats-due">
              <Anchor component={Link} to={statsHref(d)} size="sm" fw={600}>
                {d.text}
              </Anchor>
              <Text size="xs" c="dimmed">
                {d.campaignTitle}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
