// The 线索 tab: newest first, filtered by words and by disposal (未处置 finds the
// clues still waiting), each row opening its clue.
import { Anchor, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CLUE_DISPOSALS, type ClueDisposal } from '../../../shared/cases';
import { call } from '../api';
import { EmptyNote } from '../components/EmptyNote';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { useApi } from '../lib/useApi';
import { clueHref, disposalText } from './casesText';
import { ListControls, ListPages, PAGE_SIZE } from './ListControls';

const DISPOSAL_FILTER = [{ value: 'none', label: '未处置' }, ...CLUE_DISPOSALS.map((d) => ({ value: d, label: d }))];

export function ClueList({ onAdd }: { onAdd: () => void }) {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [disposal, setDisposal] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const list = useApi(
    () => call('clues.list', {
      search: search || undefined, page, pageSize: PAGE_SIZE,
      disposals: disposal ? [disposal as ClueDisposal | 'none'] : undefined,
    }),
    [search, disposal, page],
  );
  const filtered = Boolean(search || disposal);
  return (
    <>
      <ListControls placeholder="搜索编号、摘要、人员" unit="条线索" total={list.state === 'done' ? list.value.total : null}
        onSearch={(t) => { setSearch(t); setPage(1); }}
        filter={{ label: '处置方式', data: DISPOSAL_FILTER, value: disposal, onChange: (v) => { setDisposal(v); setPage(1); } }} />
      {list.state === 'loading' && <LoadingBlock rows={3} label="正在加载线索" />}
      {list.state === 'error' && <ErrorAlert message={list.message} title="未能加载线索" />}
      {list.state === 'done' && list.value.total === 0 && (
        <EmptyNote title={filtered ? '没有符合条件的线索' : '还没有线索'}
          description={filtered ? '换个关键词或清除筛选再试。' : '收到信访举报、大数据筛查结果或上级交办的问题后，点“登记线索”记下来。'}>
          {!filtered && <Button onClick={onAdd}>登记线索</Button>}
        </EmptyNote>
      )}
      {list.state === 'done' && list.value.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table withTableBorder highlightOnHover verticalSpacing={6} horizontalSpacing="xs" fz="sm" data-testid="clue-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={120}>编号</Table.Th>
                  <Table.Th w={100}>收到日期</Table.Th>
                  <Table.Th w={150}>线索来源</Table.Th>
                  <Table.Th>摘要</Table.Th>
                  <Table.Th w={200}>涉及人员</Table.Th>
                  <Table.Th w={150}>处置</Table.Th>
                  <Table.Th w={60}>案件</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.value.rows.map((r) => (
                  <Table.Tr key={r.id} data-testid={`clue-row-${r.id}`} style={{ cursor: 'pointer' }}
                    onClick={(e) => { if (!(e.target instanceof HTMLElement && e.target.closest('a'))) void navigate(clueHref(r.id)); }}>
                    <Table.Td>
                      <Anchor component={Link} to={clueHref(r.id)} size="sm" ff="monospace" fw={600}>{r.number}</Anchor>
                    </Table.Td>
                    <Table.Td>{r.receivedOn}</Table.Td>
                    <Table.Td>{r.channel}</Table.Td>
                    <Table.Td><Text size="sm" lineClamp={2}>{r.summary}</Text></Table.Td>
                    <Table.Td><Text size="sm" lineClamp={2}>{r.concernedText || '—'}</Text></Table.Td>
                    <Table.Td><Text size="sm" c={r.disposal ? undefined : 'orange'}>{disposalText(r)}</Text></Table.Td>
                    <Table.Td>{r.caseCount || '—'}</Table.Td>
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
