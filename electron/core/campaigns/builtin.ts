// The built-in campaigns ship as files in resources/campaigns and are loaded into
// the database on first start, and again whenever a file's content changes.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/open';
import { putCampaign, type PutOutcome } from './catalog';
import { parseCampaignFile } from './file';

export interface LoadReport {
  added: string[];
  updated: string[];
  unchanged: string[];
}

export function readBuiltinCampaigns(dir: string) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseCampaignFile(fs.readFileSync(path.join(dir, f), 'utf8'), f));
}

/** Loads every built-in file in one transaction: all of them or none. */
export function loadBuiltinCampaigns(db: Db, dir: string, at: string): LoadReport {
  const files = readBuiltinCampaigns(dir);
  const report: LoadReport = { added: [], updated: [], unchanged: [] };
  db.transaction(() => {
    for (const file of files) {
      const outcome: PutOutcome = putCampaign(db, file, 'builtin', at);
      report[outcome].push(file.id);
    }
  })();
  return report;
}
