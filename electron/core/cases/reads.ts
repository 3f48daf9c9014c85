// What other parts may read of clues and cases beyond their list functions. Imports
// only db/ and shared/, so any part may import this file without an import cycle.
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, sql, sqlIdent, sqlJoin, type Sql } from '../db/sql';

type Texts = { id: number; number: string; texts: string[] };
const anyOf = (columns: readonly string[], matches: (column: Sql) => Sql) => sqlJoin(columns.map((c) => matches(sqlIdent(c))), sql` OR `);

/** Clues any of whose texts `matches` (a condition on one column), newest first; the summary first among the texts. */
export function cluesMatching(db: Db, matches: (column: Sql) => Sql, limit: number): Texts[] {
  const where = anyOf(['summary', 'note', 'channel', 'number'], matches);
  const rows = all<Pick<Row<'clue'>, 'id' | 'number' | 'summary' | 'note' | 'channel'>>(
    db, sql`SELECT id, number, summary, note, channel FROM clue WHERE ${where} ORDER BY id DESC LIMIT ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, number: r.number, texts: [r.summary, r.note, r.channel, r.number] }));
}

/** Cases any of whose texts `matches`, newest first; the title first among the texts. */
export function casesMatching(db: Db, matches: (column: Sql) => Sql, limit: number): Texts[] {
  const where = anyOf(['title', 'note', 'category', 'number'], matches);
  const rows = all<Pick<Row<'case_record'>, 'id' | 'number' | 'title' | 'note' | 'category'>>(
    db, sql`SELECT id, number, title, note, category FROM case_record WHERE ${where} ORDER BY id DESC LIMIT ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, number: r.number, texts: [r.title, r.note, r.category, r.number] }));
}

/** A case as a case ledger (案件台账) lists it. */
export interface CaseLedgerRow {
  number: string;
  title: string;
  openedOn: string;
  closedOn: string | null;
  amountFen: number;
  persons: number;
  penalized: number;
  toDiscipline: number;
  toJudicial: number;
  note: string;
}

/** The cases linked to a campaign and opened within the dates, oldest first. */
export function campaignCasesOpened(db: Db, campaignId: string, start: string, end: string): CaseLedgerRow[] {
  return all<CaseLedgerRow>(
    db,
    sql`SELECT number, title, opened_on AS openedOn, closed_on AS closedOn, amount_fen AS amountFen, persons, penalized,
              to_discipline AS toDiscipline, to_judicial AS toJudicial, note
       FROM case_record
       WHERE opened_on BETWEEN ${start} AND ${end} AND id IN (SELECT case_id FROM case_campaign WHERE campaign_id = ${campaignId})
       ORDER BY opened_on, number`,
  );
}
