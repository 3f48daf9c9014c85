// The period a round's pieces of evidence cover (材料所属期间), read and set for
// duties/evidencePeriod.ts, which checks the text for round and problem evidence
// alike. Imports only db/ and shared/, so it adds no import cycle.
import type { RoundStatus } from '../../../shared/inspection';
import type { Db } from '../db/open';
import { all, get, run, sql, sqlList } from '../db/sql';

export function roundEvidenceCovers(db: Db, ids: readonly number[]): { id: number; covers: string }[] {
  return all(db, sql`SELECT id, covers FROM evidence WHERE id IN ${sqlList(ids)}`);
}

/** The file's name and its round's status: a closed round's evidence is only shown. */
export function roundEvidenceState(db: Db, id: number): { name: string; state: RoundStatus } | undefined {
  return get(db, sql`SELECT v.original_name AS name, r.status AS state FROM evidence v JOIN inspection_round r ON r.id = v.round_id WHERE v.id = ${id}`);
}

export function setRoundEvidenceCovers(db: Db, id: number, covers: string): void {
  run(db, sql`UPDATE evidence SET covers = ${covers} WHERE id = ${id}`);
}
