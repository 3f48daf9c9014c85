import { Badge, Group, Stack, Text } from '@mantine/core';
import type { CampaignDetail } from '../../../shared/catalog';
import { SectionCard } from '../components/SectionCard';

const kindName: Record<string, string> = {
  task: '任务',
  item: '检查要点',
  row: '统计表行',
  table: '统计表',
  checklist: '检查表',
  duty: '报送要求',
  phase: '工作阶段',
};

/** Elements that earlier revisions had and this one no longer has. */
export function RetiredList({ retired }: { retired: CampaignDetail['retired'] }) {
  return (
    <SectionCard title="已停用的内容" testId="retired">
      <Text size="sm" c="dimmed" mb="xs">
        以下内容在本专项行动的早期版本中出现过，新版本已不再包含；已有的记录仍会保留。
      </Text>
      <Stack gap={4}>
        {retired.map((r) => (
          <Group key={`${r.kind}:${r.id}`} gap="xs" wrap="nowrap">
            <Badge color="gray" variant="outline" size="sm" style={{ flexShrink: 0 }}>
              已停用
            </Badge>
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {kindName[r.kind] ?? r.kind}
            </Text>
            <Text size="sm" td="line-through" c="dimmed">
              {r.label}
            </Text>
          </Group>
        ))}
      </Stack>
    </SectionCard>
  );
}
