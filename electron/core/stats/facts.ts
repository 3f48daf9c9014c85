// The facts of a campaign's period, read with a few grouped SQL aggregates (never
// every row): the campaign's own clues by channel and disposal, its own cases by
// category with their sums, and the answers of the self-inspection round that the
// period uses. A clue or case counts for a campaign only when linked to it.
import type { CaseCategory, ClueChannel, ClueDisposal } from '../../../shared/cases';
import type { AnswerValue } from '../../../shared/inspection';
import type { StatsPeriod } from '../../../shared/stats';
import { AppError } from '../../../shared/errors';
import { campaignCasesFrom, campaignCluesFrom } from '../cases/reads';
import type { Db } from '../db/open';
import { all, sql } from '../db/sql';
import { applicableAnswers, latestOverlappingRound, roundPeriod } from '../inspection/reads';

export interface ClueGroup {
  channel: ClueChannel;
  disposal: ClueDisposal | null;
  n: number;
}

export interface CaseGroup {
  category: CaseCategory;
  supervised: number;
  agreement: number;
  n: number;
  amount: number;
  persons: number;
  penalized: number;
  toDiscipline: number;
  toJudicial: number;
  refund: number;
}

export interface RoundFacts {
  id: number;
  name: string;
  answers: Map<string, AnswerValue>;
  notes: Map<string, string>;
  /** The round's own period lies within the statistics period, so its answers and the records describe the same time. */
  covered: boolean;
}

export interface Facts {
  clues: ClueGroup[];
  cases: CaseGroup[];
  /** The round whose answers fill answer-based figures; null when the period has none. */
  round: RoundFacts | null;
  /** Whether this hospital ran a self-inspection round of the campaign in the period. */
  inspected: boolean;
}

/** Grouped once per campaign and date range; every table of one computation reuses them. */
export class FactsCache {
  private readonly groups = new Map<string, { clues: ClueGroup[]; cases: CaseGroup[] }>();
  private readonly rounds = new Map<string, { round: RoundFacts | null; inspected: boolean }>();

  constructor(private readonly db: Db) {}

  facts(campaignId: string, period: StatsPeriod, roundId: number | null): Facts {
    const key = `${campaignId}|${period.start}|${period.end}`;
    let g = this.groups.get(key);
    if (!g) {
      g = { clues: clueGroups(this.db, campaignId, period), cases: caseGroups(this.db, campaignId, period) };
      this.groups.set(key, g);
    }
    const rk = `${key}|${roundId ?? ''}`;
    let r = this.rounds.get(rk);
    if (!r) {
      r = roundFacts(this.db, campaignId, period, roundId);
      this.rounds.set(rk, r);
    }
    return { ...g, ...r };
  }
}

function clueGroups(db: Db, campaignId: string, p: StatsPeriod): ClueGroup[] {
  return all<ClueGroup>(
    db,
    sql`SELECT c.channel, c.disposal, count(*) AS n FROM ${campaignCluesFrom(campaignId)} WHERE c.received_on BETWEEN ${p.start} AND ${p.end} GROUP BY c.channel, c.disposal`,
  );
}

function caseGroups(db: Db, campaignId: string, p: StatsPeriod): CaseGroup[] {
  return all<CaseGroup>(
    db,
    sql`SELECT k.category, k.supervision IS NOT NULL AS supervised, k.agreement_action IS NOT NULL AS agreement, count(*) AS n,
               total(k.amount_fen) AS amount, total(k.persons) AS persons, total(k.penalized) AS penalized,
               total(k.to_discipline) AS toDiscipline, total(k.to_judicial) AS toJudicial, total(k.refund_fen) AS refund
        FROM ${campaignCasesFrom(campaignId)} WHERE k.opened_on BETWEEN ${p.start} AND ${p.end} GROUP BY k.category, supervised, agreement`,
  );
}

function roundFacts(db: Db, campaignId: string, p: StatsPeriod, roundId: number | null): { round: RoundFacts | null; inspected: boolean } {
  const latest = latestOverlappingRound(db, campaignId, p.start, p.end);
  const inspected = latest !== undefined;
  const row = roundId ? roundPeriod(db, roundId) : latest;
  if (roundId && !row) throw new AppError('roundNotFound', `找不到编号为 ${roundId} 的自查轮次`, 'roundId');
  if (row && row.campaignId !== campaignId) {
    throw new AppError('roundOfOtherCampaign', `自查轮次“${row.name}”属于另一个专项行动，不能用来填写本表`, 'roundId');
  }
  if (!row) return { round: null, inspected };
  const answers = new Map<string, AnswerValue>();
  const notes = new Map<string, string>();
  for (const a of applicableAnswers(db, row.id)) {
    if (a.json !== null) answers.set(a.id, JSON.parse(a.json) as AnswerValue);
    if (a.note) notes.set(a.id, a.note);
  }
  const covered = row.start >= p.start && row.end !== null && row.end <= p.end;
  return { round: { id: row.id, name: row.name, answers, notes, covered }, inspected };
}
