// What other parts may read of the documents beyond their functions. Imports only
// db/ and shared/, so any part may import this file without an import cycle.
import type { Db } from '../db/open';
import { pluck, sql } from '../db/sql';

/** The kinds of document the campaign has a saved draft of. */
export function draftedKinds(db: Db, campaignId: string): string[] {
  return pluck<string>(db, sql`SELECT kind FROM document_draft WHERE campaign_id = ${campaignId}`);
}
