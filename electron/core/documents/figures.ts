// Every number a document states, read from the records of one campaign through
// the queries the ledger, the rounds and the statistics already use. A kind of
// record the campaign has none of (no self-inspection round, no problem, no clue
// or case in its period) gives no figure at all, so the draft leaves a marked
// blank; a kind that exists gives true counts, zeros included.
import type { CampaignFile } from '../../../shared/campaign';
import { CLUE_DISPOSALS, INSURANCE_CATEGORIES } from '../../../shared/cases';
import { OPEN_STATUSES, RECTIFICATION_STATUSES, statusLabel, type RectificationStatus } from '../../../shared/ledger';
import { formatWan } from '../../../shared/money';
import { parsePeriod, type StatsPeriod } from '../../../shared/statsPeriod';
import type { RoundSummary } from '../../../shared/inspection';
import { campaignFileOf } from '../campaigns/catalog';
import type { Db } from '../db/open';
import { listRounds } from '../inspection/rounds';
import { allProblems, ledgerTotals } from '../ledger/query';
import { countRepeats } from '../ledger/repeats';
import { FactsCache } from '../stats/facts';

/** What a blank says when its figure has no records; also names every key a draft may use. */
export const FIGURE_LABELS: Record<string, string> = {
  'inspection.rounds': '自查轮次数',
  'inspection.items': '自查检查项目数',
  'inspection.answered': '已作答项目数',
  'inspection.problems': '自查发现问题数',
  'problems.total': '发现问题数',
  'problems.rectified': '已完成整改问题数',
  'problems.signedOff': '已销号问题数',
  'problems.rate': '整改完成率',
  'problems.open': '未完成整改问题数',
  'problems.overdue': '逾期未整改问题数',
  'problems.immediate': '立行立改问题数',
  'problems.repeats': '屡查屡犯问题数',
  'clues.total': '受理线索数',
  'clues.undisposed': '未处置线索数',
  'cases.total': '查处案件数',
  'cases.amount': '涉案金额（万元）',
  'cases.persons': '涉及人员（人次）',
  'cases.penalized': '给予处理人次',
  'cases.toDiscipline': '移送纪检监察机关人次',
  'cases.toJudicial': '移送司法机关人次',
  'cases.insurance': '医保违法违规案件数',
  'cases.agreement': '医保协议处理家次',
  'cases.refund': '追回医保基金（万元）',
  'cases.supervised': '挂牌督办案件数',
};
for (const s of RECTIFICATION_STATUSES) FIGURE_LABELS[`problems.status.${s}`] = `${statusLabel[s]}问题数`;
for (const d of CLUE_DISPOSALS) FIGURE_LABELS[`clues.disposal.${d}`] = `${d}线索数`;

export function figureLabel(key: string): string {
  return FIGURE_LABELS[key] ?? (key.startsWith('problems.openBy.') ? '科室未完成整改问题数' : key);
}

export interface OpenByDepartment {
  department: string;
  total: number;
  byStatus: Partial<Record<RectificationStatus, number>>;
}

export interface CampaignFigures {
  file: CampaignFile;
  /** The campaign from its start to its end or today, whichever is first; null before it starts or without a start date. */
  period: StatsPeriod | null;
  latestRound: RoundSummary | null;
  /** Key → value as printed; only keys whose kind of record exists. */
  values: Record<string, string>;
  openByDepartment: OpenByDepartment[];
}

export function campaignPeriod(file: CampaignFile, today: string): StatsPeriod | null {
  const until = file.period.end && file.period.end < today ? file.period.end : today;
  const parsed = parsePeriod('all', file.period, until);
  return parsed.ok ? parsed.period : null;
}

const count = (n: number) => String(n);

export function campaignFigures(db: Db, campaignId: string, today: string): CampaignFigures {
  const file = campaignFileOf(db, campaignId);
  const period = campaignPeriod(file, today);
  const values: Record<string, string> = {};

  const rounds = listRounds(db, campaignId);
  const latestRound = rounds[0] ?? null;
  if (latestRound) {
    values['inspection.rounds'] = count(rounds.length);
    values['inspection.items'] = count(latestRound.progress.applicable);
    values['inspection.answered'] = count(latestRound.progress.answered);
    values['inspection.problems'] = count(
      db.prepare('SELECT count(*) FROM problem p JOIN inspection_round r ON r.id = p.round_id WHERE r.campaign_id = ?').pluck().get(campaignId) as number,
    );
  }

  const totals = ledgerTotals(db, { campaignId }, today);
  let openByDepartment: OpenByDepartment[] = [];
  if (totals.total > 0) {
    const open = OPEN_STATUSES.reduce((n, s) => n + totals.byStatus[s], 0);
    values['problems.total'] = count(totals.total);
    for (const s of RECTIFICATION_STATUSES) values[`problems.status.${s}`] = count(totals.byStatus[s]);
    values['problems.rectified'] = count(totals.total - open);
    values['problems.signedOff'] = count(totals.byStatus.signedOff);
    values['problems.rate'] = (((totals.total - open) / totals.total) * 100).toFixed(2);
    values['problems.open'] = count(open);
    values['problems.overdue'] = count(ledgerTotals(db, { campaignId, warning: 'red' }, today).total);
    values['problems.immediate'] = count(totals.immediate);
    values['problems.repeats'] = count(countRepeats(db, campaignId));
    openByDepartment = openProblemsByDepartment(db, campaignId, today);
    for (const d of openByDepartment) {
      values[`problems.openBy.${d.department}`] = count(d.total);
      for (const [s, n] of Object.entries(d.byStatus)) values[`problems.openBy.${d.department}.${s}`] = count(n);
    }
  }

  if (period) {
    // The same grouped facts the attached statistics tables are computed from, so the text and the tables agree.
    const facts = new FactsCache(db).facts(campaignId, period, null);
    const clues = facts.clues.reduce((n, g) => n + g.n, 0);
    if (clues > 0) {
      values['clues.total'] = count(clues);
      for (const d of CLUE_DISPOSALS) values[`clues.disposal.${d}`] = count(facts.clues.filter((g) => g.disposal === d).reduce((n, g) => n + g.n, 0));
      values['clues.undisposed'] = count(facts.clues.filter((g) => g.disposal === null).reduce((n, g) => n + g.n, 0));
    }
    const cases = facts.cases;
    const sum = (pick: (g: (typeof cases)[number]) => number) => cases.reduce((n, g) => n + pick(g), 0);
    if (sum((g) => g.n) > 0) {
      values['cases.total'] = count(sum((g) => g.n));
      values['cases.amount'] = formatWan(sum((g) => g.amount));
      values['cases.persons'] = count(sum((g) => g.persons));
      values['cases.penalized'] = count(sum((g) => g.penalized));
      values['cases.toDiscipline'] = count(sum((g) => g.toDiscipline));
      values['cases.toJudicial'] = count(sum((g) => g.toJudicial));
      values['cases.insurance'] = count(sum((g) => (INSURANCE_CATEGORIES.includes(g.category) ? g.n : 0)));
      values['cases.agreement'] = count(sum((g) => (g.agreement ? g.n : 0)));
      values['cases.refund'] = formatWan(sum((g) => g.refund));
      values['cases.supervised'] = count(sum((g) => (g.supervised ? g.n : 0)));
    }
  }
  return { file, period, latestRound, values, openByDepartment };
}

/** Departments with unfinished problems, most first; the status counts of each add up to its total. */
function openProblemsByDepartment(db: Db, campaignId: string, today: string): OpenByDepartment[] {
  const groups = new Map<string, OpenByDepartment>();
  for (const p of allProblems(db, { campaignId, statuses: [...OPEN_STATUSES] }, today)) {
    const name = p.department ?? '未指定科室';
    const g = groups.get(name) ?? { department: name, total: 0, byStatus: {} };
    g.total++;
    g.byStatus[p.status] = (g.byStatus[p.status] ?? 0) + 1;
    groups.set(name, g);
  }
  return [...groups.values()].sort((a, b) => b.total - a.total || a.department.localeCompare(b.department, 'zh'));
}
