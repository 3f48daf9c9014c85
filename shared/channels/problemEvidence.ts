// The channels of a problem's 佐证材料 (整改佐证材料): the files that show the
// rectification was done, kept in the same store as self-inspection evidence.
import { z } from 'zod';
import { returns, rowId } from './common';

export interface ProblemEvidenceView {
  id: number;
  problemId: number;
  sha256: string;
  originalName: string;
  size: number;
  mime: string;
  addedBy: string;
  addedAt: string;
  removedAt: string | null;
}

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
