// One click from an answer that reveals a problem to a problem in the ledger
// (问题台账), linked back to the round and item it came from.
import { revealsProblem, type AnswerValue } from '../../../shared/inspection';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { createProblem } from '../ledger/problems';
import { assertOpen } from './rounds';

export function flagProblem(db: Db, roundId: number, elementId: string, summary: string, who: string, at: string): { id: number } {
  const round = assertOpen(db, roundId);
  const row = db
    .prepare(
      `SELECT a.value_json, e.department_id FROM round_element e LEFT JOIN answer a ON a.round_id = e.round_id AND a.element_id = e.element_id
       WHERE e.round_id = ? AND e.element_id = ?`,
    )
    .get(roundId, elementId) as { value_json: string | null; department_id: number | null } | undefined;
  const value = row?.value_json ? (JSON.parse(row.value_json) as AnswerValue) : null;
  if (!revealsProblem(value)) throw new AppError('noProblem', '该项的答案没有反映出问题，无需登记到问题台账', 'elementId');
  if (!summary.trim()) throw new AppError('summaryRequired', '请填写问题描述', 'summary');
  const existing = db.prepare('SELECT id FROM problem WHERE round_id = ? AND element_id = ?').pluck().get(roundId, elementId) as number | undefined;
  if (existing !== undefined) return { id: existing };
  const id = createProblem(
    db,
    {
      source: '自查', campaignId: round.campaignId, category: '', description: summary.trim(), departmentId: row?.department_id ?? null,
      personId: null, foundOn: at.slice(0, 10), amountFen: value?.kind === 'amount' ? value.fen : 0, note: `来自自查轮次“${round.name}”`,
      measures: '', deadline: null, immediate: false,
    },
    { roundId, elementId },
    who,
    at,
  );
  return { id };
}
