// The occurrences of every duty of every campaign (报送台账), each with its status
// on the day asked: what was sent for it, or what Zicha already holds towards it.
import { dutyAddressee } from '../../../shared/addressee';
import type { CampaignFile, Duty } from '../../../shared/campaign';
import {
  dutyDueDates, dutyStatus, dutyWarning,
  type DutyHistoryEntry, type DutyOccurrence, type SubmissionFileView, type SubmissionVia, type SubmissionView,
} from '../../../shared/duties';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/document';
import { AppError } from '../../../shared/errors';
import { reportedMonth } from '../../../shared/statsPeriod';
import { campaignFileOf, resolveCampaignId } from '../campaigns/catalog';
import { campaignIds } from '../campaigns/reads';
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, sql } from '../db/sql';
import { draftedKinds } from '../documents/reads';
import { storedFileSize } from '../evidenceStore';

export const occurrenceKey = (campaignId: string, dutyId: string, due: string) => `${campaignId}:${dutyId}:${due}`;

/** The documents a duty asks for, read from its own words. */
export function dutyDocumentKinds(duty: Pick<Duty, 'title' | 'original'>): DocumentKind[] {
  const words = `${duty.title}${duty.original}`;
  const kinds: DocumentKind[] = [];
  // A report on what the clearing found, or on how its problems were fixed, is the
  // inventory (清查及整改情况报告); a report on the whole work is the summary.
  const inventory = /(清查|清理)[^。；]*报告|整改情况|处理结果/.test(words);
  if (inventory) kinds.push('inventory');
  if (/总结|工作情况/.test(words) || (/书面报告/.test(words) && !inventory)) kinds.push('summary');
  if (/方案/.test(words)) kinds.push('workplan');
  if (/领导小组/.test(words)) kinds.push('group');
  return kinds;
}

const asksForLedger = (duty: Pick<Duty, 'title' | 'original'>) => /台账/.test(`${duty.title}${duty.original}`);

type SubmissionRow = Omit<Row<'duty_submission'>, 'via'> & { via: SubmissionVia };
const SUBMISSION_COLUMNS = sql`id, campaign_id, duty_id, due, submitted_on, via, by, note, recorded_at, reopened_at, reopened_by, reopen_reason`;
type FileRow = Omit<Row<'duty_submission_file'>, 'origin'> & { origin: 'generated' | 'scan'; size: number; exported_at: string | null };

function submissionViews(db: Db, rows: SubmissionRow[]): SubmissionView[] {
  const files = new Map<number, SubmissionFileView[]>();
  for (const r of rows) {
    // Every sent file is in the evidence store (duty_submission_file.sha256 references it), so its size is known.
    const fileRows = all<FileRow>(db, sql`SELECT f.submission_id, f.position, f.origin, f.name, f.sha256, f.export_id,
        ${storedFileSize(sql`f.sha256`)} AS size, x.at AS exported_at
      FROM duty_submission_file f LEFT JOIN export_log x ON x.id = f.export_id
      WHERE f.submission_id = ${r.id} ORDER BY f.position`);
    files.set(r.id, fileRows.map((f) => ({
      position: f.position, origin: f.origin, name: f.name, sha256: f.sha256, size: f.size, exportId: f.export_id, exportedAt: f.exported_at,
    })));
  }
  return rows.map((r) => ({
    id: r.id, submittedOn: r.submitted_on, via: r.via, by: r.by, note: r.note, recordedAt: r.recorded_at, files: files.get(r.id) ?? [],
    reopened: r.reopened_at ? { at: r.reopened_at, by: r.reopened_by ?? '', reason: r.reopen_reason ?? '' } : null,
  }));
}

interface Held { drafts: Set<string>; exports: { kind: string; detail: string; period: string | null }[] }

function heldFor(db: Db, campaignId: string): Held {
  const drafts = new Set(draftedKinds(db, campaignId));
  const exports = all<Held['exports'][number]>(db, sql`SELECT DISTINCT kind, detail, period FROM export_log WHERE campaign_id = ${campaignId}`);
  return { drafts, exports };
}

/** What Zicha holds towards one occurrence: the drafts and exports it asks for. */
function draftsOf(duty: Duty, due: string, monthly: boolean, held: Held): string[] {
  const out: string[] = [];
  for (const kind of dutyDocumentKinds(duty)) {
    if (held.exports.some((e) => e.kind === 'document' && e.detail === kind)) out.push(`${DOCUMENT_KINDS[kind]}已导出`);
    else if (held.drafts.has(kind)) out.push(`${DOCUMENT_KINDS[kind]}已起草`);
  }
  const sends = duty.sends ?? [];
  if (sends.length > 0) {
    const covers = monthly ? reportedMonth(due) : null;
    const tables = held.exports.some((e) => e.kind === 'stats' && e.detail.split(',').some((t) => sends.includes(t)) && (!covers || e.period === covers));
    if (tables) out.push(covers ? `${Number(covers.slice(5))}月统计表已导出` : '统计表已导出');
  }
  if (asksForLedger(duty) && held.exports.some((e) => e.kind === 'ledger')) out.push('台账已导出');
  return out;
}

function campaignFiles(db: Db, campaign?: string): CampaignFile[] {
  const ids = campaign ? [resolveCampaignId(db, campaign)] : campaignIds(db);
  return ids.map((id) => campaignFileOf(db, id));
}

function currentSubmissions(db: Db, campaignId: string): Map<string, SubmissionView> {
  const rows = all<SubmissionRow>(db, sql`SELECT ${SUBMISSION_COLUMNS} FROM duty_submission WHERE campaign_id = ${campaignId} AND reopened_at IS NULL`);
  const views = submissionViews(db, rows);
  return new Map(rows.map((r, i) => [occurrenceKey(r.campaign_id, r.duty_id, r.due), views[i]!]));
}

/** Every occurrence of every duty (of one campaign when given), by due date. */
export function listOccurrences(db: Db, today: string, campaign?: string): DutyOccurrence[] {
  const out: DutyOccurrence[] = [];
  for (const file of campaignFiles(db, campaign)) {
    const held = heldFor(db, file.id);
    const sent = currentSubmissions(db, file.id);
    for (const duty of file.duties) {
      const monthly = duty.recurrence?.kind === 'monthly';
      for (const due of dutyDueDates(duty, file.period)) {
        const key = occurrenceKey(file.id, duty.id, due);
        const submission = sent.get(key) ?? null;
        const drafts = draftsOf(duty, due, monthly, held);
        const status = dutyStatus(due, submission?.submittedOn ?? null, drafts.length > 0, today);
        out.push({
          key, campaignId: file.id, campaignTitle: file.title, docNumber: file.docNumber ?? null, dutyId: duty.id, title: duty.title,
          original: duty.original, due, monthly, covers: monthly ? reportedMonth(due) : null, addressee: dutyAddressee(file, duty),
          formats: duty.formats, status, warning: dutyWarning(due, status, today), drafts, submission,
        });
      }
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.campaignId.localeCompare(b.campaignId) || a.dutyId.localeCompare(b.dutyId));
}

/** One occurrence; refused, naming it, when the duty has no such due date. */
export function getOccurrence(db: Db, today: string, campaign: string, dutyId: string, due: string): DutyOccurrence {
  const campaignId = resolveCampaignId(db, campaign);
  const all = listOccurrences(db, today, campaignId).filter((o) => o.dutyId === dutyId);
  if (all.length === 0) throw new AppError('dutyNotFound', `专项行动“${campaignId}”没有编号为“${dutyId}”的报送要求`, 'duty');
  const found = all.find((o) => o.due === due);
  if (!found) {
    throw new AppError('occurrenceNotFound', `报送要求“${all[0]!.title}”没有 ${due} 到期的一次（到期日：${all.map((o) => o.due).join('、')}）`, 'due');
  }
  return found;
}

export function occurrenceHistory(db: Db, o: Pick<DutyOccurrence, 'campaignId' | 'dutyId' | 'due'>): { submissions: SubmissionView[]; history: DutyHistoryEntry[] } {
  const rows = all<SubmissionRow>(
    db,
    sql`SELECT ${SUBMISSION_COLUMNS} FROM duty_submission WHERE campaign_id = ${o.campaignId} AND duty_id = ${o.dutyId} AND due = ${o.due}
      ORDER BY reopened_at IS NOT NULL, id DESC`,
  );
  const history = all<DutyHistoryEntry>(
    db,
    sql`SELECT at, by, action, detail FROM duty_event WHERE campaign_id = ${o.campaignId} AND duty_id = ${o.dutyId} AND due = ${o.due} ORDER BY id`,
  );
  return { submissions: submissionViews(db, rows), history };
}
