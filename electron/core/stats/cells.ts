// One figure of a table: computed from its measure, entered by hand, or blank
// (another institution class's cell, or nothing entered yet).
import type { TableRow } from '../../../shared/campaign';
import { formatWan } from '../../../shared/money';
import { describeMeasure, isMoneyMeasure, type Measure, type StatsCell, type StatsIssue, type StatsPeriod } from '../../../shared/stats';
import { layoutRows } from '../../../shared/statLayout';
import { rowName } from '../../../shared/statsChecks';
import { evaluate } from './evaluate';
import type { Facts } from './facts';
import type { ManualFigure } from './figures';

export const blankCell = (columnId: string): StatsCell => ({
  columnId, value: null, text: '', basis: 'blank', how: null, measure: null, traceable: false, entered: null, issues: [],
});

export function computedCell(columnId: string, m: Measure, facts: Facts, period: StatsPeriod): StatsCell {
  const raw = evaluate(m, facts);
  const money = isMoneyMeasure(m);
  return {
    columnId,
    value: raw === null ? null : money ? raw / 1_000_000 : raw,
    text: raw === null ? '' : money ? formatWan(raw) : String(raw),
    basis: 'computed',
    how: describeMeasure(m, period, facts.round?.name ?? null),
    measure: m,
    traceable: m.source === 'clues' || m.source === 'cases',
    entered: null,
    issues: [],
  };
}

export function manualCell(columnId: string, f: ManualFigure | undefined): StatsCell {
  if (!f) return { ...blankCell(columnId), basis: 'manual' };
  const value = f.amountFen !== null ? f.amountFen / 1_000_000 : (f.quantity ?? 0);
  const text = f.amountFen !== null ? formatWan(f.amountFen) : String(Number((f.quantity ?? 0).toFixed(4)));
  return { columnId, value, text, basis: 'manual', how: null, measure: null, traceable: false, entered: { by: f.by, at: f.at }, issues: [] };
}

/** A measure whose kind of number does not fit the row's unit (money in a 人次 row …). */
export function unitMismatch(row: TableRow, columnId: string, m: Measure): StatsIssue | null {
  const money = isMoneyMeasure(m);
  if (row.unit === null || money === (row.unit === '万元')) return null;
  return {
    rowId: row.id, columnId, rule: 'setup',
    message: money ? `${rowName(row)}的单位是“${row.unit}”，但统计口径是金额（万元）` : `${rowName(row)}的单位是万元，但统计口径不是金额`,
  };
}

/** Where the notice merges label cells, as the window shows them (shared/statLayout.ts). */
export function labelSpans(rows: readonly TableRow[]): number[] {
  return layoutRows([...rows]).map((r) => r.labelSpan);
}
