// The two ledgers show the same records with different columns: 问题台账 the problem,
// 整改台账 its rectification.
import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProblemRow, SortColumn } from '../../../shared/ledger';
import { ProblemStatusBadge } from './ProblemStatusBadge';
import { WarningBadge } from './WarningBadge';
import { chineseDate } from '../../../shared/dates';

export type LedgerVariant = 'problems' | 'rectification';

export interface LedgerColumn {
  key: string;
  label: string;
  sort?: SortColumn;
  width?: number;
  render: (r: ProblemRow) => ReactNode;
}

const dim = (text: string) => (
  <Text size="sm" c="dimmed" span>
    {text}
  </Text>
);
const clamp = (text: string, lines = 2, empty = '—') =>
  text.trim() ? (
    <Text size="sm" lineClamp={lines} title={text}>
      {text}
    </Text>
  ) : (
    dim(empty)
  );

const number: LedgerColumn = { key: 'number', label: '编号', sort: 'number', width: 100, render: (r) => <Text size="sm" ff="monospace">{r.number}</Text> };
const department: LedgerColumn = { key: 'department', label: '责任科室', sort: 'department', width: 100, render: (r) => r.department ?? dim('未指定') };
const person: LedgerColumn = { key: 'person', label: '责任人', width: 76, render: (r) => r.person ?? dim('—') };
const deadline: LedgerColumn = {
  key: 'deadline',
  label: '整改时限',
  sort: 'deadline',
  width: 120,
  render: (r) => (
    <Stack gap={2} align="flex-start">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{r.deadline ? chineseDate(r.deadline) : '未定'}</Text>
      <WarningBadge level={r.warning} size="xs" />
    </Stack>
  ),
};
const status: LedgerColumn = {
  key: 'status',
  label: '状态',
  sort: 'status',
  width: 128,
  render: (r) => (
    <Stack gap={2} align="flex-start">
      <ProblemStatusBadge status={r.status} size="sm" />
      {r.immediate && (
        <Text size="xs" c="dimmed">
          立行立改
        </Text>
      )}
    </Stack>
  ),
};
const note: LedgerColumn = { key: 'note', label: '备注', width: 140, render: (r) => clamp(r.note) };

const PROBLEM_COLUMNS: LedgerColumn[] = [
  number,
  { key: 'source', label: '问题来源', sort: 'source', width: 80, render: (r) => r.source },
  { key: 'foundOn', label: '发现时间', sort: 'foundOn', width: 120, render: (r) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{chineseDate(r.foundOn)}</Text> },
  {
    key: 'description',
    label: '问题描述',
    render: (r) => (
      <Stack gap={0}>
        {clamp(r.description)}
        {(r.campaignTitle || r.category) && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {[r.category, r.campaignTitle].filter(Boolean).join(' · ')}
          </Text>
        )}
      </Stack>
    ),
  },
  department,
  person,
  deadline,
  status,
  note,
];

const RECTIFICATION_COLUMNS: LedgerColumn[] = [
  number,
  {
    key: 'measures',
    label: '整改措施',
    render: (r) => (
      <Stack gap={0}>
        {clamp(r.measures, 2, '尚未填写整改措施')}
        <Text size="xs" c="dimmed" lineClamp={1} title={r.description}>
          问题：{r.description}
        </Text>
      </Stack>
    ),
  },
  department,
  person,
  deadline,
  {
    key: 'progress',
    label: '整改进展',
    width: 190,
    // The newest dated entry: enough to see whether anything is moving without opening the problem.
    render: (r) => (
      <Stack gap={2} data-testid={`latest-progress-${r.id}`}>
        {r.latestProgress ? (
          <Text size="sm" lineClamp={2} title={`${chineseDate(r.latestProgress.onDate)}　${r.latestProgress.text}`}>
            <Text span size="xs" c="dimmed" mr={6}>
              {chineseDate(r.latestProgress.onDate)}
            </Text>
            {r.latestProgress.text}
          </Text>
        ) : (
          dim('尚无进展记录')
        )}
        {r.status === 'staged' && r.nextMilestone && (
          <Text size="xs" c="cyan.8">
            下一节点 {chineseDate(r.nextMilestone)}
          </Text>
        )}
      </Stack>
    ),
  },
  status,
  { key: 'signedOffOn', label: '销号日期', width: 108, render: (r) => (r.signedOffOn ? chineseDate(r.signedOffOn) : dim('—')) },
  note,
];

export const columnsOf: Record<LedgerVariant, LedgerColumn[]> = { problems: PROBLEM_COLUMNS, rectification: RECTIFICATION_COLUMNS };
