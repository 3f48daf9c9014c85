// What other parts may read of campaigns/: functions and SQL fragments, so that
// their queries stay one SELECT while the table names live here. Imports only
// db/ and shared/, so that any part may import it.
import type { CampaignFile } from '../../../shared/campaign';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { all, get, pluck, sql, type Sql, value } from '../db/sql';

/** The title of the campaign whose id is `id` (a column or value), NULL when there is none. */
export const campaignTitle = (id: Sql): Sql => sql`(SELECT title FROM campaign WHERE id = ${id})`;

export function campaignExists(db: Db, id: string): boolean {
  return get<{ found: number }>(db, sql`SELECT 1 AS found FROM campaign WHERE id = ${id}`) !== undefined;
}

export function campaignTitleOf(db: Db, id: string): string | undefined {
  return value<string>(db, sql`SELECT title FROM campaign WHERE id = ${id}`);
}

export interface CampaignRef {
  id: string;
  docNumber: string | null;
  title: string;
}

/** Every campaign's id, 文号 and title, newest issued first, as lists and name lookups need them. */
export function campaignRefs(db: Db): CampaignRef[] {
  return all<CampaignRef>(db, sql`SELECT id, doc_number AS docNumber, title FROM campaign ORDER BY issued_on DESC, title`);
}

/** Whether the office has loaded a campaign of its own (not one shipped with the app). */
export function hasUserCampaign(db: Db): boolean {
  return value<number>(db, sql`SELECT 1 FROM campaign WHERE origin = 'user' LIMIT 1`) !== undefined;
}

/** Every loaded campaign's file, as stored (in the table's own order). */
export function allCampaignFiles(db: Db): CampaignFile[] {
  return pluck<string>(db, sql`SELECT file_json FROM campaign`).map((j) => JSON.parse(j) as CampaignFile);
}

/** The loaded revision of the campaign's file. */
export function campaignRevision(db: Db, id: string): number {
  const revision = value<number>(db, sql`SELECT revision FROM campaign WHERE id = ${id}`);
  if (revision === undefined) throw new AppError('campaignNotFound', `专项行动“${id}”不存在`, 'campaignId');
  return revision;
}

/** The title of the campaign whose id is `id` (a column of the outer query). */

/** Every campaign's id, earliest first (undated ones last), ties by id. */
export function campaignIds(db: Db): string[] {
  return pluck<string>(db, sql`SELECT id FROM campaign ORDER BY COALESCE(start_on, issued_on, '9999'), id`);
}
