// The 案件 tab: newest first, filtered by words and by category, each row opening its case.
import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CASE_CATEGORIES, type CaseCategory, type CaseRow } from '../../../shared/cases';
import { formatWan } from '../../../shared/money';
import { call } from '../api';
import type { LedgerRefs } from '../lib/refs';
import { campaignFilterOptions } from './CampaignsField';
import { campaignCell } from './ClueList';
import { caseHref, categoryOptions, clueHref } from './casesText';
import { PagedList, type ListColumn } from './PagedList';
import { chineseDate } from '../../../shared/dates';

const columns = (refs: LedgerRefs | null): ListColumn<CaseRow>[] => [
  // A date on one line: 2020年11月11日 wrapped its 日 under a narrower column.
  { title: '立案日期', w: 124, cell: (r) => <Text size="sm" span style={{ whiteSpace: 'nowrap' }}>{chineseDate(r.openedOn)}</Text> },
  {
    title: '案件名称',
    cell: (r) => (
      <>
        <Text size="sm" lineClamp={2} span>{r.title}</Text>
        {r.supervision && <Badge ml={6} size="xs" color="red" variant="light">{r.supervision}挂牌督办</Badge>}
      </>
    ),
  },
  { title: '违规类别', w: 200, cell: (r) => <Text size="sm" lineClamp={2}>{CASE_CATEGORIES[r.category]}</Text> },
  { title: '涉及人员', w: 180, cell: (r) => <Text size="sm" lineClamp={2}>{r.concernedText || `${r.persons} 人次`}</Text> },
  { title: '金额（万元）', w: 90, right: true, cell: (r) => (r.amountFen ? formatWan(r.amountFen) : '—') },
  {
    title: '来源线索',
    w: 110,
    cell: (r) => (r.clueId !== null ? <Anchor component={Link} to={clueHref(r.clueId)} size="sm" ff="monospace">{r.clueNumber}</Anchor> : '—'),
  },
  { title: '专项行动', w: 150, cell: (r) => campaignCell(refs, r) },
];

export function CaseList({ onAdd, refs, initialCampaign }: { onAdd: () => void; refs: LedgerRefs | null; initialCampaign?: string | null }) {
  return (
    <PagedList<CaseRow>
      noun="案件" unit="件案件" testId="case" placeholder="搜索编号、名称、人员"
      filter={{ label: '违规类别', data: categoryOptions }}
      campaigns={refs ? campaignFilterOptions(refs) : undefined} initialCampaign={initialCampaign}
      load={({ search, filter, campaign, page, pageSize }) =>
        call('cases.list', { search, page, pageSize, categories: filter ? [filter as CaseCategory] : undefined, campaign: campaign ?? undefined })}
      href={caseHref}
      firstHint="在线索页点“转为案件”，或在这里点“登记案件”直接登记。" addLabel="登记案件" onAdd={onAdd}
      columns={columns(refs)}
    />
  );
}
