// The period a round's pieces of evidence cover (材料所属期间), read and set for
// duties/evidencePeriod.ts, which checks the text for round and problem evidence
// alike. Imports only db/ and shared/, so it adds no import cycle.
import type { RoundStatus } from '../../../shared/inspection';
import { attachedState, coversOf, setCovers, type AttachedFiles } from '../db/attachedFiles';
import type { Db } from '../db/open';

const ROUND_EVIDENCE: AttachedFiles = { files: 'evidence', parent: 'inspection_round', parentKey: 'round_id' };

export const roundEvidenceCovers = (db: Db, ids: readonly number[]) => coversOf(db, ROUND_EVIDENCE, ids);
export const roundEvidenceState = (db: Db, id: number) => attachedState<RoundStatus>(db, ROUND_EVIDENCE, id);
export const setRoundEvidenceCovers = (db: Db, id: number, covers: string) => setCovers(db, ROUND_EVIDENCE, id, covers);
