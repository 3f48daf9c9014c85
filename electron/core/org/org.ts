// The hospital itself: its profile, departments (科室) and people, reused by every
// feature (assignees, responsible persons, document headers).
import { z } from 'zod';
import type { Db } from '../db/open';

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
  const value = db.prepare("SELECT value FROM setting WHERE key = 'hospital'").pluck().get() as string | undefined;
  return value ? hospitalSchema.parse(JSON.parse(value)) : null;
}

export function setHospital(db: Db, hospital: Hospital): void {
  db.prepare("INSERT INTO setting (key, value) VALUES ('hospital', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(
    JSON.stringify(hospitalSchema.parse(hospital)),
  );
}

export function addDepartment(db: Db, name: string, category: string, sortOrder: number): number {
  return Number(
    db.prepare('INSERT INTO department (name, category, sort_order) VALUES (?, ?, ?)').run(name, category, sortOrder).lastInsertRowid,
  );
}

export function addPerson(db: Db, p: { name: string; departmentId: number | null; title: string; phone: string }): number {
  return Number(
    db
      .prepare('INSERT INTO person (name, department_id, title, phone) VALUES (?, ?, ?, ?)')
      .run(p.name, p.departmentId, p.title, p.phone).lastInsertRowid,
  );
}

export function getOrg(db: Db): Org {
  const departments = db
    .prepare('SELECT id, name, category FROM department ORDER BY sort_order, id')
    .all() as Department[];
  const people = db
    .prepare(
      `SELECT p.id, p.name, p.department_id AS departmentId, d.name AS departmentName, p.title, p.phone
       FROM person p LEFT JOIN department d ON d.id = p.department_id ORDER BY d.sort_order, p.id`,
    )
    .all() as Person[];
  return { hospital: getHospital(db), departments, people };
}

/** True when the database holds anything the office entered (not just the catalog). */
export function hasOfficeData(db: Db): boolean {
  const n = db
    .prepare("SELECT (SELECT count(*) FROM department) + (SELECT count(*) FROM person) + (SELECT count(*) FROM setting WHERE key = 'hospital')")
    .pluck()
    .get() as number;
  return n > 0;
}
