// The round's history: opened, archived, reopened (with the reason).
import { Text } from '@mantine/core';
import type { RoundDetail } from '../../../shared/inspection';
import { momentText } from '../lib/format';

const kindLabel = { opened: '开始', closed: '归档', reopened: '重新打开' } as const;

export function RoundEvents({ events }: { events: RoundDetail['events'] }) {
  if (events.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" mt="xs" data-testid="round-events">
      记录：
      {events
        .map((e) => `${momentText(e.at)} ${e.by} ${kindLabel[e.kind]}${e.reason ? `（原因：${e.reason}）` : ''}`)
        .join('；')}
    </Text>
  );
}
