import { ActionIcon, Button, Group, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { OrgView } from '../../../shared/api';
import { call } from '../api';
import { ConfirmModal } from '../components/ConfirmModal';
import { SectionCard } from '../components/SectionCard';
import { PersonModal } from './PersonModal';

type Person = OrgView['people'][number];

interface Props extends Pick<OrgView, 'people' | 'departments'> {
  onSaved: (org: OrgView) => void;
}

export function PeopleCard({ people, departments, onSaved }: Props) {
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Person | null>(null);
  return (
    <SectionCard
      title="人员"
      testId="people"
      extra={
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            共 {people.length} 人
          </Text>
          <Button variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')} data-testid="add-person">
            添加人员
          </Button>
        </Group>
      }
    >
      {people.length === 0 ? (
        <Text size="sm" c="dimmed">
          还没有人员。点“添加人员”登记各科室的联系人，作为任务负责人和整改责任人。
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
                <Table.Th w={64} aria-label="操作" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((p) => (
                <Table.Tr key={p.id} data-testid={`person-${p.id}`}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td c={p.departmentName ? undefined : 'dimmed'}>{p.departmentName ?? '未分配科室'}</Table.Td>
                  <Table.Td>{p.title || '—'}</Table.Td>
                  <Table.Td>{p.phone || '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      <Tooltip label="修改" withArrow>
                        <ActionIcon size="sm" variant="subtle" aria-label={`修改“${p.name}”`} onClick={() => setEditing(p)}>
                          <IconPencil size={14} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="删除" withArrow>
                        <ActionIcon size="sm" variant="subtle" color="red" aria-label={`删除“${p.name}”`} onClick={() => setDeleting(p)}>
                          <IconTrash size={14} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      {editing && <PersonModal person={editing === 'new' ? null : editing} departments={departments} onClose={() => setEditing(null)} onSaved={onSaved} />}
      <ConfirmModal
        opened={deleting !== null}
        title={`删除人员“${deleting?.name ?? ''}”`}
        confirmLabel="删除人员"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (deleting) onSaved(await call('org.deletePerson', { id: deleting.id }));
        }}
        testId="confirm-delete-person"
      >
        <Text size="sm">
          将从人员名单中删除“{deleting?.name}”。自查中指定由其负责的项将不再有负责人；已记录的答案、佐证材料和操作记录中的姓名不受影响，其他内容也不会被删除。
        </Text>
      </ConfirmModal>
    </SectionCard>
  );
}
