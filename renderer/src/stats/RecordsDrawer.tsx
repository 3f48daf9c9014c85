// The records behind a computed figure: each clue or case counted, what it adds to
// the figure, and how the figure was computed. Names of the persons concerned stay
// hidden until the officer asks for them.
import { Alert, Drawer, Group, Stack, Switch, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import type { StatsRecord, StatsRowView, StatsTableView } from '../../../shared/stats';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { useApi } from '../lib/useApi';

export interface FigureRef {
  row: StatsRowView;
  columnId: string;
}

interface Props {
  view: StatsTableView;
  figure: FigureRef | null;
  onClose: () => void;
}

export function RecordsDrawer({ view, figure, onClose }: Props) {
  const label = figure ? `${figure.row.label}${figure.row.sublabel ? ` — ${figure.row.sublabel}` : ''}` : '';
  const column = figure && figure.columnId ? view.columns.find((c) => c.id === figure.columnId)?.label : null;
  return (
    <Drawer opened={figure !== null} onClose={onClose} position="right" size={760} title={<Text fw={600}>数字来源</Text>}>
      {figure && (
        <Stack gap="sm" data-testid="stats-records">
          <Text size="sm" fw={600}>
            {figure.row.no ? `第 ${figure.row.no} 项 ` : ''}
            {label}
            {column ? `（${column}）` : ''}
          </Text>
          <Records key={`${figure.row.id}|${figure.columnId}`} view={view} figure={figure} />
        </Stack>
      )}
    </Drawer>
  );
}

function Records({ view, figure }: { view: StatsTableView; figure: FigureRef }) {
  const [names, setNames] = useState(false);
  const list = useApi(
    () => call('stats.records', {
      campaign: view.campaignId, tableId: view.tableId, rowId: figure.row.id, columnId: figure.columnId, period: view.period.key, names,
    }),
    [view.campaignId, view.tableId, view.period.key, figure.row.id, figure.columnId, names],
  );
  const unit = figure.row.unit ?? '';
  return (
    <>
      <Group justify="space-between">
        <Switch label="显示涉及人员姓名" checked={names} onChange={(e) => setNames(e.currentTarget.checked)} data-testid="stats-records-names" />
      </Group>
      {list.state === 'loading' && <LoadingBlock rows={3} label="正在列出记录" />}
      {list.state === 'error' && <ErrorAlert message={list.message} title="未能列出记录" />}
      {list.state === 'done' && (
        <>
          {list.value.how && <Alert variant="light" color="blue" p="xs"><Text size="sm" data-testid="stats-records-how">{list.value.how}</Text></Alert>}
          <DataTable<StatsRecord>
            withTableBorder
            striped
            minHeight={list.value.records.length ? undefined : 120}
            noRecordsText="统计期内没有计入该数字的线索或案件"
            idAccessor={(r) => `${r.kind}-${r.id}`}
            records={list.value.records}
            customRowAttributes={(r) => ({ 'data-testid': 'stats-record', 'data-number': r.number })}
            columns={[
              { accessor: 'date', title: '日期', width: 100 },
              { accessor: 'number', title: '编号', width: 120, render: (r) => <Text size="sm" ff="monospace">{r.number}</Text> },
              {
                accessor: 'summary', title: '摘要',
                render: (r) => (
                  <Stack gap={0}>
                    <Text size="sm" lineClamp={2}>{r.summary}</Text>
                    <Text size="xs" c="dimmed">{r.kind === 'clue' ? '线索' : '案件'} · {r.category}</Text>
                  </Stack>
                ),
              },
              ...(names ? [{ accessor: 'names' as const, title: '涉及人员', width: 140, render: (r: StatsRecord) => r.names || '—' }] : []),
              { accessor: 'contributes', title: `计入${unit ? `（${unit}）` : ''}`, width: 110, textAlign: 'right' as const },
            ]}
          />
          {list.value.truncated && <Text size="xs" c="dimmed">记录较多，只列出了前一部分。</Text>}
        </>
      )}
    </>
  );
}
