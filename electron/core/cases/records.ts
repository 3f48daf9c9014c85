// What clues and cases share: running numbers, the persons concerned, the history
// of every change, and the checks that the window's schema cannot make alone.
import type { HistoryEntry, PersonConcerned } from '../../../shared/cases';
import { isRealDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';

export type Owner = { kind: 'clue' | 'case'; id: number };
const column = (o: Owner) => (o.kind === 'clue' ? 'clue_id' : 'case_id');

/** XS2020-0001 (线索) or AJ2020-0001 (案件): the year of the date and a running number. */
export function nextNumber(db: Db, kind: 'XS' | 'AJ', date: string): string {
  const year = date.slice(0, 4);
  const n = db
    .prepare('INSERT INTO case_number (kind, year, last) VALUES (?, ?, 1) ON CONFLICT(kind, year) DO UPDATE SET last = last + 1 RETURNING last')
    .pluck()
    .get(kind, year) as number;
  return `${kind}${year}-${String(n).padStart(4, '0')}`;
}

export function checkDate(value: string | null | undefined, label: string, where: string): void {
  if (value && !isRealDate(value)) throw new AppError('invalidDate', `${label}“${value}”不是有效日期`, where);
}

export function checkConcerned(db: Db, persons: readonly PersonConcerned[] | undefined): void {
  const exists = db.prepare('SELECT 1 FROM department WHERE id = ?').pluck();
  persons?.forEach((p, i) => {
    if (!p.name.trim()) throw new AppError('nameRequired', `第 ${i + 1} 位涉及人员没有填写姓名`, `concerned[${i}].name`);
    if (p.departmentId !== null && !exists.get(p.departmentId)) {
      throw new AppError('departmentNotFound', `第 ${i + 1} 位涉及人员（${p.name}）所选的科室不存在`, `concerned[${i}].departmentId`);
    }
  });
}

/** Replaces the persons concerned; call inside a transaction. */
export function writeConcerned(db: Db, owner: Owner, persons: readonly PersonConcerned[]): void {
  db.prepare(`DELETE FROM concerned_person WHERE ${column(owner)} = ?`).run(owner.id);
  const add = db.prepare(`INSERT INTO concerned_person (${column(owner)}, sort, name, role, department_id) VALUES (?, ?, ?, ?, ?)`);
  persons.forEach((p, i) => add.run(owner.id, i, p.name.trim(), p.role, p.departmentId));
}

export function readConcerned(db: Db, owner: Owner): PersonConcerned[] {
  return db
    .prepare(
      `SELECT p.name, p.role, p.department_id AS departmentId, d.name AS department
       FROM concerned_person p LEFT JOIN department d ON d.id = p.department_id
       WHERE p.${column(owner)} = ? ORDER BY p.sort`,
    )
    .all(owner.id) as PersonConcerned[];
}

/** The SQL giving "张三（医师，骨科）、…" of each row; `key` is the owner's id column in the outer query. */
export function concernedSql(owner: Owner['kind'], key: string): string {
  return `(SELECT group_concat(cp.name || '（' || cp.role || COALESCE('，' || cd.name, '') || '）', '、')
           FROM (SELECT * FROM concerned_person WHERE ${owner === 'clue' ? 'clue_id' : 'case_id'} = ${key} ORDER BY sort) cp
           LEFT JOIN department cd ON cd.id = cp.department_id)`;
}

export function recordHistory(db: Db, owner: Owner, field: string, old: unknown, value: unknown, who: string, at: string): void {
  const text = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));
  db.prepare(`INSERT INTO case_history (${column(owner)}, at, by, field, old, new) VALUES (?, ?, ?, ?, ?, ?)`).run(
    owner.id, at, who, field, text(old), text(value),
  );
}

export function readHistory(db: Db, owner: Owner): HistoryEntry[] {
  return db
    .prepare(`SELECT at, by, field, old, new FROM case_history WHERE ${column(owner)} = ? ORDER BY id`)
    .all(owner.id) as HistoryEntry[];
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
