// What a problem import (问题导入表, .xlsx) found wrong: every error with the sheet,
// row and column header to look at in Excel. (The plan with its rows is declared
// beside the problem's fields, in channels/ledger.ts.)

export interface ProblemImportError {
  /** '' when the error is about the whole file. */
  sheet: string;
  /** The row number as Excel shows it; 0 when the error is about the whole file or sheet. */
  row: number;
  /** The column header (without “*”), or '' when not about one column. */
  column: string;
  message: string;
}

/** Past this many the list ends with “……另有 N 处错误”. */
export const MAX_LISTED_IMPORT_ERRORS = 200;

/** 「问题」第 7 行「发现时间」：“2024-13-01”不是有效日期 */
export function importErrorText(e: ProblemImportError): string {
  const where = `${e.sheet ? `「${e.sheet}」` : ''}${e.row > 0 ? `第 ${e.row} 行` : ''}${e.column ? `「${e.column}」` : ''}`;
  return where ? `${where}：${e.message}` : e.message;
}
