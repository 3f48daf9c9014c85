// One round in the 自查 list; clicking anywhere on it opens the round.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { RoundSummary } from '../../../shared/inspection';
import { useAppInfo } from '../lib/AppInfoProvider';
import { ProgressLine } from '../components/ProgressLine';
import { RoundStatusBadge } from './RoundStatusBadge';
import { roundHref } from '../lib/navigation';
import { roundDueText, roundPeriodText } from './roundText';

export function RoundRow({ round: r }: { round: RoundSummary }) {
  const navigate = useNavigate();
  const { today } = useAppInfo().info;
  const overdue = r.status === 'open' && r.dueOn !== null && r.dueOn < today;
  return (
    <Paper p="sm" className="zc-clickable" data-testid={`round-row-${r.id}`} onClick={() => void navigate(roundHref(r.id))}>
      <Group justify="space-between" align="center" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <RoundStatusBadge status={r.status} />
            <Anchor component={Link} to={roundHref(r.id)} fw={600} size="md" c="dark.8" onClick={(e) => e.stopPropagation()}>
              {r.name}
            </Anchor>
          </Group>
          <Text size="sm" c="dimmed" truncate="end">
            {r.campaignTitle}
          </Text>
          <Text size="sm">
            自查期间：{roundPeriodText(r)}
            <Text span mx={8} c="gray.4">
              |
            </Text>
            完成时限：
            <Text span size="sm" c={overdue ? 'red.7' : undefined} fw={overdue ? 600 : undefined}>
              {roundDueText(r, today)}
            </Text>
          </Text>
        </Stack>
        <ProgressLine progress={r.progress} barWidth={160} size="sm" />
      </Group>
    </Paper>
  );
}
