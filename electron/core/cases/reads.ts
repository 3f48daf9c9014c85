// What other parts may read of cases/ (imports only db/ and shared/, so no cycle arises).
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, sql, type Sql, sqlIdent, sqlJoin } from '../db/sql';
import { departmentName } from '../org/reads';

/**
 * The campaign's clues as `c`, for a statistics query's FROM: joined through the link
 * table, so that each counts once however many campaigns it has.
 */
export function campaignCluesFrom(campaignId: string): Sql {
  return sql`clue c JOIN clue_campaign l ON l.clue_id = c.id AND l.campaign_id = ${campaignId}`;
}

/** The campaign's cases as `k`, for a statistics query's FROM (see campaignCluesFrom). */
export function campaignCasesFrom(campaignId: string): Sql {
  return sql`case_record k JOIN case_campaign l ON l.case_id = k.id AND l.campaign_id = ${campaignId}`;
}

/** "张三（医生，内科）、李四（护士）": the concerned persons of the clue or case whose id is `key`, in their order. */
export function concernedNames(kind: 'clue' | 'case', key: Sql): Sql {
  const owner = kind === 'clue' ? sql`clue_id` : sql`case_id`;
  return sql`(SELECT group_concat(cp.name || '（' || cp.role || COALESCE('，' || ${departmentName(sql`cp.department_id`)}, '') || '）', '、')
           FROM (SELECT * FROM concerned_person WHERE ${owner} = ${key} ORDER BY sort) cp)`;
}

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
