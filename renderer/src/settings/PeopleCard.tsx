import { ScrollArea, Table, Text } from '@mantine/core';
import type { OrgView } from '../../../shared/api';
import { SectionCard } from '../components/SectionCard';

export function PeopleCard({ people }: { people: OrgView['people'] }) {
  return (
    <SectionCard
      title="人员"
      testId="people"
      extra={
        <Text size="xs" c="dimmed">
          共 {people.length} 人
        </Text>
      }
    >
      {people.length === 0 ? (
        <Text size="sm" c="dimmed">
          还没有人员。下一版本可以在这里添加人员，作为任务负责人和整改责任人。
        </Text>
      ) : (
        <ScrollArea.Autosize mah={340} type="auto">
          <Table striped highlightOnHover stickyHeader verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>姓名</Table.Th>
                <Table.Th>科室</Table.Th>
                <Table.Th>职务/职称</Table.Th>
                <Table.Th>联系电话</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.departmentName ?? '—'}</Table.Td>
                  <Table.Td>{p.title || '—'}</Table.Td>
                  <Table.Td>{p.phone || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </SectionCard>
  );
}
