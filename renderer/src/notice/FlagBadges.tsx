// The parser's doubts about one element: a yellow badge and the reason, with a
// button to mark it checked once the officer has looked.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { FLAG_LABELS } from './flags';
import { useReviewContext } from './reviewContext';

export function FlagBadges({ flagKey }: { flagKey: string }) {
  const { flags, review } = useReviewContext();
  const mine = flags.filter((f) => f.key === flagKey);
  if (!mine.length) return null;
  return (
    <Stack gap={4} mb="xs">
      {mine.map((f, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-start" data-testid="flag">
          <Badge color="yellow" variant="filled" c="dark" style={{ flexShrink: 0 }}>
            {FLAG_LABELS[f.flag.code]}
          </Badge>
          <Text size="xs" style={{ flex: 1 }}>
            {f.flag.message}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => review.replace(f.dismiss)}>
            已核对
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
