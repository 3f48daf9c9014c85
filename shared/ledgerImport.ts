// What a problem import (问题导入表, .xlsx) found: the rows it would add, or every
// error with the sheet, row and column header to look at in Excel.
import type { z } from 'zod';
import type { problemFields } from './channels/ledger';

/** A row ready for createProblem. */
export type ImportedProblem = z.infer<typeof problemFields>;

export interface ProblemImportError {
  /** '' when the error is about the whole file. */
  sheet: string;
  /** The row number as Excel shows it; 0 when the error is about the whole file or sheet. */
  row: number;
  /** The column header (without “*”), or '' when not about one column. */
  column: string;
  message: string;
}

export type ProblemImportPlan =
  | { ok: true; file: string; rows: ImportedProblem[] }
  | { ok: false; file: string; errors: ProblemImportError[] };

/** Past this many the list ends with “……另有 N 处错误”. */
export const MAX_LISTED_IMPORT_ERRORS = 200;

/** 「问题」第 7 行「发现时间」：“2024-13-01”不是有效日期 */
export function importErrorText(e: ProblemImportError): string {
  const where = `${e.sheet ? `「${e.sheet}」` : ''}${e.row > 0 ? `第 ${e.row} 行` : ''}${e.column ? `「${e.column}」` : ''}`;
  return where ? `${where}：${e.message}` : e.message;
}
