// The period a problem's pieces of evidence cover (材料所属期间), read and set for
// duties/evidencePeriod.ts, which checks the text for problem and round evidence
// alike. Imports only db/ and shared/, so it adds no import cycle.
import type { RectificationStatus } from '../../../shared/ledger';
import { attachedState, coversOf, setCovers, type AttachedFiles } from '../db/attachedFiles';
import type { Db } from '../db/open';

const PROBLEM_EVIDENCE: AttachedFiles = { files: 'problem_evidence', parent: 'problem', parentKey: 'problem_id' };

export const problemEvidenceCovers = (db: Db, ids: readonly number[]) => coversOf(db, PROBLEM_EVIDENCE, ids);
export const problemEvidenceState = (db: Db, id: number) => attachedState<RectificationStatus>(db, PROBLEM_EVIDENCE, id);
export const setProblemEvidenceCovers = (db: Db, id: number, covers: string) => setCovers(db, PROBLEM_EVIDENCE, id, covers);
