// What the catalog of campaigns (专项行动) shows, shared by core and renderer.
import type { CampaignFile } from './campaign';
import { nextMonthlyDue } from './dates';

export type CampaignStatus = 'upcoming' | 'running' | 'over' | 'undated';

export const campaignStatusLabel: Record<CampaignStatus, string> = {
  upcoming: '未开始',
  running: '进行中',
  over: '已结束',
  undated: '未定期限',
};

export function campaignStatus(period: { start: string | null; end: string | null }, today: string): CampaignStatus {
  if (!period.start && !period.end) return 'undated';
  if (period.start && today < period.start) return 'upcoming';
  if (period.end && today > period.end) return 'over';
  return 'running';
}

export interface CampaignSummary {
  id: string;
  title: string;
  kind: CampaignFile['kind'];
  docNumber: string | null;
  issuers: string[];
  issuedOn: string | null;
  period: { start: string | null; end: string | null };
  status: CampaignStatus;
  origin: 'builtin' | 'user';
  revision: number;
  counts: { tasks: number; items: number; tables: number };
}

export interface CampaignDetail {
  summary: CampaignSummary;
  file: CampaignFile;
  /** Elements of earlier revisions that this one no longer has (shown as retired). */
  retired: { kind: string; id: string; label: string }[];
}

export type SearchHitKind = 'task' | 'item' | 'row';

export interface SearchHit {
  campaignId: string;
  campaignTitle: string;
  docNumber: string | null;
  kind: SearchHitKind;
  elementId: string;
  label: string;
  /** A few characters either side of the match, with the match itself separated out. */
  snippet: { before: string; match: string; after: string };
}

/** A hit in the office's own records: a ledger problem, a clue or a case. */
export type RecordHitKind = 'problem' | 'clue' | 'case';

export interface RecordHit {
  kind: RecordHitKind;
  id: number;
  number: string;
  /** The record's own name: a problem's description, a clue's summary, a case's title. */
  label: string;
  snippet: { before: string; match: string; after: string };
}

export const SEARCH_MIN_CHARS = 2;

/** When a duty is next due: its fixed date, or the next monthly date within the period. */
export function nextDue(
  duty: CampaignFile['duties'][number],
  period: CampaignFile['period'],
  today: string,
): string | null {
  if (duty.recurrence?.kind === 'monthly') {
    return nextMonthlyDue(today, duty.recurrence.day, period.start, period.end);
  }
  return duty.due;
}
