// The period each piece of evidence covers, for self-inspection items and problems
// alike; changed only while the round is open or the problem not yet signed off.
// Each kind of evidence is read and written by the part that owns it.
import { normalizeCovers } from '../../../shared/evidencePeriod';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { roundEvidenceCovers, roundEvidenceState, setRoundEvidenceCovers } from '../inspection/evidenceCovers';
import { problemEvidenceCovers, problemEvidenceState, setProblemEvidenceCovers } from '../ledger/evidenceCovers';

export type EvidenceScope = 'round' | 'problem';

interface Covers {
  read(db: Db, ids: readonly number[]): { id: number; covers: string }[];
  state(db: Db, id: number): { name: string; state: string } | undefined;
  write(db: Db, id: number, covers: string): void;
}

const SCOPES: Record<EvidenceScope, Covers> = {
  round: { read: roundEvidenceCovers, state: roundEvidenceState, write: setRoundEvidenceCovers },
  problem: { read: problemEvidenceCovers, state: problemEvidenceState, write: setProblemEvidenceCovers },
};

/** Each listed file's period ('' where none was given). */
export function evidenceCovers(db: Db, scope: EvidenceScope, ids: readonly number[]): Record<number, string> {
  return Object.fromEntries(SCOPES[scope].read(db, ids).map((r) => [r.id, r.covers]));
}

export function setEvidenceCovers(db: Db, scope: EvidenceScope, id: number, text: string): { id: number; covers: string } {
  const covers = normalizeCovers(text);
  if (covers === null) throw new AppError('badCovers', `“${text.trim().slice(0, 40)}”不是材料所属期间：请以年份开头，如“2023—2024年”“2020年1—6月”`, 'covers');
  const row = SCOPES[scope].state(db, id);
  if (!row) throw new AppError('evidenceNotFound', '找不到该佐证材料', 'id');
  if (row.state === 'closed') throw new AppError('roundClosed', `“${row.name}”所在的自查轮次已归档，只能查看`, 'id');
  if (row.state === 'signedOff') throw new AppError('signedOff', `“${row.name}”所属的问题已销号，只能查看`, 'id');
  SCOPES[scope].write(db, id, covers);
  return { id, covers };
}
