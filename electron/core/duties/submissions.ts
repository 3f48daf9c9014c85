// Recording what was sent for one occurrence of a duty, and reopening it. The
// files sent are copied into the evidence store (the exact bytes stay with the
// record); a file whose hash is that of an export Zicha wrote is linked to it,
// any other is a scanned copy (the stamped, hand-signed paper scanned back in).
import path from 'node:path';
import { chineseDate, isRealDate } from '../../../shared/dates';
import { viaLabel, type DutyOccurrence, type SubmissionVia } from '../../../shared/duties';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { run, sql } from '../db/sql';
import { copyIntoStore, recordStoredFile } from '../evidenceStore';
import { exportBySha, getExport } from './exportLog';
import { getOccurrence, listOccurrences } from './occurrences';

export interface SubmissionInput {
  campaign: string;
  dutyId: string;
  /** Which occurrence; null: the earliest not yet sent. */
  due: string | null;
  submittedOn: string;
  via: SubmissionVia;
  note: string;
  /** Paths to send; `exportId` names the export the officer chose, checked against the file's hash. */
  files: { path: string; exportId?: number }[];
}

export interface Clock { today: string; at: string; by: string }

/** One line of the occurrence's history (报送记录), written in the same transaction as its change. */
function logEvent(db: Db, o: DutyOccurrence, action: 'recorded' | 'reopened', detail: string, clock: Clock): void {
  run(
    db,
    sql`INSERT INTO duty_event (campaign_id, duty_id, due, at, by, action, detail)
     VALUES (${o.campaignId}, ${o.dutyId}, ${o.due}, ${clock.at}, ${clock.by}, ${action}, ${detail})`,
  );
}

/** The earliest occurrence of a duty still to send (the CLI's default). */
export function firstOpenOccurrence(db: Db, today: string, campaign: string, dutyId: string): DutyOccurrence {
  const all = listOccurrences(db, today, campaign).filter((o) => o.dutyId === dutyId);
  if (all.length === 0) throw new AppError('dutyNotFound', `专项行动“${campaign}”没有编号为“${dutyId}”的报送要求`, 'duty');
  const open = all.find((o) => !o.submission);
  if (!open) throw new AppError('allSent', `报送要求“${all[0]!.title}”的每一次都已登记报送`, 'duty');
  return open;
}

export function recordSubmission(db: Db, storeDir: string, input: SubmissionInput, clock: Clock): DutyOccurrence {
  const o = input.due ? getOccurrence(db, clock.today, input.campaign, input.dutyId, input.due) : firstOpenOccurrence(db, clock.today, input.campaign, input.dutyId);
  if (o.submission) {
    throw new AppError('alreadySent', `“${o.title}”（${chineseDate(o.due)}到期）已于${chineseDate(o.submission.submittedOn)}登记报送；如需更正，请先退回并说明原因`, 'due');
  }
  if (!isRealDate(input.submittedOn)) throw new AppError('badDate', `报送日期“${input.submittedOn}”不是真实存在的日期`, 'submittedOn');
  if (input.submittedOn > clock.today) throw new AppError('futureDate', `报送日期${chineseDate(input.submittedOn)}晚于今天，不能登记尚未发生的报送`, 'submittedOn');
  if (input.files.length === 0) throw new AppError('noFiles', '请至少添加一个报送的文件：自查通导出的文书或表格，或盖章件的扫描件', 'files');
  const stored = input.files.map((f) => {
    const file = copyIntoStore(storeDir, f.path);
    const chosen = f.exportId !== undefined ? getExport(db, f.exportId) : exportBySha(db, file.sha256);
    if (f.exportId !== undefined && !chosen) throw new AppError('exportNotFound', `找不到所选的导出记录（编号 ${f.exportId}）`, 'files');
    if (f.exportId !== undefined && chosen!.sha256 !== file.sha256) {
      throw new AppError('exportChanged', `“${path.basename(f.path)}”在导出后已被修改（校验值不符），不是自查通导出的原件；请重新导出，或作为扫描件添加`, 'files');
    }
    return { file, exportId: chosen?.id ?? null };
  });
  db.transaction(() => {
    const id = Number(
      run(
        db,
        sql`INSERT INTO duty_submission (campaign_id, duty_id, due, submitted_on, via, by, note, recorded_at)
         VALUES (${o.campaignId}, ${o.dutyId}, ${o.due}, ${input.submittedOn}, ${input.via}, ${clock.by}, ${input.note.trim()}, ${clock.at})`,
      ).lastInsertRowid,
    );
    stored.forEach((s, i) => {
      recordStoredFile(db, s.file, clock.at);
      const origin = s.exportId === null ? 'scan' : 'generated';
      run(
        db,
        sql`INSERT INTO duty_submission_file (submission_id, position, origin, name, sha256, export_id)
         VALUES (${id}, ${i + 1}, ${origin}, ${s.file.originalName}, ${s.file.sha256}, ${s.exportId})`,
      );
    });
    const names = stored.map((s) => `${s.file.originalName}${s.exportId === null ? '（扫描件）' : ''}`).join('、');
    logEvent(db, o, 'recorded', `${chineseDate(input.submittedOn)}经${viaLabel[input.via]}报送：${names}`, clock);
  })();
  return getOccurrence(db, clock.today, o.campaignId, o.dutyId, o.due);
}

/** A report marked sent goes back to open, with the reason; the record stays as history. */
export function reopenSubmission(db: Db, campaign: string, dutyId: string, due: string, reason: string, clock: Clock): DutyOccurrence {
  const o = getOccurrence(db, clock.today, campaign, dutyId, due);
  const why = reason.trim();
  if (!why) throw new AppError('reasonRequired', '退回已报送的记录须说明原因', 'reason');
  if (!o.submission) throw new AppError('notSent', `“${o.title}”（${chineseDate(o.due)}到期）尚未登记报送，无需退回`, 'due');
  db.transaction(() => {
    run(db, sql`UPDATE duty_submission SET reopened_at = ${clock.at}, reopened_by = ${clock.by}, reopen_reason = ${why} WHERE id = ${o.submission!.id}`);
    logEvent(db, o, 'reopened', why, clock);
  })();
  return getOccurrence(db, clock.today, o.campaignId, o.dutyId, o.due);
}
