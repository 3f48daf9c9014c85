// The 案件 tab: newest first, filtered by words and by category, each row opening its case.
import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CASE_CATEGORIES, type CaseCategory } from '../../../shared/cases';
import { formatWan } from '../../../shared/money';
import { call } from '../api';
import { EmptyNote } from '../components/EmptyNote';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { useApi } from '../lib/useApi';
import { caseHref, categoryOptions, clueHref } from './casesText';
import { ListControls, ListPages, PAGE_SIZE } from './ListControls';

export function CaseList({ onAdd }: { onAdd: () => void }) {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const list = useApi(
    () => call('cases.list', { search: search || undefined, page, pageSize: PAGE_SIZE, categories: category ? [category as CaseCategory] : undefined }),
    [search, category, page],
  );
  const filtered = Boolean(search || category);
  return (
    <>
      <ListControls placeholder="搜索编号、名称、人员" unit="件案件" total={list.state === 'done' ? list.value.total : null}
        onSearch={(t) => { setSearch(t); setPage(1); }}
        filter={{ label: '违规类别', data: categoryOptions, value: category, onChange: (v) => { setCategory(v); setPage(1); } }} />
      {list.state === 'loading' && <LoadingBlock rows={3} label="正在加载案件" />}
      {list.state === 'error' && <ErrorAlert message={list.message} title="未能加载案件" />}
      {list.state === 'done' && list.value.total === 0 && (
        <EmptyNote title={filtered ? '没有符合条件的案件' : '还没有案件'}
          description={filtered ? '换个关键词或清除筛选再试。' : '在线索页点“转为案件”，或在这里点“登记案件”直接登记。'}>
          {!filtered && <Button onClick={onAdd}>登记案件</Button>}
        </EmptyNote>
      )}
      {list.state === 'done' && list.value.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table withTableBorder highlightOnHover verticalSpacing={6} horizontalSpacing="xs" fz="sm" data-testid="case-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={120}>编号</Table.Th>
                  <Table.Th w={100}>立案日期</Table.Th>
                  <Table.Th>案件名称</Table.Th>
                  <Table.Th w={200}>违规类别</Table.Th>
                  <Table.Th w={180}>涉及人员</Table.Th>
                  <Table.Th w={90} ta="right">金额（万元）</Table.Th>
                  <Table.Th w={110}>来源线索</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.value.rows.map((r) => (
                  <Table.Tr key={r.id} data-testid={`case-row-${r.id}`} style={{ cursor: 'pointer' }}
                    onClick={(e) => { if (!(e.target instanceof HTMLElement && e.target.closest('a'))) void navigate(caseHref(r.id)); }}>
                    <Table.Td>
                      <Anchor component={Link} to={caseHref(r.id)} size="sm" ff="monospace" fw={600}>{r.number}</Anchor>
                    </Table.Td>
                    <Table.Td>{r.openedOn}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2} span>{r.title}</Text>
                      {r.supervision && <Badge ml={6} size="xs" color="red" variant="light">{r.supervision}挂牌督办</Badge>}
                    </Table.Td>
                    <Table.Td><Text size="sm" lineClamp={2}>{CASE_CATEGORIES[r.category]}</Text></Table.Td>
                    <Table.Td><Text size="sm" lineClamp={2}>{r.concernedText || `${r.persons} 人次`}</Text></Table.Td>
                    <Table.Td ta="right">{r.amountFen ? formatWan(r.amountFen) : '—'}</Table.Td>
                    <Table.Td>
                      {r.clueId !== null ? <Anchor component={Link} to={clueHref(r.clueId)} size="sm" ff="monospace">{r.clueNumber}</Anchor> : '—'}
                    </Table.Td>
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
