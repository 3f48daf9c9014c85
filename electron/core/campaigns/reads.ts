// What other parts may read of campaigns/ without naming its tables. Imports
// only db/ and shared/, so that any part can use it without an import cycle.
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { get, sql, value, type Sql } from '../db/sql';

export function campaignExists(db: Db, id: string): boolean {
  return get(db, sql`SELECT 1 FROM campaign WHERE id = ${id}`) !== undefined;
}

/** The loaded revision of the campaign's file. */
export function campaignRevision(db: Db, id: string): number {
  const revision = value<number>(db, sql`SELECT revision FROM campaign WHERE id = ${id}`);
  if (revision === undefined) throw new AppError('campaignNotFound', `专项行动“${id}”不存在`, 'campaignId');
  return revision;
}

/** The title of the campaign whose id is `id` (a column of the outer query). */
export const campaignTitle = (id: Sql): Sql => sql`(SELECT title FROM campaign WHERE id = ${id})`;
