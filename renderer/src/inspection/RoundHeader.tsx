// The round page's heading, in two lines so the rows keep the room at 1366×768:
// back to the list, status, name and the round's actions; then the campaign, the
// period and the due date.
import { Anchor, Group, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChevronLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { RoundSummary } from '../../../shared/inspection';
import { campaignHref } from '../lib/campaignTabs';
import { useAppInfo } from '../lib/AppInfoProvider';
import { RoundStatusBadge } from './RoundStatusBadge';
import { roundDueText, roundPeriodText } from './roundText';

interface Props {
  round: RoundSummary;
  actions: ReactNode;
}

function Bar() {
  return (
    <Text span mx={8} c="gray.4">
      |
    </Text>
  );
}

export function RoundHeader({ round, actions }: Props) {
  const { today } = useAppInfo().info;
  useDocumentTitle(`${round.name} - 自查 - 自查通`);
  const overdue = round.status === 'open' && round.dueOn !== null && round.dueOn < today;
  return (
    <>
      <Group justify="space-between" align="center" wrap="nowrap" gap="md">
        <Group gap="xs" wrap="nowrap" align="center" style={{ minWidth: 0 }}>
          <Anchor component={Link} to="/self-check" size="sm" style={{ flexShrink: 0 }}>
            <Group gap={2} wrap="nowrap">
              <IconChevronLeft size={14} />
              自查
            </Group>
          </Anchor>
          <RoundStatusBadge status={round.status} />
          <Title order={1} lineClamp={1} title={round.name}>
            {round.name}
          </Title>
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {actions}
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mt={2} mb={6}>
        专项行动：
        <Anchor component={Link} to={campaignHref(round.campaignId)} size="sm" underline="always">
          {round.campaignTitle}
        </Anchor>
        <Bar />
        自查期间：{roundPeriodText(round)}
        <Bar />
        完成时限：
        <Text span c={overdue ? 'red.7' : undefined} fw={overdue ? 600 : undefined} size="sm">
          {roundDueText(round, today)}
        </Text>
      </Text>
    </>
  );
}
