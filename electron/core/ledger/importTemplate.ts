// The problem import template (问题导入模板): a 说明 sheet with what each column
// means and an example, an empty 问题 sheet with the header row and dropdowns, and
// a hidden 选项 sheet holding this hospital's departments, people and campaigns
// for those dropdowns. No example row on 问题: people import it by mistake.
import ExcelJS from 'exceljs';
import { problemFields } from '../../../shared/channels/ledger';
import { PROBLEM_SOURCES } from '../../../shared/ledger';
import type { Db } from '../db/open';
import { campaignRefs } from '../campaigns/reads';
import { getOrg } from '../org/org';
import { personNamesInOrder } from '../org/reads';
import { HELP_SHEET, IMPORT_COLUMNS, IMPORT_SHEET, MAX_IMPORT_ROWS, NO, OPTIONS_SHEET, YES, type ImportKey } from './importColumns';

const FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};
const GREY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const WRAP: Partial<ExcelJS.Alignment> = { vertical: 'middle', wrapText: true };
/** Someone will print the instructions: one page wide on A4. */
const PRINT: Partial<ExcelJS.PageSetup> = {
  paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
};
/** The rows the dropdowns and formats cover: as many as one import may hold. */
const LAST_ROW = MAX_IMPORT_ROWS + 1;

const NOTES = [
  `在“${IMPORT_SHEET}”工作表中每行填写一个问题，从第 2 行开始；第 1 行表头不要改动（列的先后可以调整，不用的非必填列可以删除）。`,
  '带 * 的列必须填写：问题来源、问题描述、发现时间。',
  '日期写作 YYYY-MM-DD（如 2020-10-08），也可以直接输入 Excel 日期。',
  '涉及金额以万元为单位，最多 4 位小数（即精确到元）；不涉及金额的不填。',
  '责任科室、责任人须是本院在“科室与人员”中已有的名称，可从下拉列表选择；同时填写时，责任人须属于该责任科室。',
  '专项行动填文号（如 川卫函〔2020〕96号）或专项行动名称；可不填。',
  '请直接填写内容，不要使用公式。',
  `一个文件最多 ${MAX_IMPORT_ROWS} 行。`,
  '导入时先检查全部行：只要有一处错误，就一行也不导入，并列出每处错误所在的工作表、行和列；改正后重新导入即可。',
];

const HELP_WIDTHS = [22, 6, 56, 36];

/** Rows do not grow to wrapped text in every program: the lines a text needs at a width in Excel units (11pt CJK ≈ 2.1 units). */
function heightFor(texts: [string, number][]): number {
  const lines = Math.max(1, ...texts.map(([t, w]) => Math.ceil([...t].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 1 : 0.5), 0) / Math.max(1, w / 2.1 - 1))));
  return lines * 15 + 4;
}

/** ExcelJS handles range validations but its typings only know per-cell ones. */
type WithValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

function validate(ws: ExcelJS.Worksheet, key: ImportKey, v: ExcelJS.DataValidation): void {
  const index = IMPORT_COLUMNS.findIndex((c) => c.key === key) + 1;
  const letter = ws.getColumn(index).letter;
  (ws as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${LAST_ROW}`, v);
}

const list = (formula: string, title: string, prompt: string, stop = true): ExcelJS.DataValidation => ({
  type: 'list', allowBlank: true, formulae: [formula], showInputMessage: true, promptTitle: title, prompt,
  showErrorMessage: true, errorStyle: stop ? 'stop' : 'warning', errorTitle: '填写有误', error: `请从下拉列表选择${title}`,
});
const maxLength = (max: number, title: string): ExcelJS.DataValidation => ({
  type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [max], showErrorMessage: true,
  errorStyle: 'stop', errorTitle: '填写有误', error: `${title}不能超过 ${max} 字`,
});

function writeHelp(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(HELP_SHEET, { views: [{ showGridLines: false }], pageSetup: PRINT });
  ws.columns = HELP_WIDTHS.map((width) => ({ width }));
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = '问题导入模板 · 填写说明';
  ws.getCell('A1').style = { font: { name: '黑体', size: 16 }, alignment: { horizontal: 'center', vertical: 'middle' } };
  ws.getRow(1).height = 30;
  let r = 2;
  NOTES.forEach((note, i) => {
    ws.mergeCells(r, 1, r, 4);
    const cell = ws.getCell(r, 1);
    const text = `${i + 1}. ${note}`;
    cell.value = text;
    cell.style = { font: FONT, alignment: WRAP };
    ws.getRow(r++).height = heightFor([[text, HELP_WIDTHS.reduce((a, b) => a + b, 0)]]);
  });
  r++;
  const header = ws.getRow(r++);
  ['列名', '必填', '填写说明', '示例'].forEach((h, i) => {
    header.getCell(i + 1).value = h;
    header.getCell(i + 1).style = { font: { ...FONT, bold: true }, fill: GREY, border: THIN, alignment: { ...WRAP, horizontal: 'center' } };
  });
  for (const c of IMPORT_COLUMNS) {
    const row = ws.getRow(r++);
    const values = [c.header, c.required ? '是' : '', c.help, c.example];
    values.forEach((v, i) => {
      row.getCell(i + 1).value = v;
      row.getCell(i + 1).style = { font: FONT, border: THIN, numFmt: '@', alignment: { ...WRAP, horizontal: i === 1 ? 'center' : 'left' } };
    });
    row.height = heightFor(values.map((v, i) => [v, HELP_WIDTHS[i] ?? 10]));
  }
}

function writeOptions(wb: ExcelJS.Workbook, lists: Record<'departments' | 'people' | 'campaigns', string[]>): Record<string, string | null> {
  const ws = wb.addWorksheet(OPTIONS_SHEET);
  // Hidden, not “very hidden”: an officer who wonders where the dropdowns come from can unhide it.
  ws.state = 'hidden';
  const columns: [string, string, readonly string[]][] = [
    ['A', '问题来源', PROBLEM_SOURCES], ['B', '立行立改', [YES, NO]],
    ['C', '责任科室', lists.departments], ['D', '责任人', lists.people], ['E', '专项行动', lists.campaigns],
  ];
  const ranges: Record<string, string | null> = {};
  for (const [letter, title, values] of columns) {
    ws.getCell(`${letter}1`).value = title;
    values.forEach((v, i) => (ws.getCell(`${letter}${i + 2}`).value = v));
    ranges[title] = values.length ? `'${OPTIONS_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}` : null;
  }
  return ranges;
}

function writeProblems(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(IMPORT_SHEET, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }], pageSetup: { ...PRINT, printTitlesRow: '1:1' } });
  IMPORT_COLUMNS.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    // Text columns stay text when typed (“001”, “=…”); date columns show as dates.
    if (c.kind === 'text' || c.kind === 'choice') column.numFmt = '@';
    if (c.kind === 'date') column.numFmt = 'yyyy-mm-dd';
    const cell = ws.getCell(1, i + 1);
    cell.value = c.header;
    cell.style = {
      font: { ...FONT, bold: true, ...(c.required ? { color: { argb: 'FFC00000' } } : {}) },
      fill: GREY, border: THIN, alignment: { ...WRAP, horizontal: 'center' },
    };
    cell.note = c.help;
  });
  ws.getRow(1).height = 30;
  return ws;
}

export async function writeProblemImportTemplate(db: Db): Promise<Buffer> {
  const departments = getOrg(db).departments.map((d) => d.name);
  const people = personNamesInOrder(db);
  const campaigns = campaignRefs(db).map((c) => c.docNumber ?? c.title);
  const wb = new ExcelJS.Workbook();
  wb.creator = '自查通';
  writeHelp(wb);
  const ws = writeProblems(wb);
  const ranges = writeOptions(wb, { departments, people, campaigns });
  validate(ws, 'source', list(`"${PROBLEM_SOURCES.join(',')}"`, '问题来源', `从下拉列表选择：${PROBLEM_SOURCES.join('、')}`));
  validate(ws, 'immediate', list(`"${YES},${NO}"`, '立行立改', '是否立行立改；不填即为“否”'));
  const lookups: [ImportKey, string, string, boolean][] = [
    ['department', '责任科室', '本院已有的科室', true],
    ['person', '责任人', '本院已有的人员', true],
    // Either the document number or the title is accepted, and the list holds one of them.
    ['campaign', '专项行动', '专项行动的文号或名称', false],
  ];
  for (const [key, title, prompt, stop] of lookups) {
    const range = ranges[title];
    if (range) validate(ws, key, list(range, title, prompt, stop));
  }
  // The same limits the window and the import enforce.
  const limits: [ImportKey, 'category' | 'description' | 'measures' | 'note', string][] = [
    ['category', 'category', '问题类别'], ['description', 'description', '问题描述'], ['measures', 'measures', '整改措施'], ['note', 'note', '备注'],
  ];
  for (const [key, field, title] of limits) {
    const max = problemFields.shape[field].maxLength;
    if (max !== null) validate(ws, key, maxLength(max, title));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
