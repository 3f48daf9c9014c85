// One click from an answer that reveals a problem to a problem in the ledger
// (问题台账), linked back to the round and item it came from.
import { revealsProblem, type AnswerValue } from '../../../shared/inspection';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, get, sql } from '../db/sql';
import { createProblem } from '../ledger/problems';
import { problemOfRoundElement } from '../ledger/reads';
import { attachStoredEvidence } from '../ledger/storedEvidence';
import { assertOpen } from './rounds';

/** `at`: this moment as stored (UTC); `today`: the office's calendar date, the problem's 发现日期. */
export function flagProblem(db: Db, roundId: number, elementId: string, summary: string, who: string, at: string, today: string): { id: number } {
  const round = assertOpen(db, roundId);
  const row = get<{ value_json: string | null } & Pick<Row<'round_element'>, 'department_id' | 'person_id'>>(
    db,
    sql`SELECT a.value_json, e.department_id, e.person_id FROM round_element e LEFT JOIN answer a ON a.round_id = e.round_id AND a.element_id = e.element_id
        WHERE e.round_id = ${roundId} AND e.element_id = ${elementId}`,
  );
  const value = row?.value_json ? (JSON.parse(row.value_json) as AnswerValue) : null;
  if (!revealsProblem(value)) throw new AppError('noProblem', '该项的答案没有反映出问题，无需登记到问题台账', 'elementId');
  if (!summary.trim()) throw new AppError('summaryRequired', '请填写问题描述', 'summary');
  const existing = problemOfRoundElement(db, roundId, elementId);
  if (existing !== undefined) return { id: existing };
  // One transaction: the problem and its evidence, or nothing.
  const id = db.transaction(() => {
    const id = createProblem(
      db,
      {
        source: '自查', campaignId: round.campaignId, category: '', description: summary.trim(), departmentId: row?.department_id ?? null,
        personId: row?.person_id ?? null, foundOn: today, amountFen: value?.kind === 'amount' ? value.fen : 0, note: `来自自查轮次“${round.name}”`,
        measures: '', deadline: null, immediate: false,
      },
      { roundId, elementId },
      who,
      at,
    );
    // The answer's evidence is the problem's first evidence: same stored files, each addition in the history.
    const files = all<{ sha256: string; originalName: string }>(
      db,
      sql`SELECT sha256, original_name AS originalName FROM evidence
          WHERE round_id = ${roundId} AND element_id = ${elementId} AND removed_at IS NULL ORDER BY id`,
    );
    attachStoredEvidence(db, id, files, who, at);
    return id;
  })();
  return { id };
}
