// The round page's heading: back to the list, status and name, the campaign, the
// period and due date, overall progress, and the round's actions.
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChevronLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Progress, RoundSummary } from '../../../shared/inspection';
import { campaignHref } from '../lib/campaignTabs';
import { useAppInfo } from '../lib/AppInfoProvider';
import { ProgressLine } from '../components/ProgressLine';
import { RoundStatusBadge } from './RoundStatusBadge';
import { roundDueText, roundPeriodText } from './roundText';

interface Props {
  round: RoundSummary;
  progress: Progress;
  notApplicable: number;
  actions: ReactNode;
}

export function RoundHeader({ round, progress, notApplicable, actions }: Props) {
  const { today } = useAppInfo().info;
  useDocumentTitle(`${round.name} - 自查 - 自查通`);
  const overdue = round.status === 'open' && round.dueOn !== null && round.dueOn < today;
  return (
    <Stack gap={6} mb="sm">
      <Anchor component={Link} to="/self-check" size="sm" w="fit-content">
        <Group gap={2}>
          <IconChevronLeft size={14} />
          自查
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="nowrap" align="center">
            <RoundStatusBadge status={round.status} />
            <Title order={1}>{round.name}</Title>
          </Group>
          {/* One line of facts, so the header leaves the rows room at 1366×768. */}
          <Text size="sm" c="dimmed">
            专项行动：
            <Anchor component={Link} to={campaignHref(round.campaignId)} size="sm" underline="always">
              {round.campaignTitle}
            </Anchor>
            <Text span mx={8} c="gray.4">
              |
            </Text>
            自查期间：{roundPeriodText(round)}
            <Text span mx={8} c="gray.4">
              |
            </Text>
            完成时限：
            <Text span c={overdue ? 'red.7' : undefined} fw={overdue ? 600 : undefined} size="sm">
              {roundDueText(round, today)}
            </Text>
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {actions}
        </Group>
      </Group>
      <Group gap="md" wrap="nowrap">
        <ProgressLine progress={progress} testId="round-progress" barWidth={260} size="sm" />
        {notApplicable > 0 && (
          <Text size="sm" c="dimmed">
            另有 {notApplicable} 项不适用
          </Text>
        )}
      </Group>
    </Stack>
  );
}
