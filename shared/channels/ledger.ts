// The channels of the problem and rectification ledgers: problems and their
// rectification, a problem's 佐证材料 (整改佐证材料: the files that show the
// rectification was done, kept in the same store as self-inspection evidence),
// the printable ledgers, the import template, and 反馈问题入台账 (paste or open a
// feedback or rectification document, review the proposed problems, add the
// chosen ones all or nothing).
import { z } from 'zod';
import { feedbackProposalSchema, type FeedbackProposal } from '../feedbackProposal';
import type { EvidenceView } from '../inspection';
import {
  PROBLEM_SOURCES, RECTIFICATION_STATUSES, SORTABLE_COLUMNS,
  type LedgerTotals, type ProblemDetail, type ProblemPage,
} from '../ledger';
import { LEDGER_KINDS } from '../ledgerDocument';
import type { ProblemImportError } from '../ledgerImport';
import { isoDate, noInput, returns, rowId, shortText } from './common';

export const problemFields = z.strictObject({
  source: z.enum(PROBLEM_SOURCES),
  campaignId: z.string().max(200).nullable(),
  category: shortText(40),
  description: z.string().trim().min(1, '请填写问题描述').max(2000, '不能超过 2000 个字'),
  departmentId: rowId.nullable(),
  personId: rowId.nullable(),
  foundOn: isoDate,
  amountFen: z.number().int('金额应为整数分').min(0, '金额不能为负数').max(Number.MAX_SAFE_INTEGER),
  note: shortText(2000),
  measures: shortText(5000),
  deadline: isoDate.nullable(),
  immediate: z.boolean(),
});

/** A row of a problem import, ready for createProblem. */
export type ImportedProblem = z.infer<typeof problemFields>;

/** What a problem import found: the rows it would add, or every error. */
export type ProblemImportPlan =
  | { ok: true; file: string; rows: ImportedProblem[] }
  | { ok: false; file: string; errors: ProblemImportError[] };

export const problemQuery = z.strictObject({
  search: shortText(100).optional(),
  statuses: z.array(z.enum(RECTIFICATION_STATUSES)).max(10).optional(),
  sources: z.array(z.enum(PROBLEM_SOURCES)).max(10).optional(),
  departmentIds: z.array(rowId).max(1000).optional(),
  unassigned: z.boolean().optional(),
  campaignId: z.string().max(200).optional(),
  warning: z.enum(['red', 'orange', 'yellow']).optional(),
  immediate: z.boolean().optional(),
  sort: z.strictObject({ column: z.enum(SORTABLE_COLUMNS), direction: z.enum(['asc', 'desc']) }).optional(),
  page: z.number().int().min(1).max(1_000_000).optional(),
  pageSize: z.number().int().min(1).max(500).optional(),
});

export interface TotalsView {
  totals: LedgerTotals;
  byDepartment: { key: string; label: string; totals: LedgerTotals }[];
  bySource: { key: string; label: string; totals: LedgerTotals }[];
  byCampaign: { key: string; label: string; totals: LedgerTotals }[];
}

/** What the window sees of a checked import: a plan to confirm, or every error. */
export type ProblemImportCheck =
  | { ok: true; planId: string; file: string; count: number }
  | { ok: false; file: string; errors: ProblemImportError[] };

/** The same file record as self-inspection evidence, attached to a problem instead of an item. */
export type ProblemEvidenceView = Omit<EvidenceView, 'elementId'> & { problemId: number };

const ledgerKind = z.enum(LEDGER_KINDS);
const evidenceRef = z.strictObject({ id: rowId });

export const ledgerChannels = {
  'ledger.list': { input: problemQuery, output: returns<ProblemPage>() },
  'ledger.totals': { input: problemQuery, output: returns<TotalsView>() },
  'ledger.warnings': {
    input: noInput,
    output: returns<{ departmentId: number | null; department: string; red: number; orange: number; yellow: number }[]>(),
  },
  'ledger.get': { input: z.strictObject({ id: rowId }), output: returns<ProblemDetail>() },
  'ledger.create': { input: problemFields, output: returns<ProblemDetail>() },
  'ledger.update': { input: z.strictObject({ id: rowId, patch: problemFields.partial() }), output: returns<ProblemDetail>() },
  'ledger.action': {
    input: z.strictObject({
      id: rowId,
      action: z.enum(['start', 'stage', 'resume', 'complete', 'verifyPass', 'verifyFail', 'signOff', 'reopen']),
      nextMilestone: isoDate.nullable().optional(),
      checker: shortText(40).optional(),
      findings: shortText(2000).optional(),
      reason: shortText(500).optional(),
      onDate: isoDate.optional(),
    }),
    output: returns<ProblemDetail>(),
  },
  'ledger.addProgress': {
    input: z.strictObject({ id: rowId, onDate: isoDate, text: z.string().trim().min(1, '请填写整改进展').max(2000, '不能超过 2000 个字') }),
    output: returns<ProblemDetail>(),
  },
  /** Asks where to save (a native dialog) and writes the ledger as filtered on screen; null when cancelled. */
  'ledger.export': {
    input: z.strictObject({ kind: ledgerKind, format: z.enum(['xlsx', 'pdf']), query: problemQuery }),
    output: returns<{ path: string; rows: number } | null>(),
  },
  /** Sends the ledger as filtered on screen to the printer (the system print dialog). */
  'ledger.print': {
    input: z.strictObject({ kind: ledgerKind, query: problemQuery }),
    output: returns<{ printed: boolean; rows: number }>(),
  },
  /** Asks where to save the blank import template; null when cancelled. */
  'ledger.importTemplate': { input: noInput, output: returns<{ path: string } | null>() },
  /** Asks for a filled template and checks it without changing anything; null when cancelled. */
  'ledger.planImport': { input: noInput, output: returns<ProblemImportCheck | null>() },
  'ledger.applyImport': {
    input: z.strictObject({ planId: z.string().min(1).max(100) }),
    output: returns<{ added: number; first: string | null; last: string | null }>(),
  },
  /** The signed-off problem this one repeats (屡查屡犯), if any. */
  'ledger.repeatOf': { input: z.strictObject({ id: rowId }), output: returns<{ id: number; number: string; description: string } | null>() },
  /** With includeRemoved, removed files too, so that a removal can be undone. */
  'ledger.evidenceList': {
    input: z.strictObject({ problemId: rowId, includeRemoved: z.boolean() }),
    output: returns<ProblemEvidenceView[]>(),
  },
  /** Asks for files (a file dialog) and attaches them; empty when cancelled. */
  'ledger.evidenceAdd': { input: z.strictObject({ problemId: rowId }), output: returns<ProblemEvidenceView[]>() },
  'ledger.evidenceRemove': { input: evidenceRef, output: returns<ProblemEvidenceView>() },
  'ledger.evidenceRestore': { input: evidenceRef, output: returns<ProblemEvidenceView>() },
  'ledger.evidencePreview': { input: evidenceRef, output: returns<{ mime: string; dataUrl: string; name: string }>() },
  /** Hands the stored file to its own program (Word, a PDF reader …). */
  'ledger.evidenceOpen': { input: evidenceRef, output: returns<null>() },
  /** Reads pasted text as a feedback or rectification document. */
  'ledger.parseFeedback': {
    input: z.strictObject({
      name: z.string().trim().max(260, '名称不能超过 260 个字').optional(),
      text: z.string().max(2_000_000, '粘贴的文字超过 200 万字').refine((t) => t.trim().length > 0, '请粘贴反馈意见或整改报告的文字'),
    }),
    output: returns<FeedbackProposal>(),
  },
  /** Adds the reviewed problems that are ticked to the ledger, optionally linked to a campaign. */
  'ledger.applyFeedback': {
    input: z.strictObject({
      proposal: feedbackProposalSchema,
      campaignId: z.string().max(200).nullable(),
      milestone: isoDate.nullable().optional(),
    }),
    output: returns<{ ids: number[]; numbers: string[] }>(),
  },
} as const;
