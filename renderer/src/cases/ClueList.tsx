// The 线索 tab: newest first, filtered by words and by disposal (未处置 finds the
// clues still waiting), each row opening its clue.
import { Text } from '@mantine/core';
import { CLUE_DISPOSALS, type ClueDisposal, type ClueRow } from '../../../shared/cases';
import { call } from '../api';
import type { LedgerRefs } from '../lib/refs';
import { campaignFilterOptions, campaignsText } from './CampaignsField';
import { clueHref, disposalText } from './casesText';
import { PagedList, type ListColumn } from './PagedList';
import { chineseDate } from '../../../shared/dates';

const DISPOSAL_FILTER = [{ value: 'none', label: '未处置' }, ...CLUE_DISPOSALS.map((d) => ({ value: d, label: d }))];

const columns = (refs: LedgerRefs | null): ListColumn<ClueRow>[] => [
  // A date on one line: 2020年11月11日 wrapped its 日 under a narrower column.
  { title: '收到日期', w: 124, cell: (r) => <Text size="sm" span style={{ whiteSpace: 'nowrap' }}>{chineseDate(r.receivedOn)}</Text> },
  { title: '线索来源', w: 150, cell: (r) => r.channel },
  { title: '摘要', cell: (r) => <Text size="sm" lineClamp={2}>{r.summary}</Text> },
  { title: '涉及人员', w: 200, cell: (r) => <Text size="sm" lineClamp={2}>{r.concernedText || '—'}</Text> },
  { title: '处置', w: 150, cell: (r) => <Text size="sm" c={r.disposal ? undefined : 'orange'}>{disposalText(r)}</Text> },
  { title: '案件', w: 60, cell: (r) => r.caseCount || '—' },
  { title: '专项行动', w: 150, cell: (r) => campaignCell(refs, r) },
];

export function campaignCell(refs: LedgerRefs | null, r: { campaignIds: string[]; review: unknown }) {
  if (r.review) return <Text size="sm" c="orange">待确认</Text>;
  const text = refs ? campaignsText(refs, r.campaignIds) : r.campaignIds.join('、') || '未关联';
  return <Text size="sm" lineClamp={2} title={text} c={r.campaignIds.length ? undefined : 'dimmed'} data-testid="row-campaigns">{text}</Text>;
}

export function ClueList({ onAdd, refs, initialCampaign }: { onAdd: () => void; refs: LedgerRefs | null; initialCampaign?: string | null }) {
  return (
    <PagedList<ClueRow>
      noun="线索" unit="条线索" testId="clue" placeholder="搜索编号、摘要、人员"
      filter={{ label: '处置方式', data: DISPOSAL_FILTER }}
      campaigns={refs ? campaignFilterOptions(refs) : undefined} initialCampaign={initialCampaign}
      load={({ search, filter, campaign, page, pageSize }) =>
        call('cases.listClues', { search, page, pageSize, disposals: filter ? [filter as ClueDisposal | 'none'] : undefined, campaign: campaign ?? undefined })}
      href={clueHref}
      firstHint="收到信访举报、大数据筛查结果或上级交办的问题后，点“登记线索”记下来。" addLabel="登记线索" onAdd={onAdd}
      columns={columns(refs)}
    />
  );
}
