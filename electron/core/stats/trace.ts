// The records behind a computed figure: the campaign's clues or cases of the period that the
// measure counts, each with what it adds. Names only when the officer asks.
import { CASE_CATEGORIES, HANDLED_DISPOSALS, type CaseCategory } from '../../../shared/cases';
import { formatWan } from '../../../shared/money';
import { isMoneyMeasure, type Measure, type StatsPeriod, type StatsRecord } from '../../../shared/stats';
import type { Db } from '../db/open';
import { concernedSql } from '../cases/records';
import { CAMPAIGN_CASES, CAMPAIGN_CLUES } from './facts';

const CASE_EXPR: Record<Extract<Measure, { source: 'cases' }>['value'], string> = {
  cases: '1', amount: 'k.amount_fen', persons: 'k.persons', penalized: 'k.penalized', transferred: 'k.to_discipline + k.to_judicial',
  toDiscipline: 'k.to_discipline', toJudicial: 'k.to_judicial', agreement: '(k.agreement_action IS NOT NULL)',
  refund: 'k.refund_fen', supervised: '(k.supervision IS NOT NULL)',
};

const MAX_RECORDS = 2000;

const list = (xs: readonly string[]) => xs.map(() => '?').join(', ');

/** Null when the measure does not read clues or cases (answers, the hospital itself). */
export function traceRecords(db: Db, campaignId: string, m: Measure, period: StatsPeriod, names: boolean): { records: StatsRecord[]; truncated: boolean } | null {
  if (m.source === 'clues') {
    const where = ['c.received_on BETWEEN ? AND ?'];
    const params: (string | number)[] = [campaignId, period.start, period.end];
    if (m.channels.length) {
      where.push(`c.channel IN (${list(m.channels)})`);
      params.push(...m.channels);
    }
    if (m.handledOnly) {
      where.push(`c.disposal IN (${list(HANDLED_DISPOSALS)})`);
      params.push(...HANDLED_DISPOSALS);
    }
    const rows = db
      .prepare(
        `SELECT 'clue' AS kind, c.id, c.number, c.received_on AS date, c.channel AS category, c.summary, '1' AS contributes,
                ${names ? concernedSql('clue', 'c.id').text : 'NULL'} AS names
         FROM ${CAMPAIGN_CLUES} WHERE ${where.join(' AND ')} ORDER BY c.received_on, c.id LIMIT ?`,
      )
      .all(...params, MAX_RECORDS + 1) as StatsRecord[];
    return { records: rows.slice(0, MAX_RECORDS), truncated: rows.length > MAX_RECORDS };
  }
  if (m.source !== 'cases') return null;
  const expr = CASE_EXPR[m.value];
  const where = ['k.opened_on BETWEEN ? AND ?', `${expr} > 0`];
  const params: (string | number)[] = [campaignId, period.start, period.end];
  if (m.categories.length) {
    where.push(`k.category IN (${list(m.categories)})`);
    params.push(...m.categories);
  }
  const rows = db
    .prepare(
      `SELECT 'case' AS kind, k.id, k.number, k.opened_on AS date, k.category, k.title AS summary, ${expr} AS contributes,
              ${names ? concernedSql('case', 'k.id').text : 'NULL'} AS names
       FROM ${CAMPAIGN_CASES} WHERE ${where.join(' AND ')} ORDER BY k.opened_on, k.id LIMIT ?`,
    )
    .all(...params, MAX_RECORDS + 1) as (Omit<StatsRecord, 'contributes'> & { contributes: number })[];
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
