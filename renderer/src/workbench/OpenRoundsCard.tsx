// 进行中的自查: open rounds with their due date and progress, each linking to the round.
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { RoundSummary } from '../../../shared/inspection';
import { SectionCard } from '../components/SectionCard';
import { useAppInfo } from '../lib/AppInfoProvider';
import { daysBetween, dueInText } from '../lib/format';
import { chineseDate } from '../../../shared/dates';
import { ProgressLine } from '../components/ProgressLine';
import { roundHref } from '../lib/navigation';

export function OpenRoundsCard({ rounds }: { rounds: RoundSummary[] }) {
  const { today } = useAppInfo().info;
  const open = rounds
    .filter((r) => r.status === 'open')
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || b.id - a.id);
  return (
    <SectionCard
      title="进行中的自查"
      testId="open-rounds"
      extra={
        <Button component={Link} to="/self-check" variant="subtle">
          全部自查轮次
        </Button>
      }
    >
      {open.length === 0 ? (
        <Text size="sm" c="dimmed">
          没有进行中的自查。到
          <Anchor component={Link} to="/self-check" size="sm" mx={2}>
            自查
          </Anchor>
          页点“新建自查轮次”，按专项行动的检查要点逐项填报。
        </Text>
      ) : (
        <Stack gap="sm">
          {open.map((r) => {
            const days = r.dueOn ? daysBetween(today, r.dueOn) : null;
            return (
              <Group key={r.id} gap="md" wrap="nowrap" justify="space-between" className="zc-duty" data-testid={`open-round-${r.id}`}>
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={roundHref(r.id)} size="sm" fw={600}>
                    {r.name}
                  </Anchor>
                  <Group gap={6} wrap="nowrap">
                    {r.dueOn && days !== null ? (
                      <>
                        <Text size="xs" style={{ flexShrink: 0 }}>
                          {chineseDate(r.dueOn)}前
                        </Text>
                        <Badge size="sm" variant="light" color={days < 0 ? 'red' : days <= 7 ? 'orange' : 'blue'} style={{ flexShrink: 0 }}>
                          {dueInText(today, r.dueOn)}
                        </Badge>
                      </>
                    ) : (
                      <Text size="xs" c="dimmed">
                        未定完成日期
                      </Text>
                    )}
                    <Text size="xs" c="dimmed" truncate="end">
                      {r.campaignTitle}
                    </Text>
                  </Group>
                </Stack>
                <ProgressLine progress={r.progress} barWidth={110} />
              </Group>
            );
          })}
        </Stack>
      )}
    </SectionCard>
  );
}
