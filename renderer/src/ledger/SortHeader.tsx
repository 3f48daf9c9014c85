import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { SortColumn } from '../../../shared/ledger';
import type { LedgerColumn } from './columns';
import type { LedgerFilters } from '../lib/ledgerQuery';

interface Props {
  column: LedgerColumn;
  sort: LedgerFilters['sort'];
  onSort: (sort: { column: SortColumn; direction: 'asc' | 'desc' }) => void;
}

/** A column heading; sortable ones toggle ascending/descending on click. */
export function SortHeader({ column: c, sort, onSort }: Props) {
  if (!c.sort) return <Table.Th w={c.width}>{c.label}</Table.Th>;
  const by = c.sort;
  const active = sort?.column === by;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th w={c.width} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton
        onClick={() => onSort({ column: by, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
        className="zc-sort"
        data-testid={`sort-${by}`}
        title={`按${c.label}排序`}
      >
        <Group gap={2} wrap="nowrap">
          {c.label}
          <Icon size={13} stroke={1.8} color={active ? 'var(--mantine-color-blue-7)' : 'var(--mantine-color-gray-5)'} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
