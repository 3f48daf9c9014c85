// The period each piece of evidence covers, for self-inspection items and problems
// alike; changed only while the round is open or the problem not yet signed off.
import { normalizeCovers } from '../../../shared/evidencePeriod';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';

export type EvidenceScope = 'round' | 'problem';
const TABLE: Record<EvidenceScope, string> = { round: 'evidence', problem: 'problem_evidence' };

/** Each listed file's period ('' where none was given). */
export function evidenceCovers(db: Db, scope: EvidenceScope, ids: readonly number[]): Record<number, string> {
  const get = db.prepare(`SELECT covers FROM ${TABLE[scope]} WHERE id = ?`).pluck();
  const out: Record<number, string> = {};
  for (const id of ids) {
    const covers = get.get(id) as string | undefined;
    if (covers !== undefined) out[id] = covers;
  }
  return out;
}

export function setEvidenceCovers(db: Db, scope: EvidenceScope, id: number, text: string): { id: number; covers: string } {
  const covers = normalizeCovers(text);
  if (covers === null) throw new AppError('badCovers', `“${text.trim().slice(0, 40)}”不是材料所属期间：请以年份开头，如“2023—2024年”“2020年1—6月”`, 'covers');
  const row = scope === 'round'
    ? (db.prepare('SELECT v.original_name AS name, r.status AS state FROM evidence v JOIN inspection_round r ON r.id = v.round_id WHERE v.id = ?').get(id) as { name: string; state: string } | undefined)
    : (db.prepare('SELECT v.original_name AS name, p.status AS state FROM problem_evidence v JOIN problem p ON p.id = v.problem_id WHERE v.id = ?').get(id) as { name: string; state: string } | undefined);
  if (!row) throw new AppError('evidenceNotFound', '找不到该佐证材料', 'id');
  if (row.state === 'closed') throw new AppError('roundClosed', `“${row.name}”所在的自查轮次已归档，只能查看`, 'id');
  if (row.state === 'signedOff') throw new AppError('signedOff', `“${row.name}”所属的问题已销号，只能查看`, 'id');
  db.prepare(`UPDATE ${TABLE[scope]} SET covers = ? WHERE id = ?`).run(covers, id);
  return { id, covers };
}
