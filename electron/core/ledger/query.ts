// Reading the ledger without loading it: filters, full-text search, sorting and
// paging in SQLite; totals that add up; deadline warnings on a given day.
import {
  OPEN_STATUSES, WARNING_DAYS, totalsOf,
  type LedgerTotals, type ProblemPage, type ProblemQuery, type ProblemRow, type RectificationStatus, type SortColumn,
} from '../../../shared/ledger';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { all, sql, sqlEmpty, sqlIdent, sqlJoin, sqlList, value, type Sql } from '../db/sql';
import { campaignTitle } from '../campaigns/reads';
import { PROBLEM_DEPARTMENT, ROW_SELECT, toRow, type RawRow } from './problems';

const SORT_SQL: Record<SortColumn, Sql> = {
  number: sqlIdent('p.number'), foundOn: sqlIdent('p.found_on'), deadline: sqlIdent('p.deadline'), status: sqlIdent('p.status'),
  department: PROBLEM_DEPARTMENT, source: sqlIdent('p.source'), amountFen: sqlIdent('p.amount_fen'), updatedAt: sqlIdent('p.updated_at'),
};

export const MAX_PAGE_SIZE = 500;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The filter's conditions as one WHERE clause (empty when there are none). */
function whereOf(q: ProblemQuery, today: string): Sql {
  const w: Sql[] = [];
  const list = (column: Sql, values: readonly (string | number)[] | undefined) => {
    if (values?.length) w.push(sql`${column} IN ${sqlList(values)}`);
  };
  list(sql`p.status`, q.statuses);
  list(sql`p.source`, q.sources);
  if (q.unassigned) {
    const ids = q.departmentIds ?? [];
    w.push(ids.length ? sql`(p.department_id IS NULL OR p.department_id IN ${sqlList(ids)})` : sql`(p.department_id IS NULL)`);
  } else {
    list(sql`p.department_id`, q.departmentIds);
  }
  if (q.campaignId) w.push(sql`p.campaign_id = ${q.campaignId}`);
  if (q.immediate !== undefined) w.push(sql`p.immediate = ${q.immediate ? 1 : 0}`);
  if (q.warning) {
    list(sql`p.status`, OPEN_STATUSES);
    const ranges = {
      red: () => sql`p.deadline < ${today}`,
      orange: () => sql`p.deadline BETWEEN ${today} AND ${addDays(today, WARNING_DAYS.orange)}`,
      yellow: () => sql`p.deadline BETWEEN ${addDays(today, WARNING_DAYS.orange + 1)} AND ${addDays(today, WARNING_DAYS.yellow)}`,
    };
    w.push(ranges[q.warning]());
  }
  // Control characters count as spaces: a NUL would end the FTS phrase early (“unterminated string”).
  const phrase = q.search?.replace(/[\s\u3000\u0000-\u001f]+/g, ' ').trim() ?? '';
  if (phrase) {
    if ([...phrase].length >= 3) {
      // Trigram full text for three characters or more; a phrase query, quotes escaped.
      w.push(sql`p.id IN (SELECT rowid FROM problem_fts WHERE problem_fts MATCH ${`"${phrase.replace(/"/g, '""')}"`})`);
    } else {
      const like = `%${phrase.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      w.push(sql`(p.number LIKE ${like} ESCAPE '\\' OR p.description LIKE ${like} ESCAPE '\\' OR p.measures LIKE ${like} ESCAPE '\\')`);
    }
  }
  return w.length ? sql`WHERE ${sqlJoin(w, sql` AND `)}` : sqlEmpty;
}

export function listProblems(db: Db, q: ProblemQuery, today: string): ProblemPage {
  const pageSize = Math.min(Math.max(1, q.pageSize ?? 50), MAX_PAGE_SIZE);
  const page = Math.max(1, q.page ?? 1);
  const where = whereOf(q, today);
  const sort = q.sort ?? { column: 'number', direction: 'desc' };
  const column = SORT_SQL[sort.column];
  if (!column) throw new AppError('invalidSort', '不能按该列排序', 'sort');
  const direction = sort.direction === 'asc' ? sql`ASC` : sql`DESC`;
  const total = value<number>(db, sql`SELECT count(*) FROM problem p ${where}`) ?? 0;
  const rows = all<RawRow>(
    db,
    sql`${ROW_SELECT} ${where} ORDER BY ${column} IS NULL, ${column} ${direction}, p.id ${direction}
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  );
  return { rows: rows.map((r) => toRow(r, today)), total, page, pageSize };
}

/** Every problem of a filter, in ledger order, for exports; no paging. */
export function allProblems(db: Db, q: ProblemQuery, today: string): ProblemRow[] {
  return all<RawRow>(db, sql`${ROW_SELECT} ${whereOf(q, today)} ORDER BY p.number`).map((r) => toRow(r, today));
}

export function ledgerTotals(db: Db, q: ProblemQuery, today: string): LedgerTotals {
  const where = whereOf({ ...q, statuses: undefined }, today);
  const rows = all<{ status: RectificationStatus; n: number; immediate: number }>(
    db,
    sql`SELECT p.status, count(*) AS n, sum(p.immediate) AS immediate FROM problem p ${where} GROUP BY p.status`,
  );
  return totalsOf(Object.fromEntries(rows.map((r) => [r.status, r.n])), rows.reduce((n, r) => n + r.immediate, 0));
}

export type TotalsDimension = 'department' | 'source' | 'campaign';

/** Totals per department, source or campaign; each group's statuses add up to its total. */
export function totalsBy(db: Db, dimension: TotalsDimension): { key: string; label: string; totals: LedgerTotals }[] {
  const query = {
    department: sql`SELECT coalesce(${PROBLEM_DEPARTMENT}, '未指定科室') AS label, coalesce(CAST(p.department_id AS TEXT), '') AS key,
                      p.status, count(*) AS n, sum(p.immediate) AS im FROM problem p GROUP BY key, p.status`,
    source: sql`SELECT p.source AS label, p.source AS key, p.status, count(*) AS n, sum(p.immediate) AS im FROM problem p GROUP BY p.source, p.status`,
    campaign: sql`SELECT coalesce(${campaignTitle(sql`p.campaign_id`)}, '未关联专项行动') AS label, coalesce(p.campaign_id, '') AS key,
                    p.status, count(*) AS n, sum(p.immediate) AS im FROM problem p GROUP BY key, p.status`,
  }[dimension];
  const groups = new Map<string, { label: string; counts: Partial<Record<RectificationStatus, number>>; immediate: number }>();
  for (const r of all<{ key: string; label: string; status: RectificationStatus; n: number; im: number }>(db, query)) {
    const g = groups.get(r.key) ?? { label: r.label, counts: {}, immediate: 0 };
    g.counts[r.status] = r.n;
    g.immediate += r.im;
    groups.set(r.key, g);
  }
  return [...groups].map(([key, g]) => ({ key, label: g.label, totals: totalsOf(g.counts, g.immediate) }));
}

export interface WarningSummary {
  departmentId: number | null;
  department: string;
  red: number;
  orange: number;
  yellow: number;
}

/** What is overdue or due soon, per department, for the workbench. */
export function warningsByDepartment(db: Db, today: string): WarningSummary[] {
  const orange = addDays(today, WARNING_DAYS.orange);
  const yellow = [addDays(today, WARNING_DAYS.orange + 1), addDays(today, WARNING_DAYS.yellow)] as const;
  return all<WarningSummary>(
    db,
    sql`SELECT p.department_id AS departmentId, coalesce(${PROBLEM_DEPARTMENT}, '未指定科室') AS department,
               sum(p.deadline < ${today}) AS red, sum(p.deadline BETWEEN ${today} AND ${orange}) AS orange,
               sum(p.deadline BETWEEN ${yellow[0]} AND ${yellow[1]}) AS yellow
        FROM problem p
        WHERE p.status IN ('pending', 'inProgress', 'staged') AND p.deadline IS NOT NULL AND p.deadline <= ${yellow[1]}
        GROUP BY p.department_id ORDER BY red DESC, orange DESC, yellow DESC`,
  );
}
