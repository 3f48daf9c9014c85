// "已答 3 / 37" with a thin bar; green when every applicable item is answered.
import { Group, Progress, Text } from '@mantine/core';
import type { Progress as Counts } from '../../../shared/inspection';

interface Props {
  progress: Counts;
  testId?: string;
  /** Width of the bar; the text follows it. */
  barWidth?: number | string;
  size?: 'xs' | 'sm';
}

function percent(p: Counts): number {
  return p.applicable === 0 ? 0 : Math.round((p.answered / p.applicable) * 100);
}

export function ProgressLine({ progress, testId, barWidth = 120, size = 'xs' }: Props) {
  const done = progress.applicable > 0 && progress.answered === progress.applicable;
  return (
    <Group gap={8} wrap="nowrap" style={{ flexShrink: 0 }}>
      <Progress
        value={percent(progress)}
        w={barWidth}
        size={size === 'sm' ? 'md' : 'sm'}
        color={done ? 'teal' : 'blue'}
        aria-label={`已答 ${progress.answered} / ${progress.applicable}`}
      />
      <Text size={size} c={done ? 'teal.8' : undefined} data-testid={testId} miw="6.5em" style={{ whiteSpace: 'nowrap' }}>
        已答 {progress.answered} / {progress.applicable}
      </Text>
    </Group>
  );
}
