// Saving answers: each checked against its element's question, saved as typed
// (the window debounces), and a batch from a workbook applied all-or-nothing.
import { answerMismatch, answerValueSchema, type AnswerValue, type RoundQuestion } from '../../../shared/inspection';
import { AppError, formatPath, zodMessage } from '../../../shared/errors';
import { campaignFileOf } from '../campaigns/catalog';
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { get, run, sql } from '../db/sql';
import { campaignQuestions } from './questions';
import { assertOpen } from './rounds';

export interface AnswerChange {
  elementId: string;
  /** null clears the answer. */
  value: AnswerValue | null;
  note: string;
}

export const MAX_NOTE_CHARS = 2000;

/** Validates a value for a question; returns the Chinese reason it is refused, or null. */
export function checkAnswer(question: RoundQuestion['question'], value: unknown): string | null {
  if (value === null) return null;
  const parsed = answerValueSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return '答案格式不正确';
    return `${issue.path.length ? `${formatPath(issue.path)}：` : ''}${zodMessage(issue)}`;
  }
  return answerMismatch(question, parsed.data);
}

function questionsOf(db: Db, roundId: number): Map<string, RoundQuestion> {
  const round = assertOpen(db, roundId);
  return new Map(campaignQuestions(campaignFileOf(db, round.campaignId)).map((q) => [q.elementId, q]));
}

function writeOne(db: Db, roundId: number, questions: Map<string, RoundQuestion>, change: AnswerChange, who: string, at: string): number {
  const element = get<Pick<Row<'round_element'>, 'applicable'>>(
    db,
    sql`SELECT applicable FROM round_element WHERE round_id = ${roundId} AND element_id = ${change.elementId}`,
  );
  const question = questions.get(change.elementId);
  if (!element || !question) {
    throw new AppError('elementNotFound', `本轮自查中没有编号为“${change.elementId}”的检查项`, change.elementId);
  }
  if (element.applicable === 0 && change.value !== null) {
    throw new AppError('notApplicable', `第 ${question.no} 项已标记为不适用，不能作答`, change.elementId);
  }
  const problem = checkAnswer(question.question, change.value);
  if (problem) throw new AppError('invalidAnswer', `第 ${question.no} 项：${problem}`, change.elementId);
  if (change.note.length > MAX_NOTE_CHARS) {
    throw new AppError('noteTooLong', `第 ${question.no} 项的备注不能超过 ${MAX_NOTE_CHARS} 字`, change.elementId);
  }
  const json = change.value === null ? null : JSON.stringify(answerValueSchema.parse(change.value));
  const current = get<Pick<Row<'answer'>, 'value_json' | 'note' | 'revision'>>(
    db,
    sql`SELECT value_json, note, revision FROM answer WHERE round_id = ${roundId} AND element_id = ${change.elementId}`,
  );
  if (current && current.value_json === json && current.note === change.note) return current.revision;
  if (!current && json === null && change.note === '') return 0;
  const revision = (current?.revision ?? 0) + 1;
  run(
    db,
    sql`INSERT INTO answer (round_id, element_id, value_json, note, revision, updated_at, updated_by)
        VALUES (${roundId}, ${change.elementId}, ${json}, ${change.note}, ${revision}, ${at}, ${who})
        ON CONFLICT(round_id, element_id) DO UPDATE SET value_json = excluded.value_json, note = excluded.note,
          revision = excluded.revision, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  return revision;
}

/** Saves one answer; an unchanged answer keeps its revision. Returns the revision now stored. */
export function saveAnswer(db: Db, roundId: number, change: AnswerChange, who: string, at: string): number {
  const questions = questionsOf(db, roundId);
  return db.transaction(() => writeOne(db, roundId, questions, change, who, at))();
}

/** Applies a batch in one transaction: every change is written, or none. */
export function applyAnswerChanges(db: Db, roundId: number, changes: readonly AnswerChange[], who: string, at: string): void {
  const questions = questionsOf(db, roundId);
  db.transaction(() => {
    for (const change of changes) writeOne(db, roundId, questions, change, who, at);
  })();
}
