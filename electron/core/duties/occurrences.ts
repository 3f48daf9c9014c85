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
import { resolveCampaignId } from '../campaigns/catalog';
import type { Db } from '../db/open';

export const occurrenceKey = (campaignId: string, dutyId: string, due: string) => `${campaignId}:${dutyId}:${due}`;

/** The documents a duty asks for, read from its own words. */
export function dutyDocumentKinds(duty: Pick<Duty, 'title' | 'original'>): DocumentKind[] {
  const words = `${duty.title}${duty.original}`;
  const kinds: DocumentKind[] = [];
  if (/总结|工作情况|书面报告/.test(words)) kinds.push('summary');
  if (/方案/.test(words)) kinds.push('workplan');
  if (/领导小组/.test(words)) kinds.push('group');
  return kinds;
}

const asksForLedger = (duty: Pick<Duty, 'title' | 'original'>) => /台账/.test(`${duty.title}${duty.original}`);

interface SubmissionRow {
  id: number; campaign_id: string; duty_id: string; due: string; submitted_on: string; via: SubmissionVia; by: string; note: string;
  recorded_at: string; reopened_at: string | null; reopened_by: string | null; reopen_reason: string | null;
}
interface FileRow { submission_id: number; position: number; origin: 'generated' | 'scan'; name: string; sha256: string; size: number; export_id: number | null; exported_at: string | null }

function submissionViews(db: Db, rows: SubmissionRow[]): SubmissionView[] {
  const files = new Map<number, SubmissionFileView[]>();
  const fileStmt = db.prepare(`SELECT f.*, e.size, x.at AS exported_at FROM duty_submission_file f
    JOIN evidence_file e ON e.sha256 = f.sha256 LEFT JOIN export_log x ON x.id = f.export_id
    WHERE f.submission_id = ? ORDER BY f.position`);
  for (const r of rows) {
    files.set(r.id, (fileStmt.all(r.id) as FileRow[]).map((f) => ({
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
  const drafts = new Set(db.prepare('SELECT kind FROM document_draft WHERE campaign_id = ?').pluck().all(campaignId) as string[]);
  const exports = db.prepare('SELECT DISTINCT kind, detail, period FROM export_log WHERE campaign_id = ?').all(campaignId) as Held['exports'];
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
  const ids = campaign
    ? [resolveCampaignId(db, campaign)]
    : (db.prepare("SELECT id FROM campaign ORDER BY COALESCE(start_on, issued_on, '9999'), id").pluck().all() as string[]);
  return ids.map((id) => JSON.parse(db.prepare('SELECT file_json FROM campaign WHERE id = ?').pluck().get(id) as string) as CampaignFile);
}

function currentSubmissions(db: Db, campaignId: string): Map<string, SubmissionView> {
  const rows = db.prepare('SELECT * FROM duty_submission WHERE campaign_id = ? AND reopened_at IS NULL').all(campaignId) as SubmissionRow[];
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
  const rows = db
    .prepare('SELECT * FROM duty_submission WHERE campaign_id = ? AND duty_id = ? AND due = ? ORDER BY reopened_at IS NOT NULL, id DESC')
    .all(o.campaignId, o.dutyId, o.due) as SubmissionRow[];
  const history = db
    .prepare('SELECT at, by, action, detail FROM duty_event WHERE campaign_id = ? AND duty_id = ? AND due = ? ORDER BY id')
    .all(o.campaignId, o.dutyId, o.due) as DutyHistoryEntry[];
  return { submissions: submissionViews(db, rows), history };
}
