// Which campaigns (专项行动) a clue or case belongs to: zero or more, chosen when it
// is registered and editable after. Only a campaign's own records count in its
// tables and documents. Rows an upgrade could not place wait on a review list
// (migration 006) until the officer saves their campaigns.
import type { CampaignReview } from '../../../shared/cases';
import { AppError } from '../../../shared/errors';
import { campaignExists } from '../campaigns/reads';
import type { Db } from '../db/open';
import { pluck, run, sql, sqlIdent, value, type Sql } from '../db/sql';
import type { Owner } from './records';

const LINK = {
  clue: { table: sqlIdent('clue_campaign'), key: sqlIdent('clue_id') },
  case: { table: sqlIdent('case_campaign'), key: sqlIdent('case_id') },
} as const;

/** The JSON columns campaignColumns adds to a row, before withCampaigns reads them. */
export interface CampaignJson {
  campaignIdsJson: string | null;
  reviewJson: string | null;
}

/** Columns giving campaignIdsJson and reviewJson of each row; `key` is the owner's id column in the outer query. */
export function campaignColumns(kind: Owner['kind'], key: Sql): Sql {
  const l = LINK[kind];
  return sql`(SELECT json_group_array(campaign_id) FROM (SELECT campaign_id FROM ${l.table} WHERE ${l.key} = ${key} ORDER BY campaign_id)) AS campaignIdsJson,
          (SELECT candidates FROM campaign_link_review WHERE kind = ${kind} AND record_id = ${key}) AS reviewJson`;
}

/** Turns the JSON columns of campaignColumns into campaignIds and review. */
export function withCampaigns<T extends CampaignJson>(row: T): Omit<T, keyof CampaignJson> & { campaignIds: string[]; review: CampaignReview | null } {
  const { campaignIdsJson, reviewJson, ...rest } = row;
  return {
    ...rest,
    campaignIds: campaignIdsJson ? (JSON.parse(campaignIdsJson) as string[]) : [],
    review: reviewJson ? { candidates: JSON.parse(reviewJson) as string[] } : null,
  };
}

export function checkCampaigns(db: Db, ids: readonly string[] | undefined): void {
  for (const id of ids ?? []) {
    if (!campaignExists(db, id)) throw new AppError('campaignNotFound', `所选专项行动“${id}”不存在`, 'campaignIds');
  }
}

export function readCampaigns(db: Db, owner: Owner): string[] {
  const l = LINK[owner.kind];
  return pluck<string>(db, sql`SELECT campaign_id FROM ${l.table} WHERE ${l.key} = ${owner.id} ORDER BY campaign_id`);
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
  run(db, sql`DELETE FROM campaign_link_review WHERE kind = ${owner.kind} AND record_id = ${owner.id}`);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    run(db, sql`DELETE FROM ${l.table} WHERE ${l.key} = ${owner.id}`);
    for (const id of after) run(db, sql`INSERT INTO ${l.table} (${l.key}, campaign_id) VALUES (${owner.id}, ${id})`);
  }
  return { before, after };
}

/** The WHERE condition of a list filter: one campaign, 'none' (no campaign) or 'review' (awaiting the officer). */
export function campaignCondition(kind: Owner['kind'], key: Sql, filter: string): Sql {
  const l = LINK[kind];
  if (filter === 'none') return sql`NOT EXISTS (SELECT 1 FROM ${l.table} f WHERE f.${l.key} = ${key})`;
  if (filter === 'review') return sql`EXISTS (SELECT 1 FROM campaign_link_review r WHERE r.kind = ${kind} AND r.record_id = ${key})`;
  return sql`EXISTS (SELECT 1 FROM ${l.table} f WHERE f.${l.key} = ${key} AND f.campaign_id = ${filter})`;
}

/** How many records still wait for the officer to decide their campaigns. */
export function reviewCounts(db: Db): { clues: number; cases: number } {
  const n = (kind: Owner['kind']) => value<number>(db, sql`SELECT count(*) FROM campaign_link_review WHERE kind = ${kind}`) ?? 0;
  return { clues: n('clue'), cases: n('case') };
}
