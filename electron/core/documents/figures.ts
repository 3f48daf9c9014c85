// Every number a document states, read from the records of one campaign through
// the queries the ledger, the rounds and the statistics already use. A kind of
// record the campaign has none of (no self-inspection round, no problem, no clue
// or case in its period) gives no figure at all, so the draft leaves a marked
// blank; a kind that exists gives true counts, zeros included.
// The tables a summary attaches are computed here once: the text's figures about
// clues and cases are read from their cells (table.<table>.<row>), and the
// attachments print the same views, so the sentence and the cell cannot differ.
import type { CampaignFile } from '../../../shared/campaign';
import { CLUE_DISPOSALS, INSURANCE_CATEGORIES } from '../../../shared/cases';
import { OPEN_STATUSES, RECTIFICATION_STATUSES, statusLabel, type ProblemRow, type RectificationStatus } from '../../../shared/ledger';
import { formatWan } from '../../../shared/money';
import { parsePeriod, type StatsPeriod } from '../../../shared/statsPeriod';
import type { RoundSummary } from '../../../shared/inspection';
import type { StatsTableView } from '../../../shared/stats';
import { campaignFileOf } from '../campaigns/catalog';
import type { Db } from '../db/open';
import { listRounds } from '../inspection/rounds';
import { allProblems, ledgerTotals } from '../ledger/query';
import { countRoundProblems } from '../ledger/reads';
import { countRepeats } from '../ledger/repeats';
import { computation, computeTable } from '../stats/compute';
import { FactsCache } from '../stats/facts';
import { readSettings } from '../stats/header';

/** What a blank says when its figure has no records; also names every key a draft may use. */
export const FIGURE_LABELS: Record<string, string> = {
  'inspection.rounds': '自查轮次数',
  'inspection.items': '自查检查项目数',
  'inspection.answered': '已作答项目数',
  'inspection.problems': '自查发现问题数',
  'problems.total': '发现问题数',
  'problems.rectified': '已完成整改问题数',
  'problems.staged': '阶段性完成问题数',
  'problems.unfinished': '尚未完成整改问题数',
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
  'cases.penalized': '行政处罚人次',
  'cases.toDiscipline': '移交纪检监察机关人次',
  'cases.toJudicial': '移交司法机关人次',
  'cases.insurance': '医保违法违规案件数',
  'cases.agreement': '暂停或解除医保服务协议案件数',
  'cases.refund': '追回医保基金（万元）',
  'cases.supervised': '挂牌督办案件数',
};
for (const s of RECTIFICATION_STATUSES) FIGURE_LABELS[`problems.status.${s}`] = `${statusLabel[s]}问题数`;
for (const d of CLUE_DISPOSALS) FIGURE_LABELS[`clues.disposal.${d}`] = `${d}线索数`;

export function figureLabel(key: string): string {
  if (key.startsWith('problems.openByCategory.')) return `${key.slice('problems.openByCategory.'.length)}类未完成整改问题数`;
  if (key.startsWith('table.')) return '统计表中的数字';
  return FIGURE_LABELS[key] ?? (key.startsWith('problems.openBy.') ? '科室未完成整改问题数' : key);
}

/** The key of a table cell's figure: table.<table>.<row>, with .<column> where the table has several. */
export const tableKey = (tableId: string, rowId: string, columnId: string) => `table.${tableId}.${rowId}${columnId ? `.${columnId}` : ''}`;

export interface OpenByDepartment {
  department: string;
  total: number;
  byStatus: Partial<Record<RectificationStatus, number>>;
}

export interface OpenByCategory {
  /** The ledger's 问题类别; '' where none was given. */
  category: string;
  open: number;
  overdue: number;
}

export interface CampaignFigures {
  file: CampaignFile;
  /** The campaign from its start to its end or today, whichever is first; null before it starts or without a start date. */
  period: StatsPeriod | null;
  latestRound: RoundSummary | null;
  /** Key → value as printed; only keys whose kind of record exists. */
  values: Record<string, string>;
  openByDepartment: OpenByDepartment[];
  /** Unfinished problems by the ledger's category, most first. */
  openByCategory: OpenByCategory[];
  /** The tables and checklists the campaign's duty sends with the summary, filled for the period: its attachments. */
  sent: StatsTableView[];
  /** Whether the campaign has any clue, or any case, in its period (else their figures are blanks). */
  records: { clues: boolean; cases: boolean };
}

export function campaignPeriod(file: CampaignFile, today: string): StatsPeriod | null {
  const until = file.period.end && file.period.end < today ? file.period.end : today;
  const parsed = parsePeriod('all', file.period, until);
  return parsed.ok ? parsed.period : null;
}

const count = (n: number) => String(n);

/** "50" and "42.86", as an office writes a rate: no trailing zeros. */
export const percent = (part: number, whole: number) => String(Number(((part / whole) * 100).toFixed(2)));

/**
 * What the summary attaches: the tables and checklists the summary's own duty
 * sends (a duty titled …总结…), else every duty's; never one no duty names, so a
 * checklist kept for the inspectors' use (广西 附件2) is not sent.
 */
export function sentIds(file: CampaignFile): string[] {
  const named = (ds: CampaignFile['duties']) => [...new Set(ds.flatMap((d) => d.sends ?? []))];
  const own = named(file.duties.filter((d) => /总结/.test(d.title)));
  return own.length ? own : named(file.duties);
}

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
    values['inspection.problems'] = count(countRoundProblems(db, rounds.map((r) => r.id)));
  }

  const totals = ledgerTotals(db, { campaignId }, today);
  let openByDepartment: OpenByDepartment[] = [];
  let openByCategory: OpenByCategory[] = [];
  if (totals.total > 0) {
    const open = OPEN_STATUSES.reduce((n, s) => n + totals.byStatus[s], 0);
    values['problems.total'] = count(totals.total);
    for (const s of RECTIFICATION_STATUSES) values[`problems.status.${s}`] = count(totals.byStatus[s]);
    // 完成, 阶段性完成 and 未完成 partition the total, as rectification reports count them.
    values['problems.rectified'] = count(totals.total - open);
    values['problems.staged'] = count(totals.byStatus.staged);
    values['problems.unfinished'] = count(totals.byStatus.pending + totals.byStatus.inProgress);
    values['problems.signedOff'] = count(totals.byStatus.signedOff);
    values['problems.rate'] = percent(totals.total - open, totals.total);
    values['problems.open'] = count(open);
    values['problems.overdue'] = count(ledgerTotals(db, { campaignId, warning: 'red' }, today).total);
    values['problems.immediate'] = count(totals.immediate);
    values['problems.repeats'] = count(countRepeats(db, campaignId));
    // One read of the unfinished problems serves both groupings (5,000 problems: a read is some 40 ms).
    const unfinished = allProblems(db, { campaignId, statuses: [...OPEN_STATUSES] }, today);
    openByDepartment = openProblemsByDepartment(unfinished);
    for (const d of openByDepartment) {
      values[`problems.openBy.${d.department}`] = count(d.total);
      for (const [s, n] of Object.entries(d.byStatus)) values[`problems.openBy.${d.department}.${s}`] = count(n);
    }
    openByCategory = openProblemsByCategory(unfinished);
    for (const c of openByCategory) values[`problems.openByCategory.${c.category || '其他'}`] = count(c.open);
  }

  let sent: StatsTableView[] = [];
  const records = { clues: false, cases: false };

  if (period) {
    // The same grouped facts the attached statistics tables are computed from, so the text and the tables agree.
    const facts = new FactsCache(db).facts(campaignId, period, null);
    const clues = facts.clues.reduce((n, g) => n + g.n, 0);
    records.clues = clues > 0;
    records.cases = facts.cases.some((g) => g.n > 0);
    sent = sentViews(db, file, period, latestRound, today);
    for (const v of sent) {
      if (v.kind !== 'table') continue;
      for (const r of v.sections.flatMap((x) => x.rows)) {
        for (const c of r.cells) if (c.value !== null) values[tableKey(v.tableId, r.id, c.columnId)] = c.text;
      }
    }
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
  return { file, period, latestRound, values, openByDepartment, openByCategory, sent, records };
}

const annexNumber = (v: StatsTableView) => Number(/\d+/.exec(v.annex ?? '')?.[0] ?? 999);

/** The sent tables filled for the period, and sent checklists from the latest round, in the order of their annex numbers. */
function sentViews(db: Db, file: CampaignFile, period: StatsPeriod, latestRound: RoundSummary | null, today: string): StatsTableView[] {
  const ids = sentIds(file);
  const c = computation(db, readSettings(db, today));
  const views = file.tables.filter((t) => ids.includes(t.id)).map((t) => computeTable(c, { campaignId: file.id, tableId: t.id, period }));
  // A checklist is only filled where the hospital inspected itself; an empty form is no attachment.
  if (latestRound) {
    for (const cl of file.checklists.filter((x) => ids.includes(x.id))) {
      views.push(computeTable(c, { campaignId: file.id, tableId: cl.id, period, roundId: latestRound.id }));
    }
  }
  return views.sort((a, b) => annexNumber(a) - annexNumber(b));
}

/** Unfinished problems by the ledger's category, most first; overdue ones counted within each. */
function openProblemsByCategory(unfinished: ProblemRow[]): OpenByCategory[] {
  const groups = new Map<string, OpenByCategory>();
  for (const p of unfinished) {
    const g = groups.get(p.category) ?? { category: p.category, open: 0, overdue: 0 };
    g.open++;
    if (p.warning === 'red') g.overdue++;
    groups.set(p.category, g);
  }
  return [...groups.values()].sort((a, b) => b.open - a.open || a.category.localeCompare(b.category, 'zh'));
}

/** Departments with unfinished problems, most first; the status counts of each add up to its total. */
function openProblemsByDepartment(unfinished: ProblemRow[]): OpenByDepartment[] {
  const groups = new Map<string, OpenByDepartment>();
  for (const p of unfinished) {
    const name = p.department ?? '未指定科室';
    const g = groups.get(name) ?? { department: name, total: 0, byStatus: {} };
    g.total++;
    g.byStatus[p.status] = (g.byStatus[p.status] ?? 0) + 1;
    groups.set(name, g);
  }
  return [...groups.values()].sort((a, b) => b.total - a.total || a.department.localeCompare(b.department, 'zh'));
}
