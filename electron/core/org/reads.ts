// What other parts may read of org/ (imports only db/ and shared/, so no cycle arises).
import type { Db } from '../db/open';
import { sql, value, type Sql } from '../db/sql';

/** The name of the department whose id is `id` (NULL when there is none), for use inside another part's SELECT. */
export function departmentName(id: Sql): Sql {
  return sql`(SELECT name FROM department WHERE id = ${id})`;
}

/** The phone of the first person of that name who has one, '' when none does. */
export function phoneOf(db: Db, name: string): string {
  return value<string>(db, sql`SELECT phone FROM person WHERE name = ${name} AND phone <> '' ORDER BY id LIMIT 1`) ?? '';
}
