// The hospital itself: its profile, departments (科室) and people, reused by every
// feature (assignees, responsible persons, document headers).
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { hasSetting, readSetting, writeSetting } from '../db/settings';
import { all, run, sql, value } from '../db/sql';
import { departmentExists } from './reads';

export const hospitalSchema = z.strictObject({
  name: z.string().max(100),
  level: z.string().max(40),
  category: z.string().max(40),
  ownership: z.string().max(40),
  region: z.string().max(60),
});
export type Hospital = z.infer<typeof hospitalSchema>;

export interface Department {
  id: number;
  name: string;
  category: string;
}

export interface Person {
  id: number;
  name: string;
  departmentId: number | null;
  departmentName: string | null;
  title: string;
  phone: string;
}

export interface Org {
  hospital: Hospital | null;
  departments: Department[];
  people: Person[];
}

export function getHospital(db: Db): Hospital | null {
  const stored = readSetting(db, 'hospital');
  return stored ? hospitalSchema.parse(JSON.parse(stored)) : null;
}

export function setHospital(db: Db, hospital: Hospital): void {
  writeSetting(db, 'hospital', JSON.stringify(hospitalSchema.parse(hospital)));
}

export function addDepartment(db: Db, name: string, category: string, sortOrder: number): number {
  return Number(run(db, sql`INSERT INTO department (name, category, sort_order) VALUES (${name}, ${category}, ${sortOrder})`).lastInsertRowid);
}

export function addPerson(db: Db, p: { name: string; departmentId: number | null; title: string; phone: string }): number {
  return Number(
    run(db, sql`INSERT INTO person (name, department_id, title, phone) VALUES (${p.name}, ${p.departmentId}, ${p.title}, ${p.phone})`)
      .lastInsertRowid,
  );
}

export function getOrg(db: Db): Org {
  const departments = all<Department>(db, sql`SELECT id, name, category FROM department ORDER BY sort_order, id`);
  const people = all<Person>(
    db,
    sql`SELECT p.id, p.name, p.department_id AS departmentId, d.name AS departmentName, p.title, p.phone
        FROM person p LEFT JOIN department d ON d.id = p.department_id ORDER BY d.sort_order, p.id`,
  );
  return { hospital: getHospital(db), departments, people };
}

/** True when the database holds anything the office entered (not just the catalog). */
export function hasOfficeData(db: Db): boolean {
  const rows = value<number>(db, sql`SELECT (SELECT count(*) FROM department) + (SELECT count(*) FROM person)`) ?? 0;
  return rows > 0 || hasSetting(db, 'hospital');
}

const DEFAULT_OPERATOR = '本机用户';

/** Who is working at this PC: recorded with every answer, file and sign-off. */
export function getOperator(db: Db): string {
  return readSetting(db, 'operator') ?? DEFAULT_OPERATOR;
}

export function setOperator(db: Db, name: string): void {
  const trimmed = name.trim();
  if (!trimmed) throw new AppError('nameRequired', '请填写当前操作人姓名', 'operator');
  writeSetting(db, 'operator', trimmed);
}

function uniqueName(e: unknown, name: string): never {
  if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
    throw new AppError('departmentExists', `已有名为“${name}”的科室`, 'name');
  }
  throw e;
}

export function saveDepartment(db: Db, d: { id: number | null; name: string; category: string }): number {
  const name = d.name.trim();
  if (!name) throw new AppError('nameRequired', '请填写科室名称', 'name');
  try {
    if (d.id === null) {
      const order = value<number>(db, sql`SELECT coalesce(max(sort_order), 0) + 1 FROM department`) ?? 1;
      return addDepartment(db, name, d.category.trim(), order);
    }
    const changed = run(db, sql`UPDATE department SET name = ${name}, category = ${d.category.trim()} WHERE id = ${d.id}`).changes;
    if (changed === 0) throw new AppError('departmentNotFound', '该科室已不存在', 'id');
    return d.id;
  } catch (e) {
    return uniqueName(e, name);
  }
}

/** Assignments and people keep existing without it (their department becomes empty). */
export function deleteDepartment(db: Db, id: number): void {
  if (run(db, sql`DELETE FROM department WHERE id = ${id}`).changes === 0) {
    throw new AppError('departmentNotFound', '该科室已不存在', 'id');
  }
}

export function savePerson(db: Db, p: { id: number | null; name: string; departmentId: number | null; title: string; phone: string }): number {
  const name = p.name.trim();
  if (!name) throw new AppError('nameRequired', '请填写姓名', 'name');
  if (p.departmentId !== null && !departmentExists(db, p.departmentId)) {
    throw new AppError('departmentNotFound', '所选科室不存在', 'departmentId');
  }
  const values = { name, departmentId: p.departmentId, title: p.title.trim(), phone: p.phone.trim() };
  if (p.id === null) return addPerson(db, values);
  const changed = run(
    db,
    sql`UPDATE person SET name = ${values.name}, department_id = ${values.departmentId}, title = ${values.title}, phone = ${values.phone}
        WHERE id = ${p.id}`,
  ).changes;
  if (changed === 0) throw new AppError('personNotFound', '该人员已不存在', 'id');
  return p.id;
}

export function deletePerson(db: Db, id: number): void {
  if (run(db, sql`DELETE FROM person WHERE id = ${id}`).changes === 0) throw new AppError('personNotFound', '该人员已不存在', 'id');
}
