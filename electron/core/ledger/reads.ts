// What other parts may read of the ledger beyond its query functions. Imports only
// db/ and shared/, so any part may import this file without an import cycle.
import type { RectificationStatus } from '../../../shared/ledger';
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, sql, sqlIdent, sqlJoin, sqlList, value, type Sql } from '../db/sql';

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
