// The problem and rectification ledgers (问题台账, 整改台账): sources, the statuses a
// rectification moves through, the legal moves between them, and deadline warnings.

export const PROBLEM_SOURCES = ['自查', '上级巡查', '信访举报', '审计', '医保检查', '其他'] as const;
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];

export const RECTIFICATION_STATUSES = ['pending', 'inProgress', 'staged', 'done', 'verified', 'signedOff'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const statusLabel: Record<RectificationStatus, string> = {
  pending: '待整改',
  inProgress: '整改中',
  staged: '阶段性完成',
  done: '已完成（待验证）',
  verified: '已验证',
  signedOff: '已销号',
};

/** The moves an officer makes; each is allowed only from the statuses listed. */
export type RectificationAction = 'start' | 'stage' | 'resume' | 'complete' | 'verifyPass' | 'verifyFail' | 'signOff' | 'reopen';

export const actionLabel: Record<RectificationAction, string> = {
  start: '开始整改',
  stage: '阶段性完成',
  resume: '继续整改',
  complete: '整改完成',
  verifyPass: '验证通过',
  verifyFail: '验证不通过',
  signOff: '销号',
  reopen: '重新打开',
};

const MOVES: Record<RectificationAction, { from: readonly RectificationStatus[]; to: RectificationStatus }> = {
  start: { from: ['pending'], to: 'inProgress' },
  stage: { from: ['inProgress'], to: 'staged' },
  resume: { from: ['staged'], to: 'inProgress' },
  complete: { from: ['pending', 'inProgress', 'staged'], to: 'done' },
  verifyPass: { from: ['done'], to: 'verified' },
  verifyFail: { from: ['done'], to: 'inProgress' },
  signOff: { from: ['verified'], to: 'signedOff' },
  reopen: { from: ['signedOff'], to: 'inProgress' },
};

/**
 * Where an action leads from a status, or the Chinese reason it is not allowed.
 * Completing straight from 待整改 is only for 立行立改 (fixed at once).
 */
export function nextStatus(
  from: RectificationStatus,
  action: RectificationAction,
  immediate: boolean,
): { ok: true; to: RectificationStatus } | { ok: false; reason: string } {
  const move = MOVES[action];
  if (!move.from.includes(from) || (action === 'complete' && from === 'pending' && !immediate)) {
    const hint = action === 'complete' && from === 'pending' ? '（非立行立改的问题须先开始整改）' : '';
    return { ok: false, reason: `“${statusLabel[from]}”的整改不能“${actionLabel[action]}”${hint}` };
  }
  return { ok: true, to: move.to };
}

export function allowedActions(from: RectificationStatus, immediate: boolean): RectificationAction[] {
  return (Object.keys(MOVES) as RectificationAction[]).filter((a) => nextStatus(from, a, immediate).ok);
}

/** Statuses whose deadline still matters: the work is not finished. */
export const OPEN_STATUSES: readonly RectificationStatus[] = ['pending', 'inProgress', 'staged'];
export const FINISHED_STATUSES: readonly RectificationStatus[] = ['done', 'verified', 'signedOff'];

export type WarningLevel = 'red' | 'orange' | 'yellow' | null;

export const WARNING_DAYS = { yellow: 20, orange: 10 } as const;

export const warningLabel: Record<Exclude<WarningLevel, null>, string> = { red: '已逾期', orange: '10天内到期', yellow: '20天内到期' };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 巡察整改 practice: 20 days before the deadline yellow, 10 days orange, past due red. */
export function warningLevel(status: RectificationStatus, deadline: string | null, today: string): WarningLevel {
  if (!deadline || !OPEN_STATUSES.includes(status)) return null;
  const left = daysBetween(today, deadline);
  if (left < 0) return 'red';
  if (left <= WARNING_DAYS.orange) return 'orange';
  if (left <= WARNING_DAYS.yellow) return 'yellow';
  return null;
}

export interface LedgerTotals {
  total: number;
  byStatus: Record<RectificationStatus, number>;
  /** 立行立改, counted where the notice counts it; also inside byStatus. */
  immediate: number;
  /** Finished (已完成 + 已验证 + 已销号) over total, 0–1; null when there is nothing. */
  rate: number | null;
}

export function totalsOf(counts: Partial<Record<RectificationStatus, number>>, immediate: number): LedgerTotals {
  const byStatus = Object.fromEntries(RECTIFICATION_STATUSES.map((s) => [s, counts[s] ?? 0])) as Record<RectificationStatus, number>;
  const total = RECTIFICATION_STATUSES.reduce((n, s) => n + byStatus[s], 0);
  const finished = FINISHED_STATUSES.reduce((n, s) => n + byStatus[s], 0);
  return { total, byStatus, immediate, rate: total === 0 ? null : finished / total };
}

export interface ProblemRow {
  id: number;
  number: string;
  source: ProblemSource;
  roundId: number | null;
  elementId: string | null;
  campaignId: string | null;
  campaignTitle: string | null;
  category: string;
  description: string;
  departmentId: number | null;
  department: string | null;
  personId: number | null;
  person: string | null;
  foundOn: string;
  amountFen: number;
  note: string;
  measures: string;
  deadline: string | null;
  status: RectificationStatus;
  immediate: boolean;
  nextMilestone: string | null;
  signedOffBy: string | null;
  signedOffOn: string | null;
  updatedAt: string;
  warning: WarningLevel;
  /** The newest dated progress entry (整改进展), if any. */
  latestProgress: { onDate: string; text: string } | null;
}

export interface ProblemDetail {
  problem: ProblemRow;
  progress: { id: number; onDate: string; text: string; by: string; at: string }[];
  verifications: { id: number; passed: boolean; checker: string; onDate: string; findings: string; by: string; at: string }[];
  history: { at: string; by: string; field: string; old: string | null; new: string | null }[];
  actions: RectificationAction[];
  /** Evidence files attached now (removed ones not counted). */
  evidenceCount: number;
}

export const SORTABLE_COLUMNS = ['number', 'foundOn', 'deadline', 'status', 'department', 'source', 'amountFen', 'updatedAt'] as const;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];

export interface ProblemQuery {
  search?: string;
  statuses?: RectificationStatus[];
  sources?: ProblemSource[];
  departmentIds?: number[];
  /** Also (or, without departmentIds, only) problems with no department yet. */
  unassigned?: boolean;
  campaignId?: string;
  warning?: Exclude<WarningLevel, null>;
  immediate?: boolean;
  sort?: { column: SortColumn; direction: 'asc' | 'desc' };
  page?: number;
  pageSize?: number;
}

export interface ProblemPage {
  rows: ProblemRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** Human names of the fields history rows record. */
export const fieldLabel: Record<string, string> = {
  source: '问题来源', category: '问题类别', description: '问题描述', departmentId: '责任科室', personId: '责任人',
  foundOn: '发现时间', amountFen: '涉及金额', note: '备注', measures: '整改措施', deadline: '整改时限',
  status: '状态', immediate: '立行立改', repeatOf: '屡查屡犯', nextMilestone: '下一节点', campaignId: '专项行动', evidence: '佐证材料',
};
