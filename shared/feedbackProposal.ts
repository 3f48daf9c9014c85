// Problems proposed from a feedback or rectification document (巡察/检查反馈意见, 问题清单,
// 整改进展通报, 整改情况报告), for the officer to review before they enter the problem
// ledger. Each keeps the span of the text it came from and what the parser flagged.
import { z } from 'zod';
import { PROBLEM_SOURCES } from './ledger';
import { proposalFlagSchema, sourceSpanSchema } from './noticeProposal';

/** The statuses a document can state: 完成 → 已完成, 阶段性完成 → 阶段性完成, 整改中; otherwise 待整改. */
export const FEEDBACK_STATUSES = ['pending', 'inProgress', 'staged', 'done'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');

export const feedbackProblemSchema = z.strictObject({
  id: z.string().max(40),
  /** The numbering as printed (反馈问题1, （一）, 3). */
  no: z.string().max(40),
  description: z.string().trim().min(1, '请填写问题描述').max(2000, '问题描述不能超过 2000 个字'),
  category: z.string().max(40),
  status: z.enum(FEEDBACK_STATUSES),
  /** The status as printed (整改状态：阶段性完成), null when none was. */
  statusOriginal: z.string().max(100).nullable(),
  /** 一是…二是…, one measure each. */
  measures: z.array(z.string().max(2000)).max(50),
  /** The responsible department as printed (责任科室：医务科). */
  department: z.string().max(100).nullable(),
  deadline: isoDate.nullable(),
  /** 阶段性完成 needs the next milestone's date; the deadline when printed. */
  nextMilestone: isoDate.nullable(),
  amountFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** Unticked by the officer: left out when the problems are added. */
  include: z.boolean(),
  span: sourceSpanSchema.nullable(),
  flags: z.array(proposalFlagSchema).max(20),
});
export type FeedbackProblem = z.infer<typeof feedbackProblemSchema>;

export const feedbackProposalSchema = z.strictObject({
  format: z.literal('zicha-feedback-proposal'),
  version: z.literal(1),
  source: z.strictObject({ name: z.string().max(260), text: z.string().max(5_000_000, '文本过长') }),
  title: z.string().max(500),
  /** Where the problems were found: 上级巡查 for 巡察/督导, 医保检查, 审计 … */
  problemSource: z.enum(PROBLEM_SOURCES),
  /** The date the feedback was given or the report dated; today when none is printed. */
  foundOn: isoDate.nullable(),
  problems: z.array(feedbackProblemSchema).max(2000),
  flags: z.array(proposalFlagSchema).max(200),
});
export type FeedbackProposal = z.infer<typeof feedbackProposalSchema>;

export const feedbackStatusLabel: Record<FeedbackStatus, string> = {
  pending: '待整改',
  inProgress: '整改中',
  staged: '阶段性完成',
  done: '已完成',
};
