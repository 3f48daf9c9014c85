// The channels of 线索案件: clues (问题线索) and cases (案件), and their campaigns.
import { z } from 'zod';
import {
  AGREEMENT_ACTIONS, CASE_CATEGORY_KEYS, CLUE_CHANNELS, CLUE_DISPOSALS, CLUE_OUTCOMES, PERSON_ROLES, SUPERVISION_LEVELS,
  type CaseDetail, type CaseRow, type ClueDetail, type ClueRow, type Page,
} from '../cases';
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

export const casesChannels = {
  'cases.listClues': {
    input: z.strictObject({
      ...paging,
      channels: z.array(z.enum(CLUE_CHANNELS)).max(10).optional(),
      disposals: z.array(z.union([z.enum(CLUE_DISPOSALS), z.literal('none')])).max(10).optional(),
      campaign: campaignFilter,
    }),
    output: returns<Page<ClueRow>>(),
  },
  'cases.getClue': { input: z.strictObject({ id: rowId }), output: returns<ClueDetail>() },
  'cases.createClue': { input: clueFields, output: returns<ClueDetail>() },
  'cases.updateClue': {
    input: z.strictObject({ id: rowId, patch: clueFields.partial().extend({ problemIds: z.array(rowId).max(500).optional() }) }),
    output: returns<ClueDetail>(),
  },
  'cases.disposeClue': {
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
} as const;
