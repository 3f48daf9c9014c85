// The problem page's heading: back to the list it came from, number and status,
// deadline warning, source, campaign and the self-inspection round it came from.
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChevronLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { RoundSummary } from '../../../shared/inspection';
import type { ProblemRow } from '../../../shared/ledger';
import { campaignHref } from '../lib/campaignTabs';
import { roundHref } from '../lib/navigation';
import { ProblemStatusBadge } from './ProblemStatusBadge';
import { WarningBadge } from './WarningBadge';

function backOf(state: unknown): string {
  const back = typeof state === 'object' && state !== null && 'back' in state ? state.back : null;
  return typeof back === 'string' && (back.startsWith('/problems') || back.startsWith('/rectification')) ? back : '/problems';
}

export function ProblemHeader({ problem: p, round, actions }: { problem: ProblemRow; round: RoundSummary | null; actions: ReactNode }) {
  useDocumentTitle(`${p.number} - 问题台账 - 自查通`);
  const back = backOf(useLocation().state);
  return (
    <Stack gap={6} mb="sm">
      <Anchor component={Link} to={back} size="sm" w="fit-content" data-testid="back-to-ledger">
        <Group gap={2}>
          <IconChevronLeft size={14} />
          {back.startsWith('/rectification') ? '整改台账' : '问题台账'}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="wrap" align="center">
            <Title order={1} ff="monospace">
              {p.number}
            </Title>
            <ProblemStatusBadge status={p.status} size="lg" testId="problem-status" />
            <WarningBadge level={p.warning} size="lg" data-testid="problem-warning" />
            {p.immediate && (
              <Badge variant="outline" color="blue" size="lg">
                立行立改
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            问题来源：{p.source}
            {round && (
              <>
                （
                <Anchor component={Link} to={roundHref(round.id)} size="sm" data-testid="problem-round">
                  {round.name}
                </Anchor>
                ）
              </>
            )}
            {p.roundId !== null && !round && (
              <Anchor component={Link} to={roundHref(p.roundId)} size="sm" ml={4} data-testid="problem-round">
                查看自查轮次
              </Anchor>
            )}
            {p.campaignId && (
              <>
                <Text span mx={8} c="gray.4">
                  |
                </Text>
                专项行动：
                <Anchor component={Link} to={campaignHref(p.campaignId)} size="sm">
                  {p.campaignTitle ?? p.campaignId}
                </Anchor>
              </>
            )}
          </Text>
        </Stack>
        <Group gap="xs" wrap="wrap" justify="flex-end" style={{ flexShrink: 0, maxWidth: '50%' }}>
          {actions}
        </Group>
      </Group>
    </Stack>
  );
}
