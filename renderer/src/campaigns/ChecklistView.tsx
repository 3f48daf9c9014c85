import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { Checklist } from '../../../shared/campaign';
import { answerLabel } from '../lib/format';
import { HeaderFields } from './HeaderFields';

export function ChecklistView({ checklist: c, focus }: { checklist: Checklist; focus: string | null }) {
  return (
    <Card data-testid={`checklist-${c.id}`}>
      <Group gap="xs" mb="sm" wrap="nowrap">
        {c.annex && (
          <Badge variant="outline" color="gray" style={{ flexShrink: 0 }}>
            {c.annex}
          </Badge>
        )}
        <Title order={2}>{c.title}</Title>
      </Group>
      {c.header.length > 0 && <HeaderFields fields={c.header} />}
      <Stack gap="md" mt="sm">
        {c.groups.map((g) => (
          <div key={g.id}>
            <Title order={3} mb={6} className="zc-section-title">
              {g.title}
            </Title>
            <Table withTableBorder withColumnBorders verticalSpacing={6} horizontalSpacing="sm" fz="sm" className="zc-items">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={52}>序号</Table.Th>
                  <Table.Th>检查内容</Table.Th>
                  <Table.Th w={190}>填报方式</Table.Th>
                  <Table.Th w={260}>说明</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.items.map((i) => (
                  <Table.Tr
                    key={i.id}
                    data-testid={`item-${i.id}`}
                    data-element-id={i.id}
                    data-focused={focus === i.id || undefined}
                    className="zc-element-row"
                  >
                    <Table.Td ta="center">{i.no}</Table.Td>
                    <Table.Td>{i.text}</Table.Td>
                    <Table.Td>
                      {/* An item of several blanks shows each answer kind it asks for. */}
                      <Group gap={4} wrap="wrap" data-testid="answer-kinds">
                        {(i.parts ?? [i.answer]).map((a, k) => (
                          <Badge key={k} variant="light" color="teal" size="sm" className="zc-wrap-badge">
                            {answerLabel(a)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {i.note ?? ''}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
