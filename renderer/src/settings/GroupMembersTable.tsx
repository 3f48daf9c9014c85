// 领导小组 members in the order the notice lists them, each with the post held in
// the hospital and the role in the group.
import { ActionIcon, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { GROUP_ROLES, type DocumentSettings } from '../../../shared/channels/documents';

type Member = DocumentSettings['group'][number];

interface Props {
  members: Member[];
  onChange: (members: Member[]) => void;
}

export function GroupMembersTable({ members, onChange }: Props) {
  const update = (i: number, patch: Partial<Member>) => onChange(members.map((m, n) => (n === i ? { ...m, ...patch } : m)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...members];
    const [m] = next.splice(i, 1);
    if (m) next.splice(i + by, 0, m);
    onChange(next);
  };
  // A new member is a 成员 unless the group has no 组长 yet.
  const add = () => onChange([...members, { name: '', post: '', role: members.some((m) => m.role === '组长') ? '成员' : '组长' }]);
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          领导小组成员
        </Text>
        <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={add} data-testid="ds-add-member">
          添加成员
        </Button>
      </Group>
      {members.length === 0 ? (
        <Text size="sm" c="dimmed">
          还没有成员。领导小组通知和工作方案中的组织机构取自这里。
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm" data-testid="ds-members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>小组职务</Table.Th>
              <Table.Th>姓名</Table.Th>
              <Table.Th>院内职务</Table.Th>
              <Table.Th w={96} aria-label="操作" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m, i) => (
              <Table.Tr key={i} data-testid="ds-member">
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`第 ${i + 1} 位成员在小组中的职务`}
                    data={[...GROUP_ROLES]}
                    value={m.role}
                    allowDeselect={false}
                    onChange={(v) => v && update(i, { role: v as Member['role'] })}
                    data-testid="ds-member-role"
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`第 ${i + 1} 位成员的姓名`}
                    value={m.name}
                    error={m.name.trim() ? undefined : true}
                    onChange={(e) => update(i, { name: e.currentTarget.value })}
                    data-testid="ds-member-name"
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`第 ${i + 1} 位成员的院内职务`}
                    placeholder="如：院长"
                    value={m.post}
                    onChange={(e) => update(i, { post: e.currentTarget.value })}
                    data-testid="ds-member-post"
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={0} wrap="nowrap">
                    <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`上移第 ${i + 1} 位成员`} disabled={i === 0} onClick={() => move(i, -1)}>
                      <IconArrowUp size={14} />
                    </ActionIcon>
                    <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`下移第 ${i + 1} 位成员`} disabled={i === members.length - 1} onClick={() => move(i, 1)}>
                      <IconArrowDown size={14} />
                    </ActionIcon>
                    <ActionIcon size="sm" variant="subtle" color="red" aria-label={`删除第 ${i + 1} 位成员`} onClick={() => onChange(members.filter((_, n) => n !== i))}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
