// What other parts may read of campaigns/ (imports only db/ and shared/, so no cycle arises).
import type { Db } from '../db/open';
import { sql, value } from '../db/sql';

/** Whether the office has loaded a campaign of its own (not one shipped with the app). */
export function hasUserCampaign(db: Db): boolean {
  return value<number>(db, sql`SELECT 1 FROM campaign WHERE origin = 'user' LIMIT 1`) !== undefined;
}
