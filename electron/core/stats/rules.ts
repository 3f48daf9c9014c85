// The declared rules of a table: sub-figures within totals, sums that must match,
// and figures that must agree with another table or the self-inspection answers,
// all for the same dates. A rule with a blank side is not judged.
import type { StatsIssue, StatsTableView } from '../../../shared/stats';
import { compareRule, rowName, type Operand, type StatsRule } from '../../../shared/statsChecks';
import { evaluate } from './evaluate';
import type { Facts } from './facts';

/** Another table of the same period, computed without its own rules (the caller owns the computation). */
export type OtherTable = (campaignId: string, tableId: string) => StatsTableView;

function sideOf(otherTable: OtherTable, view: StatsTableView, op: Operand, facts: Facts, others: Map<string, StatsTableView>): { name: string; value: number } | null {
  if (op.kind === 'measure') {
    // Answers describe the round's own period: compare them only with records of a period that contains it.
    if (op.measure.source === 'answers' && !facts.round?.covered) return null;
    const raw = evaluate(op.measure, facts);
    return raw === null ? null : { name: op.label, value: raw };
  }
  let target = view;
  const foreign = op.campaignId !== undefined && (op.campaignId !== view.campaignId || op.tableId !== view.tableId);
  if (foreign && op.campaignId && op.tableId) {
    const key = `${op.campaignId}|${op.tableId}`;
    let other = others.get(key);
    if (!other) {
      other = otherTable(op.campaignId, op.tableId);
      others.set(key, other);
    }
    target = other;
  }
  const columnId = op.columnId ?? target.ownColumnId ?? (target.columns.length === 1 ? target.columns[0]?.id : undefined);
  if (columnId === undefined) return null;
  const rows = target.sections.flatMap((s) => s.rows).filter((r) => op.rowIds.includes(r.id));
  if (rows.length !== op.rowIds.length) return null;
  const values = rows.map((r) => r.cells.find((x) => x.columnId === columnId)?.value ?? null);
  if (values.some((v) => v === null)) return null;
  const first = rows[0];
  if (!first) return null;
  const where = foreign ? `${target.annex ?? target.title}（${target.campaignTitle.slice(0, 12)}…）` : '';
  const name = rows.length === 1 ? `${where}${rowName(first)}` : `${where}${rowName(first)}等 ${rows.length} 项之和`;
  return { name, value: (values as number[]).reduce((s, v) => s + v, 0) };
}

export function checkRules(otherTable: OtherTable, view: StatsTableView, rules: readonly StatsRule[], facts: Facts): StatsIssue[] {
  const issues: StatsIssue[] = [];
  const others = new Map<string, StatsTableView>();
  for (const rule of rules) {
    const a = sideOf(otherTable, view, rule.a, facts, others);
    const b = sideOf(otherTable, view, rule.b, facts, others);
    if (!a || !b) continue;
    const message = compareRule(rule.kind, a, b);
    const columnId = rule.a.kind === 'rows' ? (rule.a.columnId ?? view.ownColumnId ?? '') : null;
    if (message) issues.push({ rowId: rule.rowId, columnId, rule: rule.kind, message });
  }
  return issues;
}
