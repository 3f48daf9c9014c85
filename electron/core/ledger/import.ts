// Importing problems from a filled-in 问题导入表: every row is checked first and every
// error listed at once (sheet, row as Excel shows it, column header); nothing is
// written unless the whole file is right, and then all rows in one transaction.
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { problemFields } from '../../../shared/channels/ledger';
import { AppError } from '../../../shared/errors';
import { PROBLEM_SOURCES } from '../../../shared/ledger';
import type { ProblemImportPlan } from '../../../shared/channels/ledger';
import type { ProblemImportError } from '../../../shared/ledgerImport';
import { MAX_LISTED_IMPORT_ERRORS } from '../../../shared/ledgerImport';
import type { Db } from '../db/open';
import { checkWorkbookFile, loadWorkbookForReading } from '../inspection/workbook/safety';
import { IMPORT_COLUMNS, IMPORT_SHEET, MAX_IMPORT_ROWS, NO, YES, matchHeader, type ImportColumn, type ImportKey } from './importColumns';
import { amountOf, choiceOf, dateOf, rawOf, textOf, type Raw, type Read } from './importCells';
import { loadLookups, type Lookups } from './importLookups';
import { createProblem, type ProblemFields } from './problems';

const EXPECTED = { what: '问题导入表', hint: '请使用自查通的问题导入模板填写后再导入' };
const BROKEN = '文件已损坏，无法作为 .xlsx 工作簿读取';
/** A header is looked for in the first rows only: a title or a blank line above it is tolerated. */
const HEADER_SEARCH_ROWS = 10;

interface Layout {
  ws: ExcelJS.Worksheet;
  headerRow: number;
  /** Column number of each recognised column. */
  at: Map<ImportKey, number>;
  errors: ProblemImportError[];
}

const cellText = (cell: ExcelJS.Cell) => {
  const raw = rawOf(cell.value);
  return raw.t === 'text' ? raw.text : '';
};

/** The header row of a sheet: the first of its top rows that has 问题描述. */
function layoutOf(ws: ExcelJS.Worksheet): Layout | null {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const row = ws.getRow(r);
    const found: { column: ImportColumn; col: number; text: string }[] = [];
    const errors: ProblemImportError[] = [];
    row.eachCell((cell, col) => {
      const text = cellText(cell);
      const m = matchHeader(text);
      if (m && 'refused' in m) errors.push({ sheet: ws.name, row: r, column: text, message: m.refused });
      if (m && 'column' in m) found.push({ column: m.column, col, text });
    });
    if (!found.some((f) => f.column.key === 'description')) continue;
    const at = new Map<ImportKey, number>();
    for (const f of found) {
      const first = at.get(f.column.key);
      if (first === undefined) at.set(f.column.key, f.col);
      else errors.push({ sheet: ws.name, row: r, column: f.text, message: `与 ${ws.getColumn(first).letter} 列重复；每列只能出现一次` });
    }
    for (const c of IMPORT_COLUMNS) {
      if (c.required && !at.has(c.key) && !errors.some((e) => e.column.startsWith(c.name))) {
        errors.push({ sheet: ws.name, row: r, column: c.name, message: '缺少此必填列；请使用问题导入模板的表头' });
      }
    }
    return { ws, headerRow: r, at, errors };
  }
  return null;
}

/** The sheet named 问题, or else the first sheet whose top rows hold the template's header. */
function findLayout(wb: ExcelJS.Workbook): Layout | ProblemImportError {
  const named = wb.worksheets.find((ws) => ws.name.trim() === IMPORT_SHEET);
  if (named) {
    return layoutOf(named) ?? { sheet: named.name, row: 1, column: '', message: '找不到表头（应有“问题描述*”“发现时间*”等列）；请使用问题导入模板的表头' };
  }
  for (const ws of wb.worksheets) {
    const layout = layoutOf(ws);
    if (layout) return layout;
  }
  return { sheet: '', row: 0, column: '', message: `找不到“${IMPORT_SHEET}”工作表，也没有哪个工作表有问题导入模板的表头；请使用自查通的问题导入模板` };
}

/** Which import column a field of ProblemFields came from, for the zod safety net. */
const COLUMN_OF_FIELD: Record<keyof ProblemFields, ImportKey> = {
  source: 'source', campaignId: 'campaign', category: 'category', description: 'description', departmentId: 'department',
  personId: 'person', foundOn: 'foundOn', amountFen: 'amount', note: 'note', measures: 'measures', deadline: 'deadline', immediate: 'immediate',
};

function readRow(layout: Layout, rowNumber: number, lookups: Lookups): { fields: ProblemFields | null; errors: { key: ImportKey; message: string }[] } {
  const row = layout.ws.getRow(rowNumber);
  const errors: { key: ImportKey; message: string }[] = [];
  const raw = (key: ImportKey): Raw => {
    const col = layout.at.get(key);
    return col === undefined ? { t: 'blank' } : rawOf(row.getCell(col).value);
  };
  const read = <T>(key: ImportKey, fn: (r: Raw) => Read<T>, fallback: T): T => {
    const r = fn(raw(key));
    if (!r.ok) errors.push({ key, message: r.message });
    return r.ok ? r.value : fallback;
  };
  const required = <T>(key: ImportKey, value: T | null, what: string): T | null => {
    if (value === null && !errors.some((e) => e.key === key)) errors.push({ key, message: `请填写${what}` });
    return value;
  };
  const source = required('source', read('source', (r) => choiceOf(r, PROBLEM_SOURCES), null), '问题来源');
  const description = read('description', textOf, '');
  if (!description) required('description', null, '问题描述');
  const foundOn = required('foundOn', read('foundOn', dateOf, null), '发现时间');
  const deptName = read('department', textOf, '');
  const departmentId = deptName ? read('department', () => lookups.department(deptName), null) : null;
  const personName = read('person', textOf, '');
  const department = departmentId === null ? null : { id: departmentId, name: deptName };
  // An unknown department is already reported; the person is then only checked to exist.
  const personId = personName ? read('person', () => lookups.person(personName, department), null) : null;
  const campaignText = read('campaign', textOf, '');
  const fields: ProblemFields = {
    source: source ?? '自查',
    campaignId: campaignText ? read('campaign', () => lookups.campaign(campaignText), null) : null,
    category: read('category', textOf, ''),
    description,
    departmentId,
    personId,
    foundOn: foundOn ?? '',
    amountFen: read('amount', amountOf, 0),
    note: read('note', textOf, ''),
    measures: read('measures', textOf, ''),
    deadline: read('deadline', dateOf, null),
    immediate: read('immediate', (r) => choiceOf(r, [YES, NO] as const), null) === YES,
  };
  if (errors.length) return { fields: null, errors };
  // The same schema the window's channel uses: lengths and ranges can never drift apart.
  const parsed = problemFields.safeParse(fields);
  if (parsed.success) return { fields, errors };
  for (const issue of parsed.error.issues) {
    const key = COLUMN_OF_FIELD[issue.path[0] as keyof ProblemFields] ?? 'description';
    const value = fields[issue.path[0] as keyof ProblemFields];
    const count = issue.code === 'too_big' && typeof value === 'string' ? `（现有 ${value.length} 字）` : '';
    errors.push({ key, message: `${issue.message}${count}` });
  }
  return { fields: null, errors };
}

export async function planProblemImport(db: Db, file: string): Promise<ProblemImportPlan> {
  const name = path.basename(file);
  const failed = (errors: ProblemImportError[]): ProblemImportPlan => ({ ok: false, file: name, errors: capped(errors) });
  const fileError = (message: string) => failed([{ sheet: '', row: 0, column: '', message }]);
  const checked = await checkWorkbookFile(file, EXPECTED);
  if (!checked.ok) return fileError(checked.message);
  let wb: ExcelJS.Workbook;
  try {
    // Past the row limit reading stops: enough rows kept for the limit's own message.
    wb = await loadWorkbookForReading(checked.buffer, MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS + 1);
  } catch {
    return fileError(BROKEN);
  }
  const layout = findLayout(wb);
  if (!('ws' in layout)) return failed([layout]);
  if (layout.errors.length) return failed(layout.errors);
  const lookups = loadLookups(db);
  const errors: ProblemImportError[] = [];
  const rows: ProblemFields[] = [];
  const columnName = (key: ImportKey) => IMPORT_COLUMNS.find((c) => c.key === key)?.name ?? key;
  let filled = 0;
  let tooMany: ProblemImportError | null = null;
  // eachRow visits only the rows the file has, however far down the last one is.
  layout.ws.eachRow((row, r) => {
    if (tooMany || r <= layout.headerRow) return;
    if ([...layout.at.values()].every((col) => rawOf(row.getCell(col).value).t === 'blank')) return;
    if (++filled > MAX_IMPORT_ROWS) {
      tooMany = { sheet: layout.ws.name, row: r, column: '', message: `一个文件最多导入 ${MAX_IMPORT_ROWS} 行问题；请分成几个文件分别导入` };
      return;
    }
    const read = readRow(layout, r, lookups);
    const order = (key: ImportKey) => layout.at.get(key) ?? 0;
    for (const e of read.errors.sort((a, b) => order(a.key) - order(b.key))) {
      errors.push({ sheet: layout.ws.name, row: r, column: columnName(e.key), message: e.message });
    }
    if (read.fields) rows.push(read.fields);
  });
  if (tooMany) return failed([tooMany]);
  if (errors.length) return failed(errors);
  if (rows.length === 0) return failed([{ sheet: layout.ws.name, row: layout.headerRow + 1, column: '', message: '没有填写任何问题' }]);
  return { ok: true, file: name, rows };
}

function capped(errors: ProblemImportError[]): ProblemImportError[] {
  if (errors.length <= MAX_LISTED_IMPORT_ERRORS) return errors;
  const rest = errors.length - MAX_LISTED_IMPORT_ERRORS;
  return [...errors.slice(0, MAX_LISTED_IMPORT_ERRORS), { sheet: '', row: 0, column: '', message: `……另有 ${rest} 处错误` }];
}

/** All rows or none: one row the database refuses (say, a department deleted since the plan) rolls back every row. */
export function applyProblemImport(db: Db, rows: ProblemFields[], who: string, at: string): number[] {
  if (rows.length > MAX_IMPORT_ROWS) throw new AppError('tooManyRows', `一次最多导入 ${MAX_IMPORT_ROWS} 行问题`);
  return db.transaction(() => rows.map((f) => createProblem(db, f, null, who, at)))();
}
