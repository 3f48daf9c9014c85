// The 线索 tab: newest first, filtered by words and by disposal (未处置 finds the
// clues still waiting), each row opening its clue.
import { Text } from '@mantine/core';
import { CLUE_DISPOSALS, type ClueDisposal, type ClueRow } from '../../../shared/cases';
import { call } from '../api';
import { clueHref, disposalText } from './casesText';
import { PagedList, type ListColumn } from './PagedList';
import { chineseDate } from '../../../shared/dates';

const DISPOSAL_FILTER = [{ value: 'none', label: '未处置' }, ...CLUE_DISPOSALS.map((d) => ({ value: d, label: d }))];

const COLUMNS: ListColumn<ClueRow>[] = [
  { title: '收到日期', w: 112, cell: (r) => chineseDate(r.receivedOn) },
  { title: '线索来源', w: 150, cell: (r) => r.channel },
  { title: '摘要', cell: (r) => <Text size="sm" lineClamp={2}>{r.summary}</Text> },
  { title: '涉及人员', w: 200, cell: (r) => <Text size="sm" lineClamp={2}>{r.concernedText || '—'}</Text> },
  { title: '处置', w: 150, cell: (r) => <Text size="sm" c={r.disposal ? undefined : 'orange'}>{disposalText(r)}</Text> },
  { title: '案件', w: 60, cell: (r) => r.caseCount || '—' },
];

export function ClueList({ onAdd }: { onAdd: () => void }) {
  return (
    <PagedList<ClueRow>
      noun="线索" unit="条线索" testId="clue" placeholder="搜索编号、摘要、人员"
      filter={{ label: '处置方式', data: DISPOSAL_FILTER }}
      load={({ search, filter, page, pageSize }) =>
        call('clues.list', { search, page, pageSize, disposals: filter ? [filter as ClueDisposal | 'none'] : undefined })}
      href={clueHref}
      firstHint="收到信访举报、大数据筛查结果或上级交办的问题后，点“登记线索”记下来。" addLabel="登记线索" onAdd={onAdd}
      columns={COLUMNS}
    />
  );
}
