// The channels of clues, cases and the statistics tables filled from them.
import { z } from 'zod';
import {
  AGREEMENT_ACTIONS, CASE_CATEGORY_KEYS, CLUE_CHANNELS, CLUE_DISPOSALS, CLUE_OUTCOMES, PERSON_ROLES, SUPERVISION_LEVELS,
  type CaseDetail, type CaseRow, type ClueDetail, type ClueRow, type Page,
} from '../cases';
import { measureSchema, type StatsDue, type StatsIssue, type StatsRecord, type StatsTableSummary, type StatsTableView } from '../stats';
import { isoDate, noInput, returns, rowId, shortText } from './common';

const count = (label: string) => z.number().int(`${label}应为整数`).min(0, `${label}不能为负数`).max(1_000_000, `${label}过大`);
const fen = (label: string) => z.number().int(`${label}应为整数分`).min(0, `${label}不能为负数`).max(Number.MAX_SAFE_INTEGER, `${label}过大`);
const paging = {
  search: shortText(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.number().int().min(1).max(1_000_000).optional(),
  pageSize: z.number().int().min(1).max(500).optional(),
};

export const concernedSchema = z.strictObject({
  name: z.string().trim().min(1, '请填写涉及人员姓名').max(40, '姓名不能超过 40 个字'),
  role: z.enum(PERSON_ROLES),
  departmentId: rowId.nullable(),
});

const campaignIds = z.array(z.string().min(1).max(200)).max(50, '最多关联 50 个专项行动');
/** A list filter: one campaign's records, or 'none' for those with no campaign, or 'review' for those awaiting the officer. */
const campaignFilter = z.string().min(1).max(200).optional();

export const clueFields = z.strictObject({
  receivedOn: isoDate,
  channel: z.enum(CLUE_CHANNELS),
  summary: z.string().trim().min(1, '请填写线索摘要').max(2000, '不能超过 2000 个字'),
  campaignIds,
  concerned: z.array(concernedSchema).max(50, '涉及人员不能超过 50 人'),
  note: shortText(2000),
});

export const caseFields = z.strictObject({
  clueId: rowId.nullable(),
  campaignIds,
  title: z.string().trim().min(1, '请填写案件名称').max(200, '不能超过 200 个字'),
  category: z.enum(CASE_CATEGORY_KEYS),
  openedOn: isoDate,
  closedOn: isoDate.nullable(),
  amountFen: fen('涉案金额'),
  persons: count('涉及人员人次'),
  penalized: count('行政处罚人次'),
  toDiscipline: count('移交纪检人次'),
  toJudicial: count('移交司法人次'),
  agreementAction: z.enum(AGREEMENT_ACTIONS).nullable(),
  refundFen: fen('退回医保基金'),
  supervision: z.enum(SUPERVISION_LEVELS).nullable(),
  concerned: z.array(concernedSchema).max(50, '涉及人员不能超过 50 人'),
  note: shortText(2000),
});

const campaign = z.string().trim().min(1, '请指定专项行动').max(200, '过长');
const tableId = z.string().min(1, '请指定统计表').max(64);
const period = z.string().trim().min(1, '请指定统计期').max(20, '统计期格式不对');
const cell = { campaign, tableId, rowId: z.string().min(1).max(64), columnId: z.string().max(64), period };

export const caseChannels = {
  'clues.list': {
    input: z.strictObject({
      ...paging,
      channels: z.array(z.enum(CLUE_CHANNELS)).max(10).optional(),
      disposals: z.array(z.union([z.enum(CLUE_DISPOSALS), z.literal('none')])).max(10).optional(),
      campaign: campaignFilter,
    }),
    output: returns<Page<ClueRow>>(),
  },
  'clues.get': { input: z.strictObject({ id: rowId }), output: returns<ClueDetail>() },
  'clues.create': { input: clueFields, output: returns<ClueDetail>() },
  'clues.update': {
    input: z.strictObject({ id: rowId, patch: clueFields.partial().extend({ problemIds: z.array(rowId).max(500).optional() }) }),
    output: returns<ClueDetail>(),
  },
  'clues.dispose': {
    input: z.strictObject({ id: rowId, disposal: z.enum(CLUE_DISPOSALS), disposedOn: isoDate, outcome: z.enum(CLUE_OUTCOMES).nullable() }),
    output: returns<ClueDetail>(),
  },
  'cases.list': {
    input: z.strictObject({ ...paging, categories: z.array(z.enum(CASE_CATEGORY_KEYS)).max(50).optional(), campaign: campaignFilter }),
    output: returns<Page<CaseRow>>(),
  },
  'cases.get': { input: z.strictObject({ id: rowId }), output: returns<CaseDetail>() },
  'cases.create': { input: caseFields, output: returns<CaseDetail>() },
  'cases.update': { input: z.strictObject({ id: rowId, patch: caseFields.partial() }), output: returns<CaseDetail>() },
  'cases.delete': { input: z.strictObject({ id: rowId }), output: returns<null>() },
  /** How many clues and cases an upgrade left for the officer to place in their campaigns. */
  'cases.linkReview': { input: noInput, output: returns<{ clues: number; cases: number }>() },
  'stats.tables': { input: z.strictObject({ campaign }), output: returns<StatsTableSummary[]>() },
  'stats.compute': {
    input: z.strictObject({ campaign, tableId, period, roundId: rowId.nullable().optional() }),
    output: returns<StatsTableView>(),
  },
  /** A hand-entered figure for the period; null or '' clears it. */
  'stats.setManual': {
    input: z.strictObject({ ...cell, value: z.string().max(30, '数字过长').nullable() }),
    output: returns<StatsTableView>(),
  },
  /** How a cell is computed: a measure, null for by hand, 'default' for the built-in mapping. */
  'stats.setMeasure': {
    input: z.strictObject({ ...cell, measure: z.union([measureSchema, z.null(), z.literal('default')]) }),
    output: returns<StatsTableView>(),
  },
  'stats.records': {
    input: z.strictObject({ ...cell, names: z.boolean() }),
    output: returns<{ how: string | null; records: StatsRecord[]; truncated: boolean }>(),
  },
  'stats.check': {
    input: z.strictObject({ campaign, tableId: tableId.optional(), period }),
    output: returns<{ tables: { tableId: string; annex: string | null; title: string; issues: StatsIssue[] }[] }>(),
  },
  /**
   * Asks where to save (a native dialog) and writes the tables; a table that fails
   * its checks is written only with acceptFailures (the window warns first).
   */
  'stats.exportXlsx': {
    input: z.strictObject({
      campaign, tableId: tableId.optional(), period, detail: z.boolean(), names: z.boolean(), acceptFailures: z.boolean(),
    }),
    output: returns<{ path: string; issues: StatsIssue[] } | { blocked: StatsIssue[] } | null>(),
  },
  /** The same as stats.exportXlsx, printed to PDF through Chromium (no 明细 sheet). */
  'stats.exportPdf': {
    input: z.strictObject({ campaign, tableId: tableId.optional(), period, acceptFailures: z.boolean() }),
    output: returns<{ path: string; issues: StatsIssue[] } | { blocked: StatsIssue[] } | null>(),
  },
  'stats.dues': { input: noInput, output: returns<StatsDue[]>() },
} as const;
