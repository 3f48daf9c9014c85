// What other parts may read of the campaigns beyond the catalog's functions: the
// campaigns in the order the 报送台账 lists them, and a campaign's title as a SQL
// fragment for a list that shows it. Imports only db/ and shared/, so any part may
// import this file without an import cycle.
import type { Db } from '../db/open';
import { pluck, sql, type Sql } from '../db/sql';

/** Every campaign's id, earliest first (undated ones last), ties by id. */
export function campaignIds(db: Db): string[] {
  return pluck<string>(db, sql`SELECT id FROM campaign ORDER BY COALESCE(start_on, issued_on, '9999'), id`);
}

/** The title of the campaign whose id `id` is, as a subquery for one SELECT. */
export const campaignTitle = (id: Sql): Sql => sql`(SELECT title FROM campaign WHERE id = ${id})`;
