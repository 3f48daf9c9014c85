// The problem ledger (问题台账): problems with their rectification, every change
// kept in problem_history, and pages, filters and search done in SQLite.
import type { ProblemRow, ProblemSource } from '../../../shared/ledger';
import { warningLevel } from '../../../shared/ledger';
import { isRealDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { get, run, sql, sqlIdent, value } from '../db/sql';
import { campaignExists, campaignTitle } from '../campaigns/reads';
import { departmentExists, departmentName, personExists, personName } from '../org/reads';
import { flagRepeat } from './repeats';

export interface ProblemFields {
  source: ProblemSource;
  campaignId: string | null;
  category: string;
  description: string;
  departmentId: number | null;
  personId: number | null;
  foundOn: string;
  amountFen: number;
  note: string;
  measures: string;
  deadline: string | null;
  immediate: boolean;
}

/** Field name in the API → column in the table. */
export const COLUMNS: Record<keyof ProblemFields | 'status' | 'nextMilestone', string> = {
  source: 'source', campaignId: 'campaign_id', category: 'category', description: 'description', departmentId: 'department_id',
  personId: 'person_id', foundOn: 'found_on', amountFen: 'amount_fen', note: 'note', measures: 'measures', deadline: 'deadline',
  immediate: 'immediate', status: 'status', nextMilestone: 'next_milestone',
};

/** The department's name of a problem row `p`, for selects, sorts and groups. */
export const PROBLEM_DEPARTMENT = departmentName(sql`p.department_id`);

// Names of the campaign, department and person come from their owners' fragments
// (one primary-key lookup each, as the joins were), so the list stays one SELECT.
export const ROW_SELECT = sql`
  SELECT p.id, p.number, p.source, p.round_id AS roundId, p.element_id AS elementId, p.campaign_id AS campaignId,
         ${campaignTitle(sql`p.campaign_id`)} AS campaignTitle, p.category, p.description, p.department_id AS departmentId,
         ${PROBLEM_DEPARTMENT} AS department, p.person_id AS personId, ${personName(sql`p.person_id`)} AS person,
         p.found_on AS foundOn, p.amount_fen AS amountFen, p.note, p.measures,
         p.deadline, p.status, p.immediate, p.next_milestone AS nextMilestone, p.signed_off_by AS signedOffBy,
         p.signed_off_on AS signedOffOn, p.updated_at AS updatedAt,
         (SELECT json_object('onDate', g.on_date, 'text', g.text) FROM problem_progress g WHERE g.problem_id = p.id
          ORDER BY g.on_date DESC, g.id DESC LIMIT 1) AS latestProgress
  FROM problem p`;

/** A row of ROW_SELECT as SQLite gives it. */
export type RawRow = Omit<ProblemRow, 'immediate' | 'warning' | 'latestProgress'> & { immediate: number; latestProgress: string | null };

export function toRow(r: RawRow, today: string): ProblemRow {
  return {
    ...r,
    immediate: r.immediate === 1,
    warning: warningLevel(r.status, r.deadline, today),
    latestProgress: r.latestProgress === null ? null : (JSON.parse(r.latestProgress) as ProblemRow['latestProgress']),
  };
}

function check(db: Db, f: Partial<ProblemFields>): void {
  if (f.description !== undefined && !f.description.trim()) throw new AppError('descriptionRequired', '请填写问题描述', 'description');
  if (f.foundOn !== undefined && !isRealDate(f.foundOn)) throw new AppError('invalidDate', '发现时间不是有效日期', 'foundOn');
  if (f.deadline && !isRealDate(f.deadline)) throw new AppError('invalidDate', '整改时限不是有效日期', 'deadline');
  if (f.amountFen !== undefined && (!Number.isSafeInteger(f.amountFen) || f.amountFen < 0)) {
    throw new AppError('invalidAmount', '涉及金额应为不小于 0 的万元数', 'amountFen');
  }
  if (f.departmentId && !departmentExists(db, f.departmentId)) {
    throw new AppError('departmentNotFound', '所选科室不存在', 'departmentId');
  }
  if (f.personId && !personExists(db, f.personId)) {
    throw new AppError('personNotFound', '所选责任人不存在', 'personId');
  }
  if (f.campaignId && !campaignExists(db, f.campaignId)) {
    throw new AppError('campaignNotFound', '所选专项行动不存在', 'campaignId');
  }
}

/** WT2020-0001: the year it was found and a running number within that year. */
function nextNumber(db: Db, foundOn: string): string {
  const year = foundOn.slice(0, 4);
  const n = value<number>(
    db,
    sql`INSERT INTO problem_number (year, last) VALUES (${year}, 1) ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  return `WT${year}-${String(n).padStart(4, '0')}`;
}

export function createProblem(
  db: Db,
  f: ProblemFields,
  link: { roundId: number; elementId: string } | null,
  who: string,
  at: string,
): number {
  check(db, f);
  return db.transaction(() => {
    const number = nextNumber(db, f.foundOn);
    const id = Number(
      run(
        db,
        sql`INSERT INTO problem (number, source, round_id, element_id, campaign_id, category, description, department_id, person_id,
              found_on, amount_fen, note, measures, deadline, status, immediate, created_at, created_by, updated_at)
            VALUES (${number}, ${f.source}, ${link?.roundId ?? null}, ${link?.elementId ?? null}, ${f.campaignId}, ${f.category.trim()},
              ${f.description.trim()}, ${f.departmentId}, ${f.personId}, ${f.foundOn}, ${f.amountFen}, ${f.note}, ${f.measures},
              ${f.deadline}, 'pending', ${f.immediate ? 1 : 0}, ${at}, ${who}, ${at})`,
      ).lastInsertRowid,
    );
    recordHistory(db, id, 'created', null, '登记', who, at);
    flagRepeat(db, id, who, at);
    return id;
  })();
}

export function recordHistory(db: Db, id: number, field: string, old: unknown, value: unknown, who: string, at: string): void {
  const text = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));
  run(db, sql`INSERT INTO problem_history (problem_id, at, by, field, old, new) VALUES (${id}, ${at}, ${who}, ${field}, ${text(old)}, ${text(value)})`);
}

export function problemRow(db: Db, id: number, today: string): ProblemRow {
  const row = get<RawRow>(db, sql`${ROW_SELECT} WHERE p.id = ${id}`);
  if (!row) throw new AppError('problemNotFound', '找不到该问题', 'id');
  return toRow(row, today);
}

/** A problem's number (WT2020-0001), undefined when there is no such problem. */
export function problemNumber(db: Db, id: number): string | undefined {
  return value<string>(db, sql`SELECT number FROM problem WHERE id = ${id}`);
}

export function assertEditable(row: ProblemRow): void {
  if (row.status === 'signedOff') {
    throw new AppError('signedOff', `问题 ${row.number} 已销号，只能查看；如需修改，请先重新打开（须填写原因）`, 'id');
  }
}

/** Changes the fields given; each changed field leaves a history row. */
export function updateProblem(db: Db, id: number, patch: Partial<ProblemFields>, who: string, at: string, today: string): ProblemRow {
  const before = problemRow(db, id, today);
  assertEditable(before);
  check(db, patch);
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch) as [keyof ProblemFields, ProblemFields[keyof ProblemFields]][]) {
      if (value === undefined) continue; // { source: undefined } passes the partial schema: leave the field alone
      const old = before[key];
      const stored = typeof value === 'string' && key !== 'note' && key !== 'measures' ? value.trim() : value;
      if (old === stored) continue;
      const column = sqlIdent(COLUMNS[key]);
      run(db, sql`UPDATE problem SET ${column} = ${typeof stored === 'boolean' ? (stored ? 1 : 0) : stored}, updated_at = ${at} WHERE id = ${id}`);
      recordHistory(db, id, key, old, stored, who, at);
    }
  })();
  return problemRow(db, id, today);
}
