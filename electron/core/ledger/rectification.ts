// Rectification (整改): status moves only along the real workflow, with dated
// progress, verification (who checked, when, what they found) and sign-off (销号).
import { allowedActions, nextStatus, type ProblemDetail, type RectificationAction } from '../../../shared/ledger';
import { isRealDate } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { all, run, sql, value } from '../db/sql';
import { assertEditable, problemRow, recordHistory } from './problems';

export interface ActionDetails {
  /** 阶段性完成: when the next milestone is due. */
  nextMilestone?: string | null;
  /** 验证: who checked and what they found; a failed check needs its reason here. */
  checker?: string;
  findings?: string;
  /** 重新打开: why; 销号 without progress or evidence: why it may be signed off all the same. */
  reason?: string;
  onDate?: string;
}

export function applyAction(db: Db, id: number, action: RectificationAction, d: ActionDetails, who: string, at: string, today: string) {
  const row = problemRow(db, id, today);
  const move = nextStatus(row.status, action, row.immediate);
  if (!move.ok) throw new AppError('illegalTransition', `问题 ${row.number}：${move.reason}`, 'action');
  const onDate = d.onDate ?? today;
  if (!isRealDate(onDate)) throw new AppError('invalidDate', '日期无效', 'onDate');
  if (action === 'stage' && (!d.nextMilestone || !isRealDate(d.nextMilestone))) {
    throw new AppError('milestoneRequired', '阶段性完成须填写下一节点日期', 'nextMilestone');
  }
  if (action === 'verifyFail' && !d.findings?.trim()) throw new AppError('reasonRequired', '验证不通过须写明原因', 'findings');
  if (action === 'reopen' && !d.reason?.trim()) throw new AppError('reasonRequired', '重新打开已销号的问题须填写原因', 'reason');
  // A sign-off vouches for the rectification: without a progress entry or an evidence
  // file it is still possible, but only with a written reason that the history keeps.
  const gaps = action === 'signOff' ? signOffGaps(db, id) : [];
  if (gaps.length > 0 && !d.reason?.trim()) {
    throw new AppError('reasonRequired', `问题 ${row.number} 没有${gaps.join('，也没有')}，销号须写明理由`, 'reason');
  }
  db.transaction(() => {
    run(db, sql`UPDATE problem SET status = ${move.to}, updated_at = ${at} WHERE id = ${id}`);
    recordHistory(db, id, 'status', row.status, move.to, who, at);
    if (action === 'stage') {
      run(db, sql`UPDATE problem SET next_milestone = ${d.nextMilestone ?? null} WHERE id = ${id}`);
      recordHistory(db, id, 'nextMilestone', row.nextMilestone, d.nextMilestone, who, at);
    }
    if (action === 'verifyPass' || action === 'verifyFail') {
      run(
        db,
        sql`INSERT INTO problem_verification (problem_id, passed, checker, on_date, findings, by, at)
            VALUES (${id}, ${action === 'verifyPass' ? 1 : 0}, ${d.checker?.trim() || who}, ${onDate}, ${d.findings?.trim() ?? ''}, ${who}, ${at})`,
      );
    }
    if (action === 'signOff') {
      run(db, sql`UPDATE problem SET signed_off_by = ${who}, signed_off_on = ${onDate} WHERE id = ${id}`);
      if (gaps.length > 0) recordHistory(db, id, 'signOffReason', null, `没有${gaps.join('、')}：${d.reason?.trim() ?? ''}`, who, at);
    }
    if (action === 'reopen') {
      run(db, sql`UPDATE problem SET signed_off_by = NULL, signed_off_on = NULL WHERE id = ${id}`);
      recordHistory(db, id, 'reason', null, d.reason?.trim(), who, at);
    }
  })();
  return problemRow(db, id, today);
}

/** What a sign-off would lack: 整改进展, 整改佐证材料 (files still attached). */
export function signOffGaps(db: Db, id: number): string[] {
  const progress = value<number>(db, sql`SELECT count(*) FROM problem_progress WHERE problem_id = ${id}`) ?? 0;
  const evidence = evidenceCount(db, id);
  return [...(progress === 0 ? ['整改进展'] : []), ...(evidence === 0 ? ['整改佐证材料'] : [])];
}

function evidenceCount(db: Db, id: number): number {
  return value<number>(db, sql`SELECT count(*) FROM problem_evidence WHERE problem_id = ${id} AND removed_at IS NULL`) ?? 0;
}

export function addProgress(db: Db, id: number, onDate: string, text: string, who: string, at: string, today: string): void {
  assertEditable(problemRow(db, id, today));
  if (!isRealDate(onDate)) throw new AppError('invalidDate', '进展日期无效', 'onDate');
  if (!text.trim()) throw new AppError('textRequired', '请填写整改进展', 'text');
  run(db, sql`INSERT INTO problem_progress (problem_id, on_date, text, by, at) VALUES (${id}, ${onDate}, ${text.trim()}, ${who}, ${at})`);
}

export function getProblem(db: Db, id: number, today: string): ProblemDetail {
  const problem = problemRow(db, id, today);
  return {
    problem,
    progress: all<ProblemDetail['progress'][number]>(
      db,
      sql`SELECT id, on_date AS onDate, text, by, at FROM problem_progress WHERE problem_id = ${id} ORDER BY on_date, id`,
    ),
    verifications: all<Omit<ProblemDetail['verifications'][number], 'passed'> & { passed: number }>(
      db,
      sql`SELECT id, passed, checker, on_date AS onDate, findings, by, at FROM problem_verification WHERE problem_id = ${id} ORDER BY id`,
    ).map((v) => ({ ...v, passed: v.passed === 1 })),
    history: all<ProblemDetail['history'][number]>(
      db,
      sql`SELECT at, by, field, old, new FROM problem_history WHERE problem_id = ${id} ORDER BY id`,
    ),
    actions: allowedActions(problem.status, problem.immediate),
    evidenceCount: evidenceCount(db, id),
  };
}
