// What other parts may read of ledger/ (imports only db/ and shared/, so no cycle arises).
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, get, pluck, sql, sqlList, value, type Sql } from '../db/sql';

/** Every problem's id, oldest first. */
export function problemIds(db: Db): number[] {
  return pluck<number>(db, sql`SELECT id FROM problem ORDER BY id`);
}

export function problemExists(db: Db, id: number): boolean {
  return get(db, sql`SELECT 1 FROM problem WHERE id = ${id}`) !== undefined;
}

/** The problem raised from a round's item (undefined when none was). */
export function problemOfRoundElement(db: Db, roundId: number, elementId: string): number | undefined {
  return value<number>(db, sql`SELECT id FROM problem WHERE round_id = ${roundId} AND element_id = ${elementId}`);
}

/** The first problem raised from the item of the outer query's round and element columns, NULL when none was. */
export const firstProblemOfRoundElement = (roundId: Sql, elementId: Sql): Sql =>
  sql`(SELECT min(p.id) FROM problem p WHERE p.round_id = ${roundId} AND p.element_id = ${elementId})`;

export type ProblemBrief = Pick<Row<'problem'>, 'id' | 'number' | 'description' | 'status'>;

/** Number, description and status of the given problems, by id. */
export function problemBriefs(db: Db, ids: readonly number[]): ProblemBrief[] {
  return all<ProblemBrief>(db, sql`SELECT id, number, description, status FROM problem WHERE id IN ${sqlList(ids)} ORDER BY id`);
}
