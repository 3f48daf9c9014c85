import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { chineseDate } from '../../../shared/dates';
import { campaignHref } from '../lib/campaignTabs';
import { SectionCard } from '../components/SectionCard';
import { useAppInfo } from '../lib/AppInfoProvider';
import { daysBetween, dueInText } from '../lib/format';
import type { UpcomingDue } from './loadWorkbench';

const SHOWN = 8;

export function UpcomingDuesCard({ dues }: { dues: UpcomingDue[] }) {
  const { today } = useAppInfo().info;
  return (
    <SectionCard title="近期报送" testId="upcoming-dues">
      {dues.length === 0 ? (
        <Text size="sm" c="dimmed">
          各专项行动近期没有需要报送的事项。
        </Text>
      ) : (
        <Stack gap="sm">
          {dues.slice(0, SHOWN).map((d) => {
            const days = daysBetween(today, d.date);
            return (
              <Stack key={`${d.campaignId}:${d.dutyId}`} gap={2} className="zc-duty" data-testid="upcoming-due">
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={700} style={{ flexShrink: 0 }}>
                    {chineseDate(d.date)}
                  </Text>
                  <Badge size="sm" variant="light" color={days <= 7 ? 'orange' : 'blue'} style={{ flexShrink: 0 }}>
                    {dueInText(today, d.date)}
                  </Badge>
                  {d.monthly && (
                    <Badge size="sm" variant="outline" color="gray" style={{ flexShrink: 0 }}>
                      每月报送
                    </Badge>
                  )}
                </Group>
                <Text size="sm">{d.title}</Text>
                <Anchor component={Link} to={campaignHref(d.campaignId)} size="xs" c="dimmed">
                  {d.campaignTitle}
                </Anchor>
              </Stack>
            );
          })}
          {dues.length > SHOWN && (
            <Text size="xs" c="dimmed">
              另有 {dues.length - SHOWN} 项，见各专项行动的“概况”。
            </Text>
          )}
        </Stack>
      )}
    </SectionCard>
  );
}
