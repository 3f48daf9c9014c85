// A year that builds on the last: a new round of self-inspection started from an
// earlier one carries what the office decided then — which items do not apply
// (with the reason) and who answers each — but none of the answers, which must
// be given afresh for the new period.
import type { RoundSummary } from '../../../shared/inspection';
import type { Db } from '../db/open';
import { run, sql } from '../db/sql';
import { createRound, getRoundSummary, type NewRound } from './rounds';

export function createRoundFrom(db: Db, fromRoundId: number, input: Omit<NewRound, 'campaignId'>, who: string, at: string): RoundSummary & { carried: number } {
  const from = getRoundSummary(db, fromRoundId);
  return db.transaction(() => {
    const round = createRound(db, { ...input, campaignId: from.campaignId }, who, at);
    // Elements the campaign still asks about; retired ones are not carried.
    const carried = run(
      db,
      sql`UPDATE round_element AS n SET applicable = o.applicable, na_reason = o.na_reason, department_id = o.department_id, person_id = o.person_id
          FROM round_element AS o WHERE n.round_id = ${round.id} AND o.round_id = ${from.id} AND o.element_id = n.element_id`,
    ).changes;
    run(db, sql`UPDATE round_event SET reason = ${`以“${from.name}”为基础（沿用适用范围和分工）`} WHERE round_id = ${round.id} AND kind = 'opened'`);
    return { ...getRoundSummary(db, round.id), carried };
  })();
}
