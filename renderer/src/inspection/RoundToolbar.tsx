// Above the rows: filters, folding all groups, and how saving works.
import { Button, Group, Kbd, SegmentedControl, Select, Text } from '@mantine/core';
import { IconFold, IconFoldDown } from '@tabler/icons-react';
import { answerFilterLabel, type AnswerFilter, type Filters } from './filters';
import type { DepartmentOption } from './rowTypes';

interface Props {
  filters: Filters;
  departments: DepartmentOption[];
  onFilters: (f: Filters) => void;
  onExpandAll: (expanded: boolean) => void;
  readOnly: boolean;
  saveNote: string | null;
}

const ANSWER_FILTERS: AnswerFilter[] = ['all', 'unanswered', 'answered', 'na'];

export function RoundToolbar({ filters, departments, onFilters, onExpandAll, readOnly, saveNote }: Props) {
  return (
    <Group justify="space-between" mb="xs" gap="sm" wrap="wrap">
      <Group gap="xs" wrap="wrap">
        <SegmentedControl
          size="xs"
          aria-label="按作答情况筛选"
          data={ANSWER_FILTERS.map((v) => ({ value: v, label: answerFilterLabel[v] }))}
          value={filters.answer}
          onChange={(v) => onFilters({ ...filters, answer: ANSWER_FILTERS.find((f) => f === v) ?? 'all' })}
          data-testid="answer-filter"
        />
        <Select
          size="xs"
          w={160}
          aria-label="按科室筛选"
          data={[{ value: 'all', label: '全部科室' }, { value: 'none', label: '未分配科室' }, ...departments]}
          value={filters.department}
          onChange={(v) => onFilters({ ...filters, department: v ?? 'all' })}
          allowDeselect={false}
          searchable
          data-testid="department-filter"
        />
        <Button size="xs" variant="subtle" leftSection={<IconFoldDown size={14} />} onClick={() => onExpandAll(true)}>
          全部展开
        </Button>
        <Button size="xs" variant="subtle" leftSection={<IconFold size={14} />} onClick={() => onExpandAll(false)}>
          全部收起
        </Button>
      </Group>
      {!readOnly && (
        <Text size="xs" c="dimmed" data-testid="save-note">
          {saveNote ?? (
            <>
              输入后自动保存，按 <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">S</Kbd> 立即保存
            </>
          )}
        </Text>
      )}
    </Group>
  );
}
