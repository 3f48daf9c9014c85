// What other parts may read of campaigns/ (imports only db/ and shared/, so no cycle arises).
import type { CampaignFile } from '../../../shared/campaign';
import type { Db } from '../db/open';
import { pluck, sql, value } from '../db/sql';

/** Whether the office has loaded a campaign of its own (not one shipped with the app). */
export function hasUserCampaign(db: Db): boolean {
  return value<number>(db, sql`SELECT 1 FROM campaign WHERE origin = 'user' LIMIT 1`) !== undefined;
}

/** Every loaded campaign's file, as stored (in the table's own order). */
export function allCampaignFiles(db: Db): CampaignFile[] {
  return pluck<string>(db, sql`SELECT file_json FROM campaign`).map((j) => JSON.parse(j) as CampaignFile);
}
