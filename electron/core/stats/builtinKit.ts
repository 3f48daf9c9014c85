// The vocabulary of the built-in mappings: the shape of a table's mapping and
// small helpers to declare measures and rules tersely.
import type { CaseCategory } from '../../../shared/cases';
import type { CaseValue, Measure } from '../../../shared/stats';
import type { StatsRule } from '../../../shared/statsChecks';

export interface BuiltinTable {
  /** Row id → its measure; a record by column id where columns differ; null: entered by hand. */
  measures: Record<string, Measure | null | Record<string, Measure | null>>;
  /** The hospital fills only its own class: a column (广西 Annex 4) or a row per section (Annex 3). */
  own?: { kind: 'column'; byClass: string[] } | { kind: 'row'; bySection: string[] };
  rules: StatsRule[];
}

export const casesOf = (value: CaseValue, categories: readonly CaseCategory[]): Measure => ({ source: 'cases', value, categories: [...categories] });
export const rows = (...rowIds: string[]) => ({ kind: 'rows' as const, rowIds });
export const lte = (rowId: string, a: string[], b: string[]): StatsRule => ({ kind: 'lte', a: rows(...a), b: rows(...b), rowId });
