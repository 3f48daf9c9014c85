// Statistics tables (统计表) filled from the records: what a row's figure is (a
// measure over clues, cases or self-inspection answers, or a hand-entered
// figure), and the table model that the window, the xlsx and the HTML writers share.
import { z } from 'zod';
import { CASE_CATEGORIES, CASE_CATEGORY_KEYS, CLUE_CHANNELS, HANDLED_DISPOSALS } from './cases';
import type { StatsPeriod } from './statsPeriod';

export type { StatsPeriod } from './statsPeriod';

const elementId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, '编号只能由小写字母、数字和 . _ - 组成');

/** What a case measure adds up. Money values are fen. */
export const CASE_VALUES = {
  cases: '案件数',
  amount: '涉案金额',
  persons: '涉及人员',
  penalized: '行政处罚人次',
  transferred: '移交纪检、司法人次',
  toDiscipline: '移交纪检人次',
  toJudicial: '移交司法人次',
  agreement: '暂停或解除医保服务协议的案件数',
  refund: '退回医保基金',
  supervised: '省、市级挂牌督办案件数',
} as const;
export type CaseValue = keyof typeof CASE_VALUES;
const CASE_VALUE_KEYS = Object.keys(CASE_VALUES) as [CaseValue, ...CaseValue[]];
export const MONEY_CASE_VALUES: readonly CaseValue[] = ['amount', 'refund'];

/** How an answer of a self-inspection item becomes a number. */
export const ANSWER_PICKS = {
  yes: '是否存在（有=1，无=0）',
  sampled: '抽查人数',
  violating: '违法违规人数',
  amount: '金额',
  count: '数量',
  role: '某类人员人数',
} as const;
export type AnswerPick = keyof typeof ANSWER_PICKS;

export const measureSchema = z.discriminatedUnion('source', [
  /** Clues received in the period (by date received). */
  z.strictObject({
    source: z.literal('clues'),
    handledOnly: z.boolean(),
    channels: z.array(z.enum(CLUE_CHANNELS)).max(CLUE_CHANNELS.length),
  }),
  /** Cases registered in the period (by date opened); no categories means every category. */
  z.strictObject({
    source: z.literal('cases'),
    value: z.enum(CASE_VALUE_KEYS),
    categories: z.array(z.enum(CASE_CATEGORY_KEYS)).max(CASE_CATEGORY_KEYS.length),
  }),
  /** Answers of the self-inspection round chosen for the period; several items add up ('yes': any of them). */
  z.strictObject({
    source: z.literal('answers'),
    itemIds: z.array(elementId).min(1, '请至少选择一个检查要点').max(50),
    pick: z.enum(Object.keys(ANSWER_PICKS) as [AnswerPick, ...AnswerPick[]]),
    role: z.string().max(20).nullable(),
  }),
  /** The hospital itself: 1 institution; inspected = a self-inspection round of this campaign in the period. */
  z.strictObject({ source: z.literal('self'), value: z.enum(['institution', 'inspected']) }),
]);
export type Measure = z.infer<typeof measureSchema>;

export function isMoneyMeasure(m: Measure): boolean {
  return (m.source === 'cases' && MONEY_CASE_VALUES.includes(m.value)) || (m.source === 'answers' && m.pick === 'amount');
}

const quoted = (xs: readonly string[]) => xs.map((x) => `“${x}”`).join('');

/** The sentence shown beside a computed figure: how it was computed. */
export function describeMeasure(m: Measure, period: StatsPeriod, roundName: string | null): string {
  const when = `${period.start} 至 ${period.end}`;
  switch (m.source) {
    case 'clues': {
      const channel = m.channels.length ? `经${quoted(m.channels)}渠道` : '各渠道';
      const handled = m.handledOnly ? `，其中已处置（${HANDLED_DISPOSALS.join('、')}）` : '';
      return `${when}${channel}收到的线索${handled}的条数`;
    }
    case 'cases': {
      const which = m.categories.length ? `类别为${quoted(m.categories.map((c) => CASE_CATEGORIES[c]))}的` : '';
      const money = MONEY_CASE_VALUES.includes(m.value) ? '（万元）' : '';
      return `${when}登记的${which}案件的${CASE_VALUES[m.value]}合计${money}`;
    }
    case 'answers': {
      const round = roundName ? `自查轮次“${roundName}”` : '本期自查轮次（尚无）';
      const items = m.itemIds.join('、');
      const what = m.pick === 'role' ? `${m.role ?? ''}人数` : ANSWER_PICKS[m.pick];
      return `${round}中检查要点 ${items} 的回答：${what}${m.itemIds.length > 1 ? (m.pick === 'yes' ? '（任一为有即为 1）' : '之和') : ''}`;
    }
    case 'self':
      return m.value === 'institution' ? '本院（1 家）' : `${when}本院是否开展了本专项行动的自查（是 1，否 0）`;
  }
}

/** Units whose figures must be whole numbers. */
export const WHOLE_UNITS = ['起', '件', '条', '人', '人次', '家', '个'] as const;

export type CellBasis = 'computed' | 'manual' | 'blank' | 'answer';

export interface StatsCell {
  /** '' for a table with one figure per row. */
  columnId: string;
  /** In the row's unit (万元 for money); null when blank. */
  value: number | null;
  /** As printed: "12.5", "3", "" or an answer's text (checklists). */
  text: string;
  basis: CellBasis;
  /** How a computed figure was computed; null otherwise. */
  how: string | null;
  /** The measure behind a computed figure (for a user campaign's mapping editor, and to list its records). */
  measure: Measure | null;
  /** A computed figure whose records can be listed. */
  traceable: boolean;
  /** Who entered a hand-entered figure, and when. */
  entered: { by: string; at: string } | null;
  /** Failed checks about this cell, in Chinese. */
  issues: string[];
}

export interface StatsRowView {
  id: string;
  no: string;
  label: string;
  sublabel: string | null;
  unit: string | null;
  /** Rows the label cell spans as the notice merges it; 0 when an earlier row's cell covers this one. */
  labelSpan: number;
  cells: StatsCell[];
  /** The 备注 column of a checklist. */
  remark: string;
}

export interface StatsSectionView {
  id: string;
  title: string;
  rows: StatsRowView[];
}

export interface StatsIssue {
  rowId: string | null;
  columnId: string | null;
  rule: 'whole' | 'parent' | 'lte' | 'eq' | 'agree' | 'setup' | 'empty';
  message: string;
}

export interface StatsTableView {
  campaignId: string;
  campaignTitle: string;
  tableId: string;
  kind: 'table' | 'checklist';
  annex: string | null;
  /** With the month where the notice prints "（ 月）". */
  title: string;
  period: StatsPeriod;
  /** The figure columns; one column with id '' when the table has one figure per row. */
  columns: { id: string; label: string }[];
  /** A table without a built-in mapping (a user campaign's): the officer maps its rows to measures. */
  mappable: boolean;
  /** The column this hospital fills (its institution class); null when it fills every column. */
  ownColumnId: string | null;
  /** Printed above the table: 填报单位, 填报时间 … filled from 设置. */
  headerFields: { label: string; value: string }[];
  /** Printed below the table (填报人 … on the 广西 tables, 检查人 on the checklist). */
  footerFields: { label: string; value: string }[];
  sections: StatsSectionView[];
  note: string | null;
  /** The round whose answers fill answer-based figures, if any. */
  round: { id: number; name: string } | null;
  issues: StatsIssue[];
  layout: {
    orientation: 'portrait' | 'landscape';
    numbered: boolean;
    sublabels: boolean;
    unitColumn: boolean;
    /** The column heads as the notice words them; label null when it shares the section's head (机构类型). */
    headings: { section: string; label: string | null; value: string };
  };
}

export interface StatsTableSummary {
  campaignId: string;
  tableId: string;
  kind: 'table' | 'checklist';
  annex: string | null;
  title: string;
}

export interface StatsRecord {
  kind: 'clue' | 'case';
  id: number;
  number: string;
  date: string;
  category: string;
  summary: string;
  /** What this record adds to the figure, in the row's unit. */
  contributes: string;
  /** Names of persons concerned; only when asked for. */
  names: string | null;
}

export interface StatsDue {
  campaignId: string;
  campaignTitle: string;
  tableIds: string[];
  due: string | null;
  monthly: boolean;
  /** The month a monthly report covers (YYYY-MM), for a recurring duty. */
  covers: string | null;
  /** 统计表：每月5日前报送，下次 12月5日 */
  text: string;
}
