// The period a problem's pieces of evidence cover (材料所属期间), read and set for
// duties/evidencePeriod.ts, which checks the text for problem and round evidence
// alike. Imports only db/ and shared/, so it adds no import cycle.
import type { RectificationStatus } from '../../../shared/ledger';
import type { Db } from '../db/open';
import { all, get, run, sql, sqlList } from '../db/sql';

export function problemEvidenceCovers(db: Db, ids: readonly number[]): { id: number; covers: string }[] {
  return all(db, sql`SELECT id, covers FROM problem_evidence WHERE id IN ${sqlList(ids)}`);
}

/** The file's name and its problem's status: a signed-off problem's evidence is only shown. */
export function problemEvidenceState(db: Db, id: number): { name: string; state: RectificationStatus } | undefined {
  return get(db, sql`SELECT v.original_name AS name, p.status AS state FROM problem_evidence v JOIN problem p ON p.id = v.problem_id WHERE v.id = ${id}`);
}

export function setProblemEvidenceCovers(db: Db, id: number, covers: string): void {
  run(db, sql`UPDATE problem_evidence SET covers = ${covers} WHERE id = ${id}`);
}
