// The channels of 自查: rounds and their answers, a round carried over from an
// earlier one, department workbooks, and each item's 佐证材料.
import { z } from 'zod';
import { answerValueSchema, type EvidenceView, type RoundDetail, type RoundSummary } from '../inspection';
import type { WorkbookExport, WorkbookPlan } from '../workbook';
import { isoDate, noInput, returns, rowId, shortText } from './common';

const elementIds = z.array(z.string().min(1).max(64)).min(1, '请至少选择一项').max(10_000);
const roundRef = z.strictObject({ roundId: rowId });
const evidenceRef = z.strictObject({ id: rowId });
const roundFields = {
  name: z.string().trim().min(1, '请填写轮次名称').max(100, '不能超过 100 个字'),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
  dueOn: isoDate.nullable(),
};

export const inspectionChannels = {
  'inspection.rounds': {
    input: z.strictObject({ campaignId: z.string().max(200).optional() }).optional(),
    output: returns<RoundSummary[]>(),
  },
  'inspection.createRound': {
    input: z.strictObject({ campaignId: z.string().min(1).max(200), ...roundFields }),
    output: returns<RoundSummary>(),
  },
  /** A round started from an earlier one: items, 不适用 reasons and assignments carried; no answers. */
  'inspection.createRoundFrom': {
    input: z.strictObject({ fromRoundId: rowId, ...roundFields }),
    output: returns<RoundSummary & { carried: number }>(),
  },
  'inspection.round': { input: roundRef, output: returns<RoundDetail>() },
  'inspection.saveAnswer': {
    input: z.strictObject({
      roundId: rowId,
      elementId: z.string().min(1).max(64),
      value: answerValueSchema.nullable(),
      note: shortText(2000),
    }),
    output: returns<{ revision: number }>(),
  },
  'inspection.setApplicable': {
    input: z.strictObject({ roundId: rowId, elementIds, applicable: z.boolean(), reason: shortText(500) }),
    output: returns<null>(),
  },
  'inspection.assign': {
    input: z.strictObject({ roundId: rowId, elementIds, departmentId: rowId.nullable(), personId: rowId.nullable() }),
    output: returns<null>(),
  },
  'inspection.close': { input: roundRef, output: returns<RoundSummary>() },
  'inspection.reopen': { input: z.strictObject({ roundId: rowId, reason: shortText(500) }), output: returns<RoundSummary>() },
  'inspection.flagProblem': {
    input: z.strictObject({ roundId: rowId, elementId: z.string().min(1).max(64), summary: shortText(1000) }),
    output: returns<{ id: number }>(),
  },
  /** Asks which department workbooks to write and where (a folder dialog); null when cancelled. */
  'inspection.exportWorkbooks': {
    input: z.strictObject({ roundId: rowId, departmentIds: z.array(rowId).max(1000).optional() }),
    output: returns<{ folder: string; files: WorkbookExport[] } | null>(),
  },
  /** Asks for a filled workbook (a file dialog) and checks it without changing anything; null when cancelled. */
  'inspection.planImport': { input: noInput, output: returns<{ planId: string; plan: WorkbookPlan } | null>() },
  'inspection.applyImport': {
    input: z.strictObject({
      planId: z.string().min(1).max(100),
      choices: z.record(z.string().max(64), z.enum(['workbook', 'current'])),
    }),
    output: returns<{ applied: number; kept: number }>(),
  },
  'inspection.evidenceList': {
    input: z.strictObject({ roundId: rowId, elementId: z.string().min(1).max(64).nullable(), includeRemoved: z.boolean() }),
    output: returns<EvidenceView[]>(),
  },
  /** Asks for files (a file dialog) and attaches them; empty when cancelled. */
  'inspection.evidenceAdd': {
    input: z.strictObject({ roundId: rowId, elementId: z.string().min(1).max(64) }),
    output: returns<EvidenceView[]>(),
  },
  'inspection.evidencePreview': { input: evidenceRef, output: returns<{ mime: string; dataUrl: string; name: string }>() },
  'inspection.evidenceOpen': { input: evidenceRef, output: returns<null>() },
  'inspection.evidenceRemove': { input: evidenceRef, output: returns<EvidenceView>() },
  'inspection.evidenceRestore': { input: evidenceRef, output: returns<EvidenceView>() },
} as const;
