// Reporting duties (报送要求) as the 报送台账 and the calendar show them: every
// occurrence of every duty (a one-off date, or each monthly date within the
// campaign period), its status on a given day, and what was sent.
import type { Addressee } from './addressee';
import type { CampaignFile, Duty } from './campaign';
import { isoOf } from './dates';
import type { WarningLevel } from './ledger';
import { WARNING_DAYS } from './ledger';

export const SUBMISSION_VIAS = ['email', 'system', 'paper', 'onsite'] as const;
export type SubmissionVia = (typeof SUBMISSION_VIAS)[number];
export const viaLabel: Record<SubmissionVia, string> = { email: '邮箱', system: '政务系统', paper: '纸质', onsite: '现场' };

/** The channel named in English or in the office's own words (邮箱, 政务系统 …). */
export function parseVia(text: string): SubmissionVia | null {
  const t = text.trim();
  if ((SUBMISSION_VIAS as readonly string[]).includes(t)) return t as SubmissionVia;
  return SUBMISSION_VIAS.find((v) => viaLabel[v] === t) ?? null;
}

export const DUTY_STATUSES = ['notStarted', 'drafted', 'sent', 'overdue', 'sentLate'] as const;
export type DutyStatus = (typeof DUTY_STATUSES)[number];
export const dutyStatusLabel: Record<DutyStatus, string> = {
  notStarted: '未开始',
  drafted: '已起草',
  sent: '已报送',
  overdue: '逾期未报',
  sentLate: '逾期报送',
};
export const isSentStatus = (s: DutyStatus) => s === 'sent' || s === 'sentLate';

function daysInMonth(y: number, month: number): number {
  return new Date(Date.UTC(y, month, 0)).getUTCDate();
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Every due date of a duty: its own date, or day N of each month within the
 * campaign period (clamped to short months). A monthly duty of a campaign
 * without a start and end has no dates to list.
 */
export function dutyDueDates(duty: Pick<Duty, 'due' | 'recurrence'>, period: CampaignFile['period']): string[] {
  if (duty.recurrence?.kind !== 'monthly') return duty.due ? [duty.due] : [];
  const { start, end } = period;
  if (!start || !end) return [];
  const out: string[] = [];
  let y = Number(start.slice(0, 4));
  let mo = Number(start.slice(5, 7));
  for (let i = 0; i < 240; i++) {
    const date = isoOf(y, mo, Math.min(duty.recurrence.day, daysInMonth(y, mo)));
    if (date > end) break;
    if (date >= start) out.push(date);
    mo += 1;
    if (mo > 12) {
      mo = 1;
      y += 1;
    }
  }
  return out;
}

/** The status of one occurrence on `today`. */
export function dutyStatus(due: string, sentOn: string | null, drafted: boolean, today: string): DutyStatus {
  if (sentOn) return sentOn > due ? 'sentLate' : 'sent';
  if (today > due) return 'overdue';
  return drafted ? 'drafted' : 'notStarted';
}

/** The 20/10-day and overdue warnings, as for rectifications; none once sent. */
export function dutyWarning(due: string, status: DutyStatus, today: string): WarningLevel {
  if (isSentStatus(status)) return null;
  const left = daysBetween(today, due);
  if (left < 0) return 'red';
  if (left <= WARNING_DAYS.orange) return 'orange';
  if (left <= WARNING_DAYS.yellow) return 'yellow';
  return null;
}

/** A file sent with a submission: an export Zicha wrote (with its hash), or a scanned copy. */
export interface SubmissionFileView {
  position: number;
  origin: 'generated' | 'scan';
  name: string;
  sha256: string;
  size: number;
  /** The export this file is, when Zicha wrote it. */
  exportId: number | null;
  exportedAt: string | null;
}

export interface SubmissionView {
  id: number;
  submittedOn: string;
  via: SubmissionVia;
  by: string;
  note: string;
  recordedAt: string;
  files: SubmissionFileView[];
  /** Set once the record was reopened (a report found wanting, sent again). */
  reopened: { at: string; by: string; reason: string } | null;
}

export interface DutyOccurrence {
  /** campaign id : duty id : due date — one occurrence. */
  key: string;
  campaignId: string;
  campaignTitle: string;
  docNumber: string | null;
  dutyId: string;
  title: string;
  original: string;
  due: string;
  monthly: boolean;
  /** The month a monthly table reports (due 12月5日 → 2020-11); null for a one-off duty. */
  covers: string | null;
  addressee: Addressee | null;
  formats: Duty['formats'];
  status: DutyStatus;
  warning: WarningLevel;
  /** What Zicha holds towards it: drafts and exports, in words. */
  drafts: string[];
  submission: SubmissionView | null;
}

export interface DutyHistoryEntry {
  at: string;
  by: string;
  action: 'recorded' | 'reopened';
  detail: string;
}

export interface DutyDetail {
  occurrence: DutyOccurrence;
  /** Every submission ever recorded for it, the current one first. */
  submissions: SubmissionView[];
  history: DutyHistoryEntry[];
}

/** An export Zicha wrote, offered when recording what was sent. */
export interface ExportView {
  id: number;
  at: string;
  by: string;
  campaignId: string | null;
  what: string;
  file: string;
  sha256: string;
  size: number;
}

export interface DutyCount {
  campaignId: string;
  campaignTitle: string;
  total: number;
  sent: number;
  overdue: number;
  /** The next occurrence still to send, if any. */
  next: DutyOccurrence | null;
}

/** Per campaign: how many occurrences are sent, how many overdue, and the next one open. */
export function countDuties(occurrences: readonly DutyOccurrence[]): DutyCount[] {
  const by = new Map<string, DutyCount>();
  for (const o of occurrences) {
    const c = by.get(o.campaignId) ?? { campaignId: o.campaignId, campaignTitle: o.campaignTitle, total: 0, sent: 0, overdue: 0, next: null };
    c.total += 1;
    if (isSentStatus(o.status)) c.sent += 1;
    if (o.status === 'overdue') c.overdue += 1;
    if (!isSentStatus(o.status) && (!c.next || o.due < c.next.due)) c.next = o;
    by.set(o.campaignId, c);
  }
  return [...by.values()];
}

export type CalendarKind = 'duty' | 'task' | 'phase' | 'round' | 'rectification';
export const calendarKindLabel: Record<CalendarKind, string> = {
  duty: '报送',
  task: '任务时限',
  phase: '阶段',
  round: '自查截止',
  rectification: '整改时限',
};

/** One dated thing on the calendar. */
export interface CalendarEntry {
  /** Stable across exports, so a calendar program updates rather than duplicates. */
  uid: string;
  kind: CalendarKind;
  date: string;
  /** The last day of a phase; null for a single day. */
  end: string | null;
  title: string;
  detail: string;
  campaignId: string | null;
  campaignTitle: string | null;
  /** Sent, closed, rectified: nothing left to do. */
  done: boolean;
  warning: WarningLevel;
  /** The window's page for it. */
  link: string;
}

/** What falls due from today to today + 10 days and is not done, soonest first. */
export function dueSoon(entries: readonly CalendarEntry[], today: string, days = WARNING_DAYS.orange): CalendarEntry[] {
  const last = addDays(today, days);
  return entries.filter((e) => !e.done && e.kind !== 'phase' && e.date >= today && e.date <= last).sort((a, b) => a.date.localeCompare(b.date));
}
