// 涉及人员: name, role and department per row; rows are added and removed freely
// because a clue often names several people and the count matters for statistics.
import { ActionIcon, Button, Group, Input, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { PERSON_ROLES, type PersonConcerned, type PersonRole } from '../../../shared/cases';
import { departmentOptions, type LedgerRefs } from '../lib/refs';

interface Props {
  value: PersonConcerned[];
  refs: LedgerRefs;
  error?: string | null;
  onChange: (value: PersonConcerned[]) => void;
}

export function PersonsField({ value, refs, error, onChange }: Props) {
  const setRow = (i: number, patch: Partial<PersonConcerned>) => onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <Input.Wrapper label="涉及人员" error={error} data-testid="field-concerned">
      <Stack gap={6} mt={4}>
        {value.map((p, i) => (
          <Group key={i} gap="xs" wrap="nowrap" data-testid={`person-row-${i}`}>
            <TextInput size="xs" placeholder="姓名" aria-label="姓名" value={p.name} maxLength={40} w={140}
              onChange={(e) => setRow(i, { name: e.currentTarget.value })} data-testid={`person-name-${i}`} />
            <Select size="xs" aria-label="身份" data={[...PERSON_ROLES]} value={p.role} allowDeselect={false} w={110}
              onChange={(v) => setRow(i, { role: (PERSON_ROLES.find((r) => r === v) ?? p.role) as PersonRole })} data-testid={`person-role-${i}`} />
            <Select<number> size="xs" aria-label="科室" placeholder="所在科室，可不填" data={departmentOptions(refs)} value={p.departmentId}
              searchable clearable w={200} onChange={(v) => setRow(i, { departmentId: v })} data-testid={`person-dept-${i}`} />
            <ActionIcon variant="subtle" color="red" aria-label="删除此人" onClick={() => onChange(value.filter((_, j) => j !== i))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button size="compact-xs" variant="light" leftSection={<IconPlus size={14} />} data-testid="add-person"
            onClick={() => onChange([...value, { name: '', role: '医师', departmentId: null }])}>
            添加人员
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
