// "有 N 处需要核对": every flag of the proposal, each a jump to its element.
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { FLAG_LABELS, type FlagEntry } from './flags';
import { centerInPane } from './scroll';
import { useReviewContext } from './reviewContext';

export function FlagSummary({ flags }: { flags: FlagEntry[] }) {
  const { review } = useReviewContext();
  if (!flags.length) {
    return (
      <Text size="sm" c="dimmed" data-testid="flag-summary">
        识别结果没有需要特别核对的地方，仍请逐项过目。
      </Text>
    );
  }
  const jump = (f: FlagEntry, i: number) => {
    review.select(f.key ?? `flag-${i}`, f.span);
    if (f.key) centerInPane(document.querySelector<HTMLElement>(`[data-key="${f.key}"]`));
  };
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title={`有 ${flags.length} 处需要核对`} data-testid="flag-summary">
      <Stack gap={2} mah={150} style={{ overflow: 'auto' }}>
        {flags.map((f, i) => (
          <Anchor key={i} component="button" type="button" size="sm" ta="left" onClick={() => jump(f, i)} data-testid="flag-jump">
            【{FLAG_LABELS[f.flag.code]}】{f.flag.message}
          </Anchor>
        ))}
      </Stack>
    </Alert>
  );
}
