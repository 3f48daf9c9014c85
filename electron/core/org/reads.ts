// What other parts may read of org/ (departments and people): functions and SQL
// fragments, so that their queries stay one SELECT while the table names live
// here. Imports only db/ and shared/, so that any part may import it.
import type { Db } from '../db/open';
import { all, get, pluck, sql, value, type Sql } from '../db/sql';

/** The name of the department whose id is `id` (a column or value), NULL when there is none. */
export const departmentName = (id: Sql): Sql => sql`(SELECT name FROM department WHERE id = ${id})`;

/** The name of the person whose id is `id`, NULL when there is none. */
export const personName = (id: Sql): Sql => sql`(SELECT name FROM person WHERE id = ${id})`;

export function departmentExists(db: Db, id: number): boolean {
  return get<{ found: number }>(db, sql`SELECT 1 AS found FROM department WHERE id = ${id}`) !== undefined;
}

export function personExists(db: Db, id: number): boolean {
  return get<{ found: number }>(db, sql`SELECT 1 AS found FROM person WHERE id = ${id}`) !== undefined;
}

/** The department of exactly this name (names are unique). */
export function departmentIdByName(db: Db, name: string): number | undefined {
  return value<number>(db, sql`SELECT id FROM department WHERE name = ${name}`);
}

export function departmentNameOf(db: Db, id: number): string | undefined {
  return value<string>(db, sql`SELECT name FROM department WHERE id = ${id}`);
}

/** Every person's name once, in the order of their departments, as the import template's list offers them. */
export function personNamesInOrder(db: Db): string[] {
  return pluck<string>(db, sql`SELECT DISTINCT p.name FROM person p LEFT JOIN department d ON d.id = p.department_id ORDER BY d.sort_order, p.id`);
}

/** The phone of the first person of that name who has one, '' when none does. */
export function phoneOf(db: Db, name: string): string {
  return value<string>(db, sql`SELECT phone FROM person WHERE name = ${name} AND phone <> '' ORDER BY id LIMIT 1`) ?? '';
}

/** Every department's name by id. */
export function departmentNames(db: Db): Map<number, string> {
  return new Map(all<{ id: number; name: string }>(db, sql`SELECT id, name FROM department`).map((d) => [d.id, d.name]));
}

/** The name of the department whose id is `id` (a column of the outer query), NULL when there is none. */
