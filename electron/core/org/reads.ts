// What other parts may read of org/ (departments and people) without naming its
// tables: checks, names, and SQL fragments for their own selects. Imports only
// db/ and shared/, so that any part can use it without an import cycle.
import type { Db } from '../db/open';
import { all, get, sql, type Sql } from '../db/sql';

export function departmentExists(db: Db, id: number): boolean {
  return get(db, sql`SELECT 1 FROM department WHERE id = ${id}`) !== undefined;
}

export function personExists(db: Db, id: number): boolean {
  return get(db, sql`SELECT 1 FROM person WHERE id = ${id}`) !== undefined;
}

/** Every department's name by id. */
export function departmentNames(db: Db): Map<number, string> {
  return new Map(all<{ id: number; name: string }>(db, sql`SELECT id, name FROM department`).map((d) => [d.id, d.name]));
}

/** The name of the department whose id is `id` (a column of the outer query), NULL when there is none. */
export const departmentName = (id: Sql): Sql => sql`(SELECT name FROM department WHERE id = ${id})`;
