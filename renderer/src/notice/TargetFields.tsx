// The numeric targets of a task, checklist item or section item (覆盖率达到90%以上 →
// 不低于 90 %), each editable: how it compares, the figure, the unit and the wording;
// the officer can add one the parser missed or delete one it misread.
import { ActionIcon, Autocomplete, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Target } from '../../../shared/campaign';

const COMPARISONS: { value: Target['comparison']; label: string }[] = [
  { value: 'atLeast', label: '不低于' },
  { value: 'above', label: '高于' },
  { value: 'atMost', label: '不超过' },
  { value: 'below', label: '低于' },
  { value: 'reduceBy', label: '下降' },
];
const UNITS = ['%', '个百分点', '人', '人次', '家', '次', '个', '件', '天', '个工作日', '万元', '元'];

interface Props {
  targets: Target[] | undefined;
  /** Called with the new list; an emptied list is reported as undefined (no targets). */
  onChange: (targets: Target[] | undefined) => void;
}

export function TargetFields({ targets = [], onChange }: Props) {
  const set = (list: Target[]) => onChange(list.length ? list : undefined);
  const patch = (i: number, p: Partial<Target>) => set(targets.map((t, k) => (k === i ? { ...t, ...p } : t)));
  return (
    <Stack gap={4} style={{ gridColumn: '1 / -1' }} data-testid="targets-editor">
      <Group justify="space-between" gap="xs">
        <Text size="xs" fw={500}>
          数值目标{targets.length ? `（${targets.length} 项）` : ''}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={12} />}
          onClick={() => set([...targets, { comparison: 'atLeast', value: 0, unit: '%', original: '' }])}
          data-testid="target-add"
        >
          添加目标
        </Button>
      </Group>
      {targets.map((t, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-end" data-testid="target">
          <Select
            aria-label="比较方式"
            size="xs"
            w={88}
            data={COMPARISONS}
            allowDeselect={false}
            value={t.comparison}
            onChange={(v) => v && patch(i, { comparison: v as Target['comparison'] })}
            data-testid="target-comparison"
          />
          <NumberInput
            aria-label="数值"
            size="xs"
            w={90}
            value={t.value}
            onChange={(v) => typeof v === 'number' && patch(i, { value: v })}
            data-testid="target-value"
          />
          <Autocomplete
            aria-label="单位"
            size="xs"
            w={90}
            data={UNITS}
            value={t.unit}
            error={t.unit ? undefined : '请填写单位'}
            onChange={(unit) => patch(i, { unit })}
            data-testid="target-unit"
          />
          <TextInput aria-label="原文" size="xs" style={{ flex: 1 }} value={t.original} onChange={(e) => patch(i, { original: e.currentTarget.value })} />
          <ActionIcon variant="subtle" color="red" size="sm" mb={4} aria-label="删除目标" onClick={() => set(targets.filter((_, k) => k !== i))}>
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}
