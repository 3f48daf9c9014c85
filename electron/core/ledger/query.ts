// Reading the ledger without loading it: filters, full-text search, sorting and
// paging in SQLite; totals that add up; deadline warnings on a given day.
import {
  OPEN_STATUSES, WARNING_DAYS, totalsOf,
  type LedgerTotals, type ProblemPage, type ProblemQuery, type ProblemRow, type RectificationStatus, type SortColumn,
} from '../../../shared/ledger';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { ROW_SELECT, toRow } from './problems';

const SORT_SQL: Record<SortColumn, string> = {
  number: 'p.number', foundOn: 'p.found_on', deadline: 'p.deadline', status: 'p.status', department: 'd.name',
  source: 'p.source', amountFen: 'p.amount_fen', updatedAt: 'p.updated_at',
};

export const MAX_PAGE_SIZE = 500;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

interface Where {
  sql: string[];
  params: (string | number)[];
}

function whereOf(q: ProblemQuery, today: string): Where {
  const w: Where = { sql: [], params: [] };
  const list = <T extends string | number>(column: string, values: readonly T[] | undefined) => {
    if (!values?.length) return;
    w.sql.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    w.params.push(...values);
  };
  list('p.status', q.statuses);
  list('p.source', q.sources);
  if (q.unassigned) {
    const ids = q.departmentIds ?? [];
    w.sql.push(`(p.department_id IS NULL${ids.length ? ` OR p.department_id IN (${ids.map(() => '?').join(', ')})` : ''})`);
    w.params.push(...ids);
  } else {
    list('p.department_id', q.departmentIds);
  }
  if (q.campaignId) {
    w.sql.push('p.campaign_id = ?');
    w.params.push(q.campaignId);
  }
  if (q.immediate !== undefined) {
    w.sql.push('p.immediate = ?');
    w.params.push(q.immediate ? 1 : 0);
  }
  if (q.warning) {
    list('p.status', OPEN_STATUSES);
    const ranges = {
      red: ['p.deadline < ?', [today]],
      orange: ['p.deadline BETWEEN ? AND ?', [today, addDays(today, WARNING_DAYS.orange)]],
      yellow: ['p.deadline BETWEEN ? AND ?', [addDays(today, WARNING_DAYS.orange + 1), addDays(today, WARNING_DAYS.yellow)]],
    } as const;
    const [sql, params] = ranges[q.warning];
    w.sql.push(sql);
    w.params.push(...params);
  }
  // Control characters count as spaces: a NUL would end the FTS phrase early (“unterminated string”).
  const phrase = q.search?.replace(/[\s\u3000\u0000-\u001f]+/g, ' ').trim() ?? '';
  if (phrase) {
    if ([...phrase].length >= 3) {
      // Trigram full text for three characters or more; a phrase query, quotes escaped.
      w.sql.push('p.id IN (SELECT rowid FROM problem_fts WHERE problem_fts MATCH ?)');
      w.params.push(`"${phrase.replace(/"/g, '""')}"`);
    } else {
      const like = `%${phrase.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      w.sql.push("(p.number LIKE ? ESCAPE '\\' OR p.description LIKE ? ESCAPE '\\' OR p.measures LIKE ? ESCAPE '\\')");
      w.params.push(like, like, like);
    }
  }
  return w;
}

const clause = (w: Where) => (w.sql.length ? `WHERE ${w.sql.join(' AND ')}` : '');

export function listProblems(db: Db, q: ProblemQuery, today: string): ProblemPage {
  const pageSize = Math.min(Math.max(1, q.pageSize ?? 50), MAX_PAGE_SIZE);
  const page = Math.max(1, q.page ?? 1);
  const w = whereOf(q, today);
  const sort = q.sort ?? { column: 'number', direction: 'desc' };
  const column = SORT_SQL[sort.column];
  if (!column) throw new AppError('invalidSort', '不能按该列排序', 'sort');
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
  const from = `FROM problem p LEFT JOIN department d ON d.id = p.department_id ${clause(w)}`;
  const total = db.prepare(`SELECT count(*) ${from}`).pluck().get(...w.params) as number;
  const rows = db
    .prepare(`${ROW_SELECT} ${clause(w)} ORDER BY ${column} IS NULL, ${column} ${direction}, p.id ${direction} LIMIT ? OFFSET ?`)
    .all(...w.params, pageSize, (page - 1) * pageSize) as Parameters<typeof toRow>[0][];
  return { rows: rows.map((r) => toRow(r, today)), total, page, pageSize };
}

/** Every problem of a filter, in ledger order, for exports; no paging. */
export function allProblems(db: Db, q: ProblemQuery, today: string): ProblemRow[] {
  const w = whereOf(q, today);
  const rows = db.prepare(`${ROW_SELECT} ${clause(w)} ORDER BY p.number`).all(...w.params) as Parameters<typeof toRow>[0][];
  return rows.map((r) => toRow(r, today));
}

export function ledgerTotals(db: Db, q: ProblemQuery, today: string): LedgerTotals {
  const w = whereOf({ ...q, statuses: undefined }, today);
  const rows = db
    .prepare(`SELECT p.status, count(*) AS n, sum(p.immediate) AS immediate FROM problem p LEFT JOIN department d ON d.id = p.department_id ${clause(w)} GROUP BY p.status`)
    .all(...w.params) as { status: RectificationStatus; n: number; immediate: number }[];
  return totalsOf(Object.fromEntries(rows.map((r) => [r.status, r.n])), rows.reduce((n, r) => n + r.immediate, 0));
}

export type TotalsDimension = 'department' | 'source' | 'campaign';

/** Totals per department, source or campaign; each group's statuses add up to its total. */
export function totalsBy(db: Db, dimension: TotalsDimension): { key: string; label: string; totals: LedgerTotals }[] {
  const sql = {
    department: "SELECT coalesce(d.name, '未指定科室') AS label, coalesce(CAST(p.department_id AS TEXT), '') AS key, p.status, count(*) AS n, sum(p.immediate) AS im FROM problem p LEFT JOIN department d ON d.id = p.department_id GROUP BY key, p.status",
    source: 'SELECT p.source AS label, p.source AS key, p.status, count(*) AS n, sum(p.immediate) AS im FROM problem p GROUP BY p.source, p.status',
    campaign: "SELECT coalesce(c.title, '未关联专项行动') AS label, coalesce(p.campaign_id, '') AS key, p.status, count(*) AS n, sum(p.immediate) AS im FROM problem p LEFT JOIN campaign c ON c.id = p.campaign_id GROUP BY key, p.status",
  }[dimension];
  const groups = new Map<string, { label: string; counts: Partial<Record<RectificationStatus, number>>; immediate: number }>();
  for (const r of db.prepare(sql).all() as { key: string; label: string; status: RectificationStatus; n: number; im: number }[]) {
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
  const rows = db
    .prepare(
      `SELECT p.department_id AS departmentId, coalesce(d.name, '未指定科室') AS department,
              sum(p.deadline < ?) AS red, sum(p.deadline BETWEEN ? AND ?) AS orange, sum(p.deadline BETWEEN ? AND ?) AS yellow
       FROM problem p LEFT JOIN department d ON d.id = p.department_id
       WHERE p.status IN ('pending', 'inProgress', 'staged') AND p.deadline IS NOT NULL AND p.deadline <= ?
       GROUP BY p.department_id ORDER BY red DESC, orange DESC, yellow DESC`,
    )
    .all(
      today, today, addDays(today, WARNING_DAYS.orange), addDays(today, WARNING_DAYS.orange + 1), addDays(today, WARNING_DAYS.yellow),
      addDays(today, WARNING_DAYS.yellow),
    ) as WarningSummary[];
  return rows;
}
