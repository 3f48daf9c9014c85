// Department workbooks (科室自查表): what an import found, shown before anything
// is applied, and the officer's choice where both sides changed an answer.
import type { AnswerValue } from './inspection';

/** Where a workbook is wrong, as the officer will look for it in Excel. */
export interface WorkbookError {
  file: string;
  sheet: string | null;
  row: number | null;
  /** Excel column letter, e.g. "E". */
  column: string | null;
  message: string;
}

export interface WorkbookChange {
  elementId: string;
  no: string;
  text: string;
  before: AnswerValue | null;
  beforeNote: string;
  after: AnswerValue | null;
  afterNote: string;
  /** The office changed this answer after the workbook was exported, and the workbook says otherwise. */
  conflict: boolean;
  currentUpdatedBy: string | null;
  currentUpdatedAt: string | null;
}

export type WorkbookPlan =
  | { ok: false; file: string; errors: WorkbookError[] }
  | {
      ok: true;
      file: string;
      sha256: string;
      roundId: number;
      roundName: string;
      campaignTitle: string;
      department: string;
      changes: WorkbookChange[];
      unchanged: number;
    };

export type ConflictChoice = 'workbook' | 'current';

export interface WorkbookExport {
  departmentId: number | null;
  department: string;
  file: string;
  items: number;
}
