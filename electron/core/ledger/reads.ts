// What other parts may read of ledger/ (imports only db/ and shared/, so no cycle arises).
import type { Db } from '../db/open';
import { pluck, sql } from '../db/sql';

/** Every problem's id, oldest first. */
export function problemIds(db: Db): number[] {
  return pluck<number>(db, sql`SELECT id FROM problem ORDER BY id`);
}
