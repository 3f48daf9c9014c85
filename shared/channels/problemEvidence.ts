// The channels of a problem's 佐证材料 (整改佐证材料): the files that show the
// rectification was done, kept in the same store as self-inspection evidence.
import { z } from 'zod';
import type { EvidenceView } from '../inspection';
import { returns, rowId } from './common';

/** The same file record as self-inspection evidence, attached to a problem instead of an item. */
export type ProblemEvidenceView = Omit<EvidenceView, 'elementId'> & { problemId: number };

const evidenceRef = z.strictObject({ id: rowId });

export const problemEvidenceChannels = {
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
} as const;
