// The records behind a computed figure: the campaign's clues or cases of the period that the
// measure counts, each with what it adds. Names only when the officer asks.
import { CASE_CATEGORIES, HANDLED_DISPOSALS, type CaseCategory } from '../../../shared/cases';
import { formatWan } from '../../../shared/money';
import { isMoneyMeasure, type Measure, type StatsPeriod, type StatsRecord } from '../../../shared/stats';
import { campaignCasesFrom, campaignCluesFrom, concernedNames } from '../cases/reads';
import type { Db } from '../db/open';
import { all, sql, sqlJoin, sqlList, type Sql } from '../db/sql';

const CASE_EXPR: Record<Extract<Measure, { source: 'cases' }>['value'], Sql> = {
  cases: sql`1`, amount: sql`k.amount_fen`, persons: sql`k.persons`, penalized: sql`k.penalized`, transferred: sql`k.to_discipline + k.to_judicial`,
  toDiscipline: sql`k.to_discipline`, toJudicial: sql`k.to_judicial`, agreement: sql`(k.agreement_action IS NOT NULL)`,
  refund: sql`k.refund_fen`, supervised: sql`(k.supervision IS NOT NULL)`,
};

const MAX_RECORDS = 2000;

/** Null when the measure does not read clues or cases (answers, the hospital itself). */
export function traceRecords(db: Db, campaignId: string, m: Measure, period: StatsPeriod, names: boolean): { records: StatsRecord[]; truncated: boolean } | null {
  if (m.source === 'clues') {
    const where = [sql`c.received_on BETWEEN ${period.start} AND ${period.end}`];
    if (m.channels.length) where.push(sql`c.channel IN ${sqlList(m.channels)}`);
    if (m.handledOnly) where.push(sql`c.disposal IN ${sqlList(HANDLED_DISPOSALS)}`);
    const rows = all<StatsRecord>(
      db,
      sql`SELECT 'clue' AS kind, c.id, c.number, c.received_on AS date, c.channel AS category, c.summary, '1' AS contributes,
                 ${names ? concernedNames('clue', sql`c.id`) : sql`NULL`} AS names
          FROM ${campaignCluesFrom(campaignId)} WHERE ${sqlJoin(where, sql` AND `)} ORDER BY c.received_on, c.id LIMIT ${MAX_RECORDS + 1}`,
    );
    return { records: rows.slice(0, MAX_RECORDS), truncated: rows.length > MAX_RECORDS };
  }
  if (m.source !== 'cases') return null;
  const expr = CASE_EXPR[m.value];
  const where = [sql`k.opened_on BETWEEN ${period.start} AND ${period.end}`, sql`${expr} > 0`];
  if (m.categories.length) where.push(sql`k.category IN ${sqlList(m.categories)}`);
  const rows = all<Omit<StatsRecord, 'contributes'> & { contributes: number }>(
    db,
    sql`SELECT 'case' AS kind, k.id, k.number, k.opened_on AS date, k.category, k.title AS summary, ${expr} AS contributes,
               ${names ? concernedNames('case', sql`k.id`) : sql`NULL`} AS names
        FROM ${campaignCasesFrom(campaignId)} WHERE ${sqlJoin(where, sql` AND `)} ORDER BY k.opened_on, k.id LIMIT ${MAX_RECORDS + 1}`,
  );
  const money = isMoneyMeasure(m);
  return {
    records: rows.slice(0, MAX_RECORDS).map((r) => ({
      ...r,
      category: CASE_CATEGORIES[r.category as CaseCategory] ?? r.category,
      contributes: money ? formatWan(r.contributes) : String(r.contributes),
    })),
    truncated: rows.length > MAX_RECORDS,
  };
}
