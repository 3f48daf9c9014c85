// A year that builds on the last: a new round of self-inspection started from an
// earlier one carries what the office decided then — which items do not apply
// (with the reason) and who answers each — but none of the answers, which must
// be given afresh for the new period.
import type { RoundSummary } from '../../../shared/inspection';
import type { Db } from '../db/open';
import { createRound, getRoundSummary, type NewRound } from './rounds';

export function createRoundFrom(db: Db, fromRoundId: number, input: Omit<NewRound, 'campaignId'>, who: string, at: string): RoundSummary & { carried: number } {
  const from = getRoundSummary(db, fromRoundId);
  return db.transaction(() => {
    const round = createRound(db, { ...input, campaignId: from.campaignId }, who, at);
    // Elements the campaign still asks about; retired ones are not carried.
    const carried = db
      .prepare(
        `UPDATE round_element AS n SET applicable = o.applicable, na_reason = o.na_reason, department_id = o.department_id, person_id = o.person_id
         FROM round_element AS o WHERE n.round_id = ? AND o.round_id = ? AND o.element_id = n.element_id`,
      )
      .run(round.id, from.id).changes;
    db.prepare("UPDATE round_event SET reason = ? WHERE round_id = ? AND kind = 'opened'").run(`以“${from.name}”为基础（沿用适用范围和分工）`, round.id);
    return { ...getRoundSummary(db, round.id), carried };
  })();
}
