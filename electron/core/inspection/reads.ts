// What other parts may read of inspection/ (imports only db/ and shared/, so no cycle arises).
import type { Db } from '../db/open';
import { all, get, sql } from '../db/sql';

/** A round's own period: from its period_start (its creation day when none) to its period_end (null: open-ended). */
export interface RoundPeriod {
  id: number;
  name: string;
  campaignId: string;
  start: string;
  end: string | null;
}

const PERIOD_COLUMNS = sql`id, name, campaign_id AS campaignId, COALESCE(period_start, substr(created_at, 1, 10)) AS start, period_end AS end`;

export function roundPeriod(db: Db, roundId: number): RoundPeriod | undefined {
  return get<RoundPeriod>(db, sql`SELECT ${PERIOD_COLUMNS} FROM inspection_round WHERE id = ${roundId}`);
}

/** The newest round of the campaign whose own period overlaps start…end (an open-ended round overlaps everything after its start). */
export function latestOverlappingRound(db: Db, campaignId: string, start: string, end: string): RoundPeriod | undefined {
  return get<RoundPeriod>(
    db,
    sql`SELECT ${PERIOD_COLUMNS} FROM inspection_round
        WHERE campaign_id = ${campaignId} AND COALESCE(period_start, substr(created_at, 1, 10)) <= ${end} AND COALESCE(period_end, '9999-12-31') >= ${start}
        ORDER BY id DESC LIMIT 1`,
  );
}

/** The stored answers (JSON, or null when only a note) and notes of a round's applicable items. */
export function applicableAnswers(db: Db, roundId: number): { id: string; json: string | null; note: string }[] {
  return all<{ id: string; json: string | null; note: string }>(
    db,
    sql`SELECT a.element_id AS id, a.value_json AS json, a.note FROM answer a JOIN round_element e USING (round_id, element_id)
        WHERE a.round_id = ${roundId} AND e.applicable = 1`,
  );
}

/** The answers stored for a round's items (applicable or not), as JSON. */
export function storedAnswers(db: Db, roundId: number): { id: string; json: string }[] {
  return all<{ id: string; json: string }>(db, sql`SELECT element_id AS id, value_json AS json FROM answer WHERE round_id = ${roundId} AND value_json IS NOT NULL`);
}
