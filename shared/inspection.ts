// Self-inspection (自查): rounds, the questions a round asks, and the answers,
// validated the same way whether they come from the window or a workbook.
import { z } from 'zod';
import type { CampaignFile } from './campaign';
import { isRealDate } from './dates';
import { isWanPrecision } from './money';

export const PROGRESS_STATUSES = ['未启动', '推进中', '已完成', '持续推进'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** 12.5 or 99.99, not 33.333…: what a form's "%" blank takes. */
export function isPercentPrecision(n: number): boolean {
  return Number.isFinite(n) && Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
}

const count = z.number().int('应为整数').min(0, '不能为负数').max(10_000_000, '数字过大');

export const answerValueSchema = z.discriminatedUnion('kind', [
  /** 有/无 */
  z.strictObject({ kind: z.literal('yesno'), value: z.enum(['有', '无']) }),
  /** 抽查 N 人 / 违法违规 N 人 */
  z
    .strictObject({ kind: z.literal('sampled'), sampled: count, violating: count })
    .refine((v) => v.violating <= v.sampled, { message: '违法违规人数不能超过抽查人数', path: ['violating'] }),
  /** Integer fen, shown in 万元 with up to 4 decimals. */
  z.strictObject({
    kind: z.literal('amount'),
    fen: z.number().refine(isWanPrecision, '金额应为不小于 0 的万元数，最多 4 位小数'),
  }),
  z.strictObject({ kind: z.literal('count'), count }),
  z.strictObject({ kind: z.literal('persons'), byRole: z.record(z.string().max(20), count) }),
  z.strictObject({ kind: z.literal('text'), text: z.string().trim().min(1, '不能为空').max(5000, '不能超过 5000 字') }),
  z.strictObject({
    kind: z.literal('date'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD 格式').refine(isRealDate, '不是真实存在的日期'),
  }),
  /** 文号 as typed: a form of 〔2024〕12号 is the usual one, but a hospital's own numbering is kept as is. */
  z.strictObject({ kind: z.literal('docNumber'), number: z.string().trim().min(1, '不能为空').max(100, '不能超过 100 字') }),
  z.strictObject({ kind: z.literal('percent'), percent: z.number().min(0, '不能小于 0').max(100, '不能大于 100').refine(isPercentPrecision, '最多 2 位小数') }),
  /** A task of a 工作要点 campaign, answered as progress. */
  z.strictObject({
    kind: z.literal('progress'),
    status: z.enum(PROGRESS_STATUSES),
    done: z.string().max(5000, '不能超过 5000 字'),
  }),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export type AnswerValueKind = AnswerValue['kind'];

/** What a round asks about one element: a checklist item's answer kind, or a task's progress. */
export type Question =
  | { kind: 'yesno' }
  | { kind: 'sampled'; unit: string }
  | { kind: 'amount' }
  | { kind: 'count'; unit: string }
  | { kind: 'persons'; roles: string[]; unit: string }
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'docNumber' }
  | { kind: 'percent' }
  | { kind: 'progress' };

export const answerKindLabel: Record<AnswerValueKind, string> = {
  yesno: '有/无',
  sampled: '抽查/违法违规人数',
  amount: '金额（万元）',
  count: '数量',
  persons: '分类人数',
  text: '文字说明',
  date: '日期',
  docNumber: '文号',
  percent: '百分比（%）',
  progress: '推进情况',
};

export function questionOfItem(answer: CampaignFile['checklists'][number]['groups'][number]['items'][number]['answer']): Question {
  switch (answer.kind) {
    case 'amount':
      return { kind: 'amount' };
    case 'persons':
      return { kind: 'persons', roles: answer.roles, unit: answer.unit };
    default:
      return answer;
  }
}

/** Checks a value against its question beyond the schema: the kind, and the roles of persons. */
export function answerMismatch(question: Question, value: AnswerValue): string | null {
  if (question.kind !== value.kind) return `本项应按“${answerKindLabel[question.kind]}”作答`;
  if (question.kind === 'persons' && value.kind === 'persons') {
    const extra = Object.keys(value.byRole).filter((r) => !question.roles.includes(r));
    if (extra.length) return `本项没有“${extra.join('、')}”这一类，应为 ${question.roles.join('、')}`;
  }
  return null;
}

/** An answer that reveals a problem: 有 on a violation item, violations found, an amount or a count above zero. */
export function revealsProblem(value: AnswerValue | null): boolean {
  if (!value) return false;
  switch (value.kind) {
    case 'yesno':
      return value.value === '有';
    case 'sampled':
      return value.violating > 0;
    case 'amount':
      return value.fen > 0;
    case 'count':
      return value.count > 0;
    case 'persons':
      return Object.values(value.byRole).some((n) => n > 0);
    default:
      return false;
  }
}

export type RoundStatus = 'open' | 'closed';

export interface RoundSummary {
  id: number;
  campaignId: string;
  campaignTitle: string;
  name: string;
  periodStart: string | null;
  periodEnd: string | null;
  dueOn: string | null;
  status: RoundStatus;
  createdAt: string;
  progress: Progress;
}

export interface Progress {
  answered: number;
  applicable: number;
}

/** One element a round asks about, as the campaign defines it. */
export interface RoundQuestion {
  elementId: string;
  kind: 'item' | 'task';
  no: string;
  text: string;
  /** The checklist group or task section it belongs to. */
  group: string;
  groupId: string;
  note: string | null;
  question: Question;
}

export interface RoundElementView extends RoundQuestion {
  applicable: boolean;
  notApplicableReason: string;
  departmentId: number | null;
  personId: number | null;
  answer: AnswerValue | null;
  answerNote: string;
  answerRevision: number;
  updatedAt: string | null;
  updatedBy: string | null;
  evidenceCount: number;
  problemLinked: boolean;
  /** The ledger problem registered from this answer, when there is one. */
  problemId: number | null;
  /** The element no longer exists in the campaign's current revision. */
  retired: boolean;
}

export interface RoundDetail {
  round: RoundSummary;
  events: { at: string; kind: 'opened' | 'closed' | 'reopened'; by: string; reason: string }[];
  elements: RoundElementView[];
  byGroup: (Progress & { groupId: string; group: string })[];
  byDepartment: (Progress & { departmentId: number | null; department: string })[];
}

export interface EvidenceView {
  id: number;
  elementId: string;
  sha256: string;
  originalName: string;
  size: number;
  mime: string;
  addedBy: string;
  addedAt: string;
  removedAt: string | null;
}
