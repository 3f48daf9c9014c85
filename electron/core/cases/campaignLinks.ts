// Which campaigns (专项行动) a clue or case belongs to: zero or more, chosen when it
// is registered and editable after. Only a campaign's own records count in its
// tables and documents. Rows an upgrade could not place wait on a review list
// (migration 006) until the officer saves their campaigns.
import type { CampaignReview } from '../../../shared/cases';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import type { Owner } from './records';

const LINK = { clue: { table: 'clue_campaign', key: 'clue_id' }, case: { table: 'case_campaign', key: 'case_id' } } as const;

/** Columns giving campaignIdsJson and reviewJson of each row; `key` is the owner's id column in the outer query. */
export function campaignColumns(kind: Owner['kind'], key: string): string {
  const l = LINK[kind];
  return `(SELECT json_group_array(campaign_id) FROM (SELECT campaign_id FROM ${l.table} WHERE ${l.key} = ${key} ORDER BY campaign_id)) AS campaignIdsJson,
          (SELECT candidates FROM campaign_link_review WHERE kind = '${kind}' AND record_id = ${key}) AS reviewJson`;
}

/** Turns the JSON columns of campaignColumns into campaignIds and review; T is the row as the caller types it. */
export function withCampaigns<T extends { campaignIds: string[]; review: CampaignReview | null }>(raw: unknown): T {
  const { campaignIdsJson, reviewJson, ...rest } = raw as { campaignIdsJson: string | null; reviewJson: string | null };
  return {
    ...(rest as unknown as T),
    campaignIds: campaignIdsJson ? (JSON.parse(campaignIdsJson) as string[]) : [],
    review: reviewJson ? { candidates: JSON.parse(reviewJson) as string[] } : null,
  } as T;
}

export function checkCampaigns(db: Db, ids: readonly string[] | undefined): void {
  const exists = db.prepare('SELECT 1 FROM campaign WHERE id = ?').pluck();
  for (const id of ids ?? []) {
    if (!exists.get(id)) throw new AppError('campaignNotFound', `所选专项行动“${id}”不存在`, 'campaignIds');
  }
}

export function readCampaigns(db: Db, owner: Owner): string[] {
  const l = LINK[owner.kind];
  return db.prepare(`SELECT campaign_id FROM ${l.table} WHERE ${l.key} = ? ORDER BY campaign_id`).pluck().all(owner.id) as string[];
}

/**
 * Sets the record's campaigns (call inside a transaction) and takes it off the
 * review list: saving the campaigns, even none, is the officer's decision.
 * Returns the campaigns before and after, sorted, for the history.
 */
export function writeCampaigns(db: Db, owner: Owner, ids: readonly string[]): { before: string[]; after: string[] } {
  const l = LINK[owner.kind];
  const before = readCampaigns(db, owner);
  const after = [...new Set(ids)].sort();
  db.prepare('DELETE FROM campaign_link_review WHERE kind = ? AND record_id = ?').run(owner.kind, owner.id);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    db.prepare(`DELETE FROM ${l.table} WHERE ${l.key} = ?`).run(owner.id);
    const add = db.prepare(`INSERT INTO ${l.table} (${l.key}, campaign_id) VALUES (?, ?)`);
    for (const id of after) add.run(owner.id, id);
  }
  return { before, after };
}

/** The WHERE condition of a list filter: one campaign, 'none' (no campaign) or 'review' (awaiting the officer). */
export function campaignCondition(kind: Owner['kind'], key: string, filter: string): { sql: string; params: string[] } {
  const l = LINK[kind];
  if (filter === 'none') return { sql: `NOT EXISTS (SELECT 1 FROM ${l.table} f WHERE f.${l.key} = ${key})`, params: [] };
  if (filter === 'review') return { sql: `EXISTS (SELECT 1 FROM campaign_link_review r WHERE r.kind = '${kind}' AND r.record_id = ${key})`, params: [] };
  return { sql: `EXISTS (SELECT 1 FROM ${l.table} f WHERE f.${l.key} = ${key} AND f.campaign_id = ?)`, params: [filter] };
}

/** How many records still wait for the officer to decide their campaigns. */
export function reviewCounts(db: Db): { clues: number; cases: number } {
  const n = (kind: string) => db.prepare('SELECT count(*) FROM campaign_link_review WHERE kind = ?').pluck().get(kind) as number;
  return { clues: n('clue'), cases: n('case') };
}
