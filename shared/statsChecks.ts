// A statistics table checks itself: whole numbers where the unit counts things,
// sub-rows (其中…) no larger than their total, and declared rules between rows,
// tables and self-inspection answers. Pure: the core supplies the figures.
import { WHOLE_UNITS, type Measure, type StatsIssue, type StatsRowView, type StatsTableView } from './stats';

/** One side of a rule: rows of a table (added up), or a measure evaluated for the same period. */
export type Operand =
  | { kind: 'rows'; rowIds: string[]; campaignId?: string; tableId?: string; columnId?: string }
  | { kind: 'measure'; measure: Measure; label: string };

export interface StatsRule {
  /** lte: a ≤ b; eq: a = b; agree: a > 0 exactly when b > 0. */
  kind: 'lte' | 'eq' | 'agree';
  a: Operand;
  b: Operand;
  /** Where the failure is shown. */
  rowId: string;
}

const EPS = 1e-9;

export function rowName(row: Pick<StatsRowView, 'no' | 'label' | 'sublabel'>): string {
  const label = row.label.length > 24 ? `${row.label.slice(0, 24)}…` : row.label;
  return `${row.no ? `第 ${row.no} 项` : ''}“${label}${row.sublabel ? `—${row.sublabel}` : ''}”`;
}

const fmt = (n: number) => String(Number(n.toFixed(4)));

/** Whole numbers where the unit is 起/件/条/人/人次/家/个, and sub-rows within their total. */
export function checkCells(view: StatsTableView, parents: ReadonlyMap<string, string>): StatsIssue[] {
  const issues: StatsIssue[] = [];
  const rows = new Map(view.sections.flatMap((s) => s.rows.map((r) => [r.id, r] as const)));
  for (const row of rows.values()) {
    for (const cell of row.cells) {
      if (cell.value === null) continue;
      if (row.unit && (WHOLE_UNITS as readonly string[]).includes(row.unit) && Math.abs(cell.value - Math.round(cell.value)) > EPS) {
        issues.push({ rowId: row.id, columnId: cell.columnId, rule: 'whole', message: `${rowName(row)}的单位是“${row.unit}”，应为整数，现为 ${fmt(cell.value)}` });
      }
      if (cell.value < 0) {
        issues.push({ rowId: row.id, columnId: cell.columnId, rule: 'whole', message: `${rowName(row)}不能为负数` });
      }
      const parentId = parents.get(row.id);
      const parent = parentId ? rows.get(parentId) : undefined;
      const total = parent?.cells.find((c) => c.columnId === cell.columnId)?.value;
      if (parent && total !== null && total !== undefined && cell.value > total + EPS) {
        issues.push({
          rowId: row.id, columnId: cell.columnId, rule: 'parent',
          message: `${rowName(row)}（${fmt(cell.value)}）超过了它所属的${rowName(parent)}（${fmt(total)}）`,
        });
      }
    }
  }
  return issues;
}

/**
 * The hospital's own cells entered by hand and left empty: a table that goes out
 * means 0 where there is none, and an empty cell says nothing, so `stats check`
 * fails them. (The window shows them as still to fill; export only warns.)
 */
export function emptyCells(view: StatsTableView): StatsIssue[] {
  if (view.kind !== 'table') return [];
  return view.sections.flatMap((s) => s.rows.flatMap((row) => row.cells
    .filter((c) => c.basis === 'manual' && c.value === null)
    .map((c): StatsIssue => ({ rowId: row.id, columnId: c.columnId, rule: 'empty', message: `${rowName(row)}尚未填写：没有的请填 0，空白不等于 0` }))));
}

/** The Chinese reason a rule fails, or null when the figures agree. */
export function compareRule(kind: StatsRule['kind'], a: { name: string; value: number }, b: { name: string; value: number }): string | null {
  if (kind === 'lte' && a.value > b.value + EPS) return `${a.name}（${fmt(a.value)}）不能超过${b.name}（${fmt(b.value)}）`;
  if (kind === 'eq' && Math.abs(a.value - b.value) > EPS) return `${a.name}（${fmt(a.value)}）应等于${b.name}（${fmt(b.value)}）`;
  if (kind === 'agree' && a.value > EPS !== b.value > EPS) {
    return `${a.name}为 ${fmt(a.value)}，而${b.name}为 ${b.value > EPS ? '有' : '无'}，两者不一致`;
  }
  return null;
}

/** Attaches issues to their cells (or rows), so that the window shows each beside its row. */
export function attachIssues(view: StatsTableView, issues: StatsIssue[]): StatsTableView {
  for (const issue of issues) {
    for (const s of view.sections) {
      for (const r of s.rows) {
        if (r.id !== issue.rowId) continue;
        const cells = r.cells.filter((c) => issue.columnId === null || c.columnId === issue.columnId);
        const target = cells.find((c) => c.value !== null) ?? cells[0];
        target?.issues.push(issue.message);
      }
    }
  }
  view.issues.push(...issues);
  return view;
}
