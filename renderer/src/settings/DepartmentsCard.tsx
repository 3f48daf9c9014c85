import { Badge, Group, Text } from '@mantine/core';
import type { OrgView } from '../../../shared/api';
import { SectionCard } from '../components/SectionCard';

export function DepartmentsCard({ departments, people }: Pick<OrgView, 'departments' | 'people'>) {
  const headcount = new Map<number, number>();
  for (const p of people) if (p.departmentId !== null) headcount.set(p.departmentId, (headcount.get(p.departmentId) ?? 0) + 1);
  const categories = [...new Set(departments.map((d) => d.category))];
  return (
    <SectionCard
      title="科室"
      testId="departments"
      extra={
        <Text size="xs" c="dimmed">
          共 {departments.length} 个
        </Text>
      }
    >
      {departments.length === 0 ? (
        <Text size="sm" c="dimmed">
          还没有科室。下一版本可以在这里添加和修改科室。
        </Text>
      ) : (
        categories.map((cat) => (
          <Group key={cat} gap={6} mb={6} wrap="wrap" align="flex-start">
            <Text size="xs" c="dimmed" fw={600} w="3em" pt={2}>
              {cat || '其他'}
            </Text>
            {departments
              .filter((d) => d.category === cat)
              .map((d) => (
                <Badge key={d.id} variant="light" color="gray" size="md" fw={500}>
                  {d.name}
                  {headcount.has(d.id) && ` · ${headcount.get(d.id)}人`}
                </Badge>
              ))}
          </Group>
        ))
      )}
    </SectionCard>
  );
}
