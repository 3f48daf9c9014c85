// The list below the filters: the table and its pages, or what to do when it is empty.
import { Anchor, Button, Group, Pagination, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ProblemPage, SortColumn } from '../../../shared/ledger';
import { EmptyNote } from '../components/EmptyNote';
import type { LedgerVariant } from './columns';
import { LedgerTable } from './LedgerTable';
import { isFiltered, type LedgerFilters } from '../lib/ledgerQuery';

interface Props {
  variant: LedgerVariant;
  page: ProblemPage;
  loading: boolean;
  filters: LedgerFilters;
  onSort: (sort: { column: SortColumn; direction: 'asc' | 'desc' }) => void;
  onPage: (page: number) => void;
  onClear: () => void;
  newButton: ReactNode;
}

export function LedgerResults({ variant, page: p, loading, filters, onSort, onPage, onClear, newButton }: Props) {
  if (p.total === 0 && !isFiltered(filters)) {
    return (
      <EmptyNote
        title="问题台账还是空的"
        description={
          <>
            点“登记问题”登记检查、巡查、信访举报中发现的问题；自查时，也可以在
            <Anchor component={Link} to="/self-check" size="sm" mx={2}>
              自查
            </Anchor>
            轮次中对反映出问题的答案点“登记问题”，直接转入台账。
          </>
        }
      >
        {newButton}
      </EmptyNote>
    );
  }
  if (p.total === 0) {
    return (
      <EmptyNote title="没有符合条件的问题" description="换一个搜索词，或减少筛选条件。">
        <Button variant="default" leftSection={<IconFilterOff size={14} />} onClick={onClear}>
          清除筛选
        </Button>
      </EmptyNote>
    );
  }
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  const first = (p.page - 1) * p.pageSize + 1;
  return (
    <>
      <LedgerTable variant={variant} rows={p.rows} sort={filters.sort} onSort={onSort} loading={loading} />
      <Group justify="space-between" mt="xs" gap="sm">
        <Text size="sm" c="dimmed" data-testid="ledger-count" data-count={p.total}>
          共 {p.total} 条{pages > 1 ? `，本页第 ${first}–${first + p.rows.length - 1} 条` : ''}
        </Text>
        {pages > 1 && <Pagination size="sm" total={pages} value={p.page} onChange={onPage} withEdges data-testid="ledger-pagination" />}
      </Group>
    </>
  );
}
