// One model of a printable ledger (问题台账 or 整改台账, FORMATS.md §E), read by
// every writer: the .xlsx workbook, the HTML that Chromium prints to PDF, and
// the in-app print. Cells are plain text here; each writer escapes for its format.
import { formatWan } from './money';
import { statusLabel, type LedgerTotals, type ProblemRow } from './ledger';

export const LEDGER_KINDS = ['problems', 'rectifications', 'combined'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const ledgerTitle: Record<LedgerKind, string> = { problems: '问题台账', rectifications: '整改台账', combined: '问题整改台账' };

/** A ledger row with what only the printed 整改台账 needs. */
export interface LedgerExportRow extends ProblemRow {
  evidenceNames: string[];
  /** Who checked the last verification (复核人). */
  checker: string | null;
}

export interface LedgerColumn {
  header: string;
  /** Width in Chinese characters at the print size; writers convert. */
  width: number;
  /** Long text that takes what the short columns leave, in proportion to width. */
  grow?: boolean;
  align: 'left' | 'center' | 'right';
  /** What the cell holds in a workbook: a number or a date (ISO in `value`) stays one there. */
  type?: 'number' | 'date';
  value: (row: LedgerExportRow, index: number) => string;
}

export function statusText(r: ProblemRow): string {
  const parts = [statusLabel[r.status]];
  if (r.immediate) parts.push('（立行立改）');
  if (r.status === 'staged' && r.nextMilestone) parts.push(`\n下一节点 ${r.nextMilestone}`);
  return parts.join('');
}

const seq: LedgerColumn = { header: '序号', width: 2.5, align: 'center', value: (_, i) => String(i + 1) };
const number: LedgerColumn = { header: '问题编号', width: 6, align: 'center', value: (r) => r.number };
const department: LedgerColumn = { header: '责任科室', width: 5.5, align: 'center', value: (r) => r.department ?? '' };
const person: LedgerColumn = { header: '责任人', width: 4, align: 'center', value: (r) => r.person ?? '' };
const deadline: LedgerColumn = { header: '整改时限', width: 5.5, align: 'center', value: (r) => r.deadline ?? '' };
const status: LedgerColumn = { header: '状态', width: 8, align: 'center', value: statusText };
const note: LedgerColumn = { header: '备注', width: 10, grow: true, align: 'left', value: (r) => r.note };

const progressText = (r: LedgerExportRow) => (r.latestProgress ? `${r.latestProgress.onDate} ${r.latestProgress.text}` : '');

/**
 * 问题整改台账: problem and rectification on one line, the columns the notices' own
 * 台账 ask for. 责任领导 is not in the records: the column is left for the officer.
 */
const COMBINED: readonly LedgerColumn[] = [
  { ...seq, type: 'number' },
  { header: '问题来源', width: 4.5, align: 'center', value: (r) => r.source },
  { header: '问题描述', width: 20, grow: true, align: 'left', value: (r) => (r.category ? `【${r.category}】${r.description}` : r.description) },
  { header: '整改措施', width: 16, grow: true, align: 'left', value: (r) => r.measures },
  { header: '责任领导', width: 5, align: 'center', value: () => '' },
  department,
  person,
  { ...deadline, type: 'date' },
  { header: '整改进展', width: 14, grow: true, align: 'left', value: progressText },
  { ...status, header: '整改状态' },
  { header: '销号时间', width: 5.5, align: 'center', type: 'date', value: (r) => r.signedOffOn ?? '' },
  { ...note, width: 7 },
];

export const LEDGER_COLUMNS: Record<LedgerKind, readonly LedgerColumn[]> = {
  problems: [
    seq,
    number,
    { header: '问题来源', width: 4.5, align: 'center', value: (r) => r.source },
    { header: '发现时间', width: 5.5, align: 'center', value: (r) => r.foundOn },
    { header: '问题描述', width: 26, grow: true, align: 'left', value: (r) => (r.category ? `【${r.category}】${r.description}` : r.description) },
    { header: '涉及金额（万元）', width: 5, align: 'right', value: (r) => (r.amountFen ? formatWan(r.amountFen) : '') },
    department,
    person,
    deadline,
    status,
    note,
  ],
  rectifications: [
    seq,
    number,
    { header: '整改措施', width: 20, grow: true, align: 'left', value: (r) => r.measures },
    department,
    person,
    deadline,
    { header: '整改进展', width: 20, grow: true, align: 'left', value: progressText },
    status,
    { header: '佐证材料', width: 7, align: 'left', value: (r) => r.evidenceNames.join('\n') },
    { header: '复核人', width: 4, align: 'center', value: (r) => r.checker ?? '' },
    { header: '销号日期', width: 5.5, align: 'center', value: (r) => r.signedOffOn ?? '' },
    note,
  ],
  combined: COMBINED,
};

export interface LedgerDocument {
  kind: LedgerKind;
  title: string;
  /** 填报单位: the hospital's name, or blank for the officer to fill in. */
  unit: string;
  /** The day it was drawn up (YYYY-MM-DD). */
  date: string;
  /** What the screen was filtered by, so a printed page says what it covers; empty for all. */
  filter: string;
  headers: string[];
  widths: number[];
  grows: boolean[];
  aligns: LedgerColumn['align'][];
  /** Per column: 'text', or a number or date the workbook stores as one. */
  types: ('text' | 'number' | 'date')[];
  rows: string[][];
  totals: LedgerTotals;
  /** "合计 41 项：待整改 3 …，整改率 53.7%" — statuses add up to the total. */
  totalsLine: string;
  preparedBy: string;
}

export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function ledgerDocument(options: {
  kind: LedgerKind;
  rows: LedgerExportRow[];
  totals: LedgerTotals;
  unit: string;
  date: string;
  filter: string;
  preparedBy: string;
  /** The campaign the ledger is filtered to, named in the combined ledger's title. */
  campaign?: string | null;
}): LedgerDocument {
  const columns = LEDGER_COLUMNS[options.kind];
  const { totals } = options;
  const parts = (['pending', 'inProgress', 'staged', 'done', 'verified', 'signedOff'] as const).map(
    (s) => `${statusLabel[s]} ${totals.byStatus[s]}`,
  );
  const rate = totals.rate === null ? '—' : `${(totals.rate * 100).toFixed(1)}%`;
  return {
    kind: options.kind,
    // The combined ledger stands on its own: whose it is and for which campaign, in the title.
    title: options.kind === 'combined' ? `${options.unit}${options.campaign ?? ''}${ledgerTitle.combined}` : ledgerTitle[options.kind],
    unit: options.unit,
    date: options.date,
    filter: options.filter,
    headers: columns.map((c) => c.header),
    widths: columns.map((c) => c.width),
    grows: columns.map((c) => c.grow === true),
    aligns: columns.map((c) => c.align),
    types: columns.map((c) => c.type ?? 'text'),
    rows: options.rows.map((r, i) => columns.map((c) => c.value(r, i))),
    totals,
    totalsLine: `合计 ${totals.total} 项：${parts.join('，')}；其中立行立改 ${totals.immediate} 项；整改率 ${rate}`,
    preparedBy: options.preparedBy,
  };
}
