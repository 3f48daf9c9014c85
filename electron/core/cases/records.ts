// What clues and cases share: running numbers, the persons concerned, the history
// of every change, and the checks that the window's schema cannot make alone.
import type { HistoryEntry, PersonConcerned } from '../../../shared/cases';
import { isRealDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { all, run, sql, sqlIdent, value, type Sql } from '../db/sql';
import { departmentExists, departmentName } from '../org/reads';

export type Owner = { kind: 'clue' | 'case'; id: number };
const ownerColumn = (kind: Owner['kind']): Sql => sqlIdent(kind === 'clue' ? 'clue_id' : 'case_id');
const column = (o: Owner): Sql => ownerColumn(o.kind);

/** XS2020-0001 (线索) or AJ2020-0001 (案件): the year of the date and a running number. */
/** What a record's own page reads beyond its list row: its note and who entered it, as columns of `alias`. */
export type Entry = { note: string; createdAt: string; createdBy: string };
export const entryColumns = (alias: 'c' | 'k'): Sql =>
  sql`, ${sqlIdent(`${alias}.note`)}, ${sqlIdent(`${alias}.created_at`)} AS createdAt, ${sqlIdent(`${alias}.created_by`)} AS createdBy`;

export function nextNumber(db: Db, kind: 'XS' | 'AJ', date: string): string {
  const year = date.slice(0, 4);
  const n = value<number>(
    db,
    sql`INSERT INTO case_number (kind, year, last) VALUES (${kind}, ${year}, 1) ON CONFLICT(kind, year) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  // RETURNING gives the row inserted or updated: there is always one.
  if (n === undefined) throw new Error('case_number returned no row');
  return `${kind}${year}-${String(n).padStart(4, '0')}`;
}

export function checkDate(value: string | null | undefined, label: string, where: string): void {
  if (value && !isRealDate(value)) throw new AppError('invalidDate', `${label}“${value}”不是有效日期`, where);
}

export function checkConcerned(db: Db, persons: readonly PersonConcerned[] | undefined): void {
  persons?.forEach((p, i) => {
    if (!p.name.trim()) throw new AppError('nameRequired', `第 ${i + 1} 位涉及人员没有填写姓名`, `concerned[${i}].name`);
    if (p.departmentId !== null && !departmentExists(db, p.departmentId)) {
      throw new AppError('departmentNotFound', `第 ${i + 1} 位涉及人员（${p.name}）所选的科室不存在`, `concerned[${i}].departmentId`);
    }
  });
}

/** Replaces the persons concerned; call inside a transaction. */
export function writeConcerned(db: Db, owner: Owner, persons: readonly PersonConcerned[]): void {
  run(db, sql`DELETE FROM concerned_person WHERE ${column(owner)} = ${owner.id}`);
  persons.forEach((p, i) =>
    run(
      db,
      sql`INSERT INTO concerned_person (${column(owner)}, sort, name, role, department_id)
          VALUES (${owner.id}, ${i}, ${p.name.trim()}, ${p.role}, ${p.departmentId})`,
    ),
  );
}

export function readConcerned(db: Db, owner: Owner): PersonConcerned[] {
  return all<PersonConcerned>(
    db,
    sql`SELECT p.name, p.role, p.department_id AS departmentId, ${departmentName(sql`p.department_id`)} AS department
        FROM concerned_person p WHERE p.${column(owner)} = ${owner.id} ORDER BY p.sort`,
  );
}

/** The SQL giving "张三（医师，骨科）、…" of each row; `key` names the owner's id column in the outer query ('c.id'). */
export function recordHistory(db: Db, owner: Owner, field: string, old: unknown, value: unknown, who: string, at: string): void {
  const text = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));
  run(
    db,
    sql`INSERT INTO case_history (${column(owner)}, at, by, field, old, new)
        VALUES (${owner.id}, ${at}, ${who}, ${field}, ${text(old)}, ${text(value)})`,
  );
}

export function readHistory(db: Db, owner: Owner): HistoryEntry[] {
  return all<HistoryEntry>(db, sql`SELECT at, by, field, old, new FROM case_history WHERE ${column(owner)} = ${owner.id} ORDER BY id`);
}

/** Paging as the ledger does it: 1-based pages, at most 500 rows. */
export function pageOf(page: number | undefined, pageSize: number | undefined): { page: number; size: number; offset: number } {
  const size = Math.min(Math.max(1, pageSize ?? 50), 500);
  const p = Math.max(1, page ?? 1);
  return { page: p, size, offset: (p - 1) * size };
}

export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
