// The office's own records that contain the phrase: ledger problems, clues and cases,
// each opening its own page.
import { Badge, Card, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import type { RecordHit, RecordHitKind } from '../../../shared/catalog';

const kindLabel: Record<RecordHitKind, string> = { problem: '问题', clue: '线索', case: '案件' };
const kindColor: Record<RecordHitKind, string> = { problem: 'orange', clue: 'cyan', case: 'red' };
const hrefOf: Record<RecordHitKind, (id: number) => string> = {
  problem: (id) => `/problems/${id}`,
  clue: (id) => `/cases/clues/${id}`,
  case: (id) => `/cases/cases/${id}`,
};

export function RecordHits({ records }: { records: RecordHit[] }) {
  const counts = (['problem', 'clue', 'case'] as const)
    .map((k) => [k, records.filter((r) => r.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${kindLabel[k]} ${n} 条`);
  return (
    <Card p="sm" data-testid="record-hits">
      <Group gap="xs" mb="xs" wrap="nowrap" justify="space-between">
        <Title order={2} size="h3">
          本院记录
        </Title>
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
          {counts.join(' · ')}
        </Text>
      </Group>
      <Stack gap={4}>
        {records.map((r) => (
          <UnstyledButton key={`${r.kind}:${r.id}`} component={Link} to={hrefOf[r.kind](r.id)} className="zc-hit" data-testid="record-hit" data-kind={r.kind}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge color={kindColor[r.kind]} variant="light" size="sm" miw={76} style={{ flexShrink: 0 }}>
                {kindLabel[r.kind]}
              </Badge>
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {r.number}　{r.label}
                </Text>
                <Text size="sm" c="dimmed">
                  {r.snippet.before}
                  <mark className="zc-mark">{r.snippet.match}</mark>
                  {r.snippet.after}
                </Text>
              </div>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Card>
  );
}
