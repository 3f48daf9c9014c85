// What other parts may read of ledger/ (imports only db/ and shared/, so no cycle arises).
import type { RectificationStatus } from '../../../shared/ledger';
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, get, pluck, sql, type Sql, sqlIdent, sqlJoin, sqlList, value } from '../db/sql';

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

/** Problems any of whose texts `matches` (a condition on one column), newest first; the texts in the order the catalog search reads them, the description first. */
export function problemsMatching(db: Db, matches: (column: Sql) => Sql, limit: number): { id: number; number: string; texts: string[] }[] {
  const where = sqlJoin(['description', 'measures', 'category', 'note', 'number'].map((c) => matches(sqlIdent(c))), sql` OR `);
  type Texts = Pick<Row<'problem'>, 'id' | 'number' | 'description' | 'measures' | 'category' | 'note'>;
  const rows = all<Texts>(db, sql`SELECT id, number, description, measures, category, note FROM problem WHERE ${where} ORDER BY id DESC LIMIT ${limit}`);
  return rows.map((r) => ({ id: r.id, number: r.number, texts: [r.description, r.measures, r.category, r.note, r.number] }));
}

/** How many problems the self-inspection rounds named found. */
export function countRoundProblems(db: Db, roundIds: readonly number[]): number {
  return value<number>(db, sql`SELECT count(*) FROM problem WHERE round_id IN ${sqlList(roundIds)}`) ?? 0;
}

/** A problem with a rectification deadline, for the calendar. */
export type ProblemDeadline = Pick<Row<'problem'>, 'id' | 'number' | 'description' | 'deadline' | 'campaign_id' | 'department_id'> & {
  deadline: string;
  status: RectificationStatus;
};

export function problemDeadlines(db: Db): ProblemDeadline[] {
  return all<ProblemDeadline>(db, sql`SELECT id, number, description, deadline, status, campaign_id, department_id FROM problem WHERE deadline IS NOT NULL`);
}
