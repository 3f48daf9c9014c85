// A campaign proposed from a notice's text (新建专项行动: 从通知识别). It has the
// shape of the campaign file with two additions on every element: the span of the
// notice text it came from (so the review screen can highlight it) and the flags
// the parser raised on it (a date that does not exist, a phase without an end…).
// Accepting strips both and validates the rest as a campaign file.
import { z } from 'zod';
import {
  campaignKind,
  checklistGroupSchema,
  checklistItemSchema,
  checklistSchema,
  dutySchema,
  noticeSectionSchema,
  phaseSchema,
  sectionItemSchema,
  statisticsTableSchema,
  tableRowSchema,
  tableSectionSchema,
  taskSchema,
} from './campaign';

/** Offsets into `source.text`, end exclusive. */
export const sourceSpanSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type SourceSpan = z.infer<typeof sourceSpanSchema>;

export const FLAG_CODES = [
  /** A date the notice wrote that does not exist (6月31日); the stored date is corrected. */
  'impossibleDate',
  'phaseWithoutEnd',
  'phaseWithoutStart',
  /** The text refers to 附件N but does not contain it. */
  'annexMissing',
  /** A sentence that looks like a duty, deadline or assignment but went nowhere. */
  'unplaced',
  /** A task without lead units, a row without a unit, a header field not found. */
  'missing',
  /** The parser chose between readings; the officer should check. */
  'uncertain',
  /** A problem-list item aimed at someone other than the hospital (参保人员, 经办机构): 不适用, with the reason. */
  'notApplicable',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export const proposalFlagSchema = z.strictObject({
  code: z.enum(FLAG_CODES),
  message: z.string().max(500),
  span: sourceSpanSchema.nullable(),
});
export type ProposalFlag = z.infer<typeof proposalFlagSchema>;

const annotations = { span: sourceSpanSchema.nullable(), flags: z.array(proposalFlagSchema).max(100) };

export type { Target as NoticeTarget } from './campaign';

/**
 * A blank the form leaves for the answer (制定时间 年 月, 共 人, 共 万元, 整改率 %, 文号：), in the
 * order printed. The item's answer kind follows from them; the list stays on the proposal only.
 */
export const BLANK_KINDS = ['date', 'docNumber', 'persons', 'amount', 'percent', 'count', 'yesno'] as const;
export const noticeBlankSchema = z.strictObject({
  kind: z.enum(BLANK_KINDS),
  unit: z.string().max(10),
  /** The words around the blank as printed (共  人). */
  original: z.string().max(200),
});
export type NoticeBlank = z.infer<typeof noticeBlankSchema>;

/**
 * What the document is, which shapes the proposal: a campaign notice (tasks, phases,
 * duties), work points (tasks answered as progress), a problem list (groups of 有/无
 * checklist items), a fill-in statistics or self-check table (rows and items with their
 * blanks), or a feedback/rectification report (problems for the ledger).
 */
export const DOCUMENT_KINDS = ['campaign', 'workPoints', 'problemList', 'fillInTable', 'feedback'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const documentKindLabel: Record<DocumentKind, string> = {
  campaign: '专项行动通知',
  workPoints: '工作要点',
  problemList: '问题清单',
  fillInTable: '填报表',
  feedback: '反馈/整改报告',
};

export const proposedPhaseSchema = phaseSchema.extend(annotations);
export const proposedDutySchema = dutySchema.extend(annotations);
export const proposedTaskSchema = taskSchema.extend(annotations);
export const proposedItemSchema = checklistItemSchema.extend({ ...annotations, blanks: z.array(noticeBlankSchema).max(20).optional() });
export const proposedGroupSchema = checklistGroupSchema.extend({ ...annotations, items: z.array(proposedItemSchema) });
export const proposedChecklistSchema = checklistSchema.extend({ ...annotations, groups: z.array(proposedGroupSchema) });
export const proposedRowSchema = tableRowSchema.extend(annotations);
export const proposedSectionItemSchema = sectionItemSchema.extend(annotations);
export const proposedNoticeSectionSchema = noticeSectionSchema.extend({ ...annotations, items: z.array(proposedSectionItemSchema).max(200) });
export const proposedSectionSchema = tableSectionSchema.extend({ ...annotations, rows: z.array(proposedRowSchema) });
export const proposedTableSchema = statisticsTableSchema.extend({ ...annotations, sections: z.array(proposedSectionSchema) });

const maybeSpan = sourceSpanSchema.nullable();

export const noticeProposalSchema = z.strictObject({
  format: z.literal('zicha-notice-proposal'),
  version: z.literal(1),
  /** What kind of document the text was read as; older proposals without it were campaign notices. */
  kind: z.enum(DOCUMENT_KINDS).default('campaign'),
  /** The extracted text every span points into. */
  source: z.strictObject({ name: z.string().max(260), text: z.string().max(5_000_000, '通知文本过长') }),
  campaign: z.strictObject({
    id: z.string().max(64),
    revision: z.number().int().min(1),
    kind: campaignKind,
    // Header fields may be empty in a proposal; accepting reports what is still missing.
    title: z.string().max(500),
    issuers: z.array(z.string().max(200)).max(50),
    docNumber: z.string().max(100).nullable(),
    issuedOn: z.string().max(10).nullable(),
    period: z.strictObject({ start: z.string().max(10).nullable(), end: z.string().max(10).nullable(), original: z.string().max(2000) }),
    /** The years the inspection looks back on (对2023—2024年…进行检查), not a deadline; proposal only. */
    reviewPeriod: z
      .strictObject({ start: z.string().max(10), end: z.string().max(10), original: z.string().max(200), span: maybeSpan })
      .nullable()
      .optional(),
    scope: z.string().max(5000).nullable(),
    phases: z.array(proposedPhaseSchema).max(100),
    duties: z.array(proposedDutySchema).max(200),
    tasks: z.array(proposedTaskSchema).max(2000),
    checklists: z.array(proposedChecklistSchema).max(50),
    tables: z.array(proposedTableSchema).max(50),
    /** Sections that set no task (工作目标, 工作要求…), kept by kind; older proposals have none. */
    sections: z.array(proposedNoticeSectionSchema).max(50).default([]),
  }),
  /** Where the header fields were read. */
  spans: z.strictObject({
    title: maybeSpan,
    issuers: maybeSpan,
    docNumber: maybeSpan,
    issuedOn: maybeSpan,
    period: maybeSpan,
    scope: maybeSpan,
  }),
  /** Flags about the notice as a whole: missing annexes, sentences not placed. */
  flags: z.array(proposalFlagSchema).max(1000),
});
export type NoticeProposal = z.infer<typeof noticeProposalSchema>;
export type ProposedCampaign = NoticeProposal['campaign'];
export type ProposedPhase = z.infer<typeof proposedPhaseSchema>;
export type ProposedDuty = z.infer<typeof proposedDutySchema>;
export type ProposedTask = z.infer<typeof proposedTaskSchema>;
export type ProposedChecklist = z.infer<typeof proposedChecklistSchema>;
export type ProposedGroup = z.infer<typeof proposedGroupSchema>;
export type ProposedItem = z.infer<typeof proposedItemSchema>;
export type ProposedTable = z.infer<typeof proposedTableSchema>;
export type ProposedSection = z.infer<typeof proposedSectionSchema>;
export type ProposedRow = z.infer<typeof proposedRowSchema>;
export type ProposedNoticeSection = z.infer<typeof proposedNoticeSectionSchema>;
export type ProposedSectionItem = z.infer<typeof proposedSectionItemSchema>;

/** Every flag of a proposal, the document's and its elements', for summaries. */
export function allFlags(p: NoticeProposal): ProposalFlag[] {
  const c = p.campaign;
  return [
    ...p.flags,
    ...c.phases.flatMap((x) => x.flags),
    ...c.duties.flatMap((x) => x.flags),
    ...c.tasks.flatMap((x) => x.flags),
    ...c.checklists.flatMap((cl) => [...cl.flags, ...cl.groups.flatMap((g) => [...g.flags, ...g.items.flatMap((i) => i.flags)])]),
    ...c.tables.flatMap((t) => [...t.flags, ...t.sections.flatMap((s) => [...s.flags, ...s.rows.flatMap((r) => r.flags)])]),
    ...c.sections.flatMap((s) => [...s.flags, ...s.items.flatMap((i) => i.flags)]),
  ];
}
