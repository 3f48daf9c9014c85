// One click from an answer that reveals a problem to a problem in the ledger.
// Until the ledger (问题台账) exists, the link is kept as a lead on the answer.
import { revealsProblem, type AnswerValue } from '../../../shared/inspection';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { assertOpen } from './rounds';

export function flagProblem(db: Db, roundId: number, elementId: string, summary: string, who: string, at: string): { id: number } {
  assertOpen(db, roundId);
  const row = db.prepare('SELECT value_json FROM answer WHERE round_id = ? AND element_id = ?').get(roundId, elementId) as
    | { value_json: string | null }
    | undefined;
  const value = row?.value_json ? (JSON.parse(row.value_json) as AnswerValue) : null;
  if (!revealsProblem(value)) throw new AppError('noProblem', '该项的答案没有反映出问题，无需登记到问题台账', 'elementId');
  if (!summary.trim()) throw new AppError('summaryRequired', '请填写问题描述', 'summary');
  db.prepare(
    `INSERT INTO problem_lead (round_id, element_id, summary, created_at, created_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(round_id, element_id) DO UPDATE SET summary = excluded.summary`,
  ).run(roundId, elementId, summary.trim(), at, who);
  const id = db.prepare('SELECT id FROM problem_lead WHERE round_id = ? AND element_id = ?').pluck().get(roundId, elementId) as number;
  return { id };
}
