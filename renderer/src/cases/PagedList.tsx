// One list of records for the 线索 and 案件 tabs: words and one filter, newest
// first, a page at a time, each row opening its record; empty states say what to do.
import { Anchor, Button, Table } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyNote } from '../components/EmptyNote';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { useApi } from '../lib/useApi';
import { ListControls, ListPages, PAGE_SIZE } from './ListControls';

export interface ListQuery {
  search: string | undefined;
  filter: string | null;
  /** A campaign's id, 'none' or 'review'. */
  campaign: string | null;
  page: number;
  pageSize: number;
}

export interface ListColumn<R> {
  title: string;
  w?: number;
  right?: boolean;
  cell: (row: R) => ReactNode;
}

interface Props<R extends { id: number; number: string }> {
  /** 线索 or 案件, and how they are counted (条线索, 件案件). */
  noun: string;
  unit: string;
  /** Prefix of the table's and rows' test ids. */
  testId: string;
  placeholder: string;
  filter: { label: string; data: { value: string; label: string }[] };
  /** The campaigns to filter by, when known. */
  campaigns?: { value: string; label: string }[];
  /** A campaign filter to start with (e.g. 'review' from the upgrade note). */
  initialCampaign?: string | null;
  load: (query: ListQuery) => Promise<{ rows: R[]; total: number }>;
  href: (id: number) => string;
  /** Said when there is nothing yet, beside the button that adds the first one. */
  firstHint: string;
  addLabel: string;
  onAdd: () => void;
  /** The columns after 编号. */
  columns: ListColumn<R>[];
}

export function PagedList<R extends { id: number; number: string }>(props: Props<R>) {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<string | null>(null);
  const [campaign, setCampaign] = useState<string | null>(props.initialCampaign ?? null);
  const [page, setPage] = useState(1);
  const list = useApi(() => props.load({ search: search || undefined, filter, campaign, page, pageSize: PAGE_SIZE }), [search, filter, campaign, page]);
  const filtered = Boolean(search || filter || campaign);
  const scope = props.campaigns && {
    label: '所属专项行动',
    data: [...props.campaigns, { value: 'none', label: '未关联专项行动' }, { value: 'review', label: '待确认专项行动（升级遗留）' }],
    value: campaign,
    onChange: (v: string | null) => { setCampaign(v); setPage(1); },
  };
  return (
    <>
      <ListControls placeholder={props.placeholder} unit={props.unit} total={list.state === 'done' ? list.value.total : null}
        onSearch={(t) => { setSearch(t); setPage(1); }}
        filter={{ ...props.filter, value: filter, onChange: (v) => { setFilter(v); setPage(1); } }} scope={scope} />
      {list.state === 'loading' && <LoadingBlock rows={3} label={`正在加载${props.noun}`} />}
      {list.state === 'error' && <ErrorAlert message={list.message} title={`未能加载${props.noun}`} />}
      {list.state === 'done' && list.value.total === 0 && (
        <EmptyNote title={filtered ? `没有符合条件的${props.noun}` : `还没有${props.noun}`}
          description={filtered ? '换个关键词或清除筛选再试。' : props.firstHint}>
          {!filtered && <Button onClick={props.onAdd}>{props.addLabel}</Button>}
        </EmptyNote>
      )}
      {list.state === 'done' && list.value.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table withTableBorder highlightOnHover verticalSpacing={6} horizontalSpacing="xs" fz="sm" data-testid={`${props.testId}-table`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={120}>编号</Table.Th>
                  {props.columns.map((c) => <Table.Th key={c.title} w={c.w} ta={c.right ? 'right' : undefined}>{c.title}</Table.Th>)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.value.rows.map((r) => (
                  <Table.Tr key={r.id} data-testid={`${props.testId}-row-${r.id}`} style={{ cursor: 'pointer' }}
                    onClick={(e) => { if (!(e.target instanceof HTMLElement && e.target.closest('a'))) void navigate(props.href(r.id)); }}>
                    <Table.Td>
                      <Anchor component={Link} to={props.href(r.id)} size="sm" ff="monospace" fw={600}>{r.number}</Anchor>
                    </Table.Td>
                    {props.columns.map((c) => <Table.Td key={c.title} ta={c.right ? 'right' : undefined}>{c.cell(r)}</Table.Td>)}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPages total={list.value.total} page={page} onPage={setPage} />
        </>
      )}
    </>
  );
}
