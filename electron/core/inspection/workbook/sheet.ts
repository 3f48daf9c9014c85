// The visible sheet 自查表: title, department line, header, one row per item with
// only its own answer cells unlocked (light yellow) and checked by dropdowns or
// number rules, prefilled with the current answers, ready to print on A4.
import type ExcelJS from 'exceljs';
import { PROGRESS_STATUSES, type RoundElementView } from '../../../../shared/inspection';
import { formatWan } from '../../../../shared/money';
import { MAX_NOTE_CHARS } from '../answers';
import {
  FIRST_ITEM_ROW, HEADER_ROW, INFO_ROW, SHEET, TITLE_ROW, howToAnswer, inputKeys, isAnswerColumn, itemCellText,
  type Column, type ColumnKey,
} from './layout';

export interface SheetInput {
  title: string;
  department: string;
  dueOn: string | null;
  layout: Column[];
  elements: RoundElementView[];
}

const FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const INPUT_FILL = fill('FFFFF2CC');
const NOT_ASKED_FILL = fill('FFF2F2F2');
const HEADER_FILL = fill('FFD9D9D9');
/** '@' (text format): what the department types in a text cell stays text, even "=…". */
const TEXT_FORMAT = '@';

const list = (values: readonly string[], title: string, prompt: string): ExcelJS.DataValidation => ({
  type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`], showInputMessage: true, promptTitle: title, prompt,
  showErrorMessage: true, errorStyle: 'stop', errorTitle: '填写有误', error: `只能选择：${values.join('、')}`,
});
const whole: ExcelJS.DataValidation = {
  type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showInputMessage: true,
  promptTitle: '人数/数量', prompt: '请填写不小于 0 的整数', showErrorMessage: true, errorStyle: 'stop', errorTitle: '填写有误', error: '请填写不小于 0 的整数',
};
const decimal: ExcelJS.DataValidation = {
  type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showInputMessage: true,
  promptTitle: '金额（万元）', prompt: '请填写金额，单位万元，最多 4 位小数', showErrorMessage: true, errorStyle: 'stop', errorTitle: '填写有误', error: '请填写不小于 0 的金额（万元）',
};
const textLength = (max: number, title: string): ExcelJS.DataValidation => ({
  type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [max], showInputMessage: true,
  promptTitle: title, prompt: `请填写文字，不超过 ${max} 字`, showErrorMessage: true, errorStyle: 'stop', errorTitle: '填写有误', error: `不能超过 ${max} 字`,
});

const percent: ExcelJS.DataValidation = {
  type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], showInputMessage: true,
  promptTitle: '百分比（%）', prompt: '请填写 0 到 100 之间的数，不带 % 号', showErrorMessage: true, errorStyle: 'stop', errorTitle: '填写有误', error: '请填写 0 到 100 之间的数',
};
const dateText: ExcelJS.DataValidation = {
  ...textLength(20, '日期'), prompt: '请填写日期，如 2024-03-05 或 2024年3月5日', error: '请填写日期，如 2024-03-05',
};

function validationOf(key: ColumnKey): ExcelJS.DataValidation {
  if (key === 'percent') return percent;
  if (key === 'date') return dateText;
  if (key === 'docNumber') return textLength(100, '文号');
  if (key === 'yesno') return list(['有', '无'], '有/无', '请从下拉列表选择“有”或“无”');
  if (key === 'status') return list(PROGRESS_STATUSES, '推进状态', '请从下拉列表选择推进状态');
  if (key === 'amount') return decimal;
  if (key === 'textAnswer') return textLength(5000, '文字说明');
  if (key === 'done') return textLength(5000, '完成情况');
  if (key === 'note') return textLength(MAX_NOTE_CHARS, '备注');
  return whole;
}

/** The prefilled cell values of an element's current answer, by column. */
function answerCells(e: RoundElementView): Partial<Record<ColumnKey, string | number>> {
  const out: Partial<Record<ColumnKey, string | number>> = {};
  const a = e.answer;
  if (a?.kind === 'yesno') out.yesno = a.value;
  if (a?.kind === 'sampled') Object.assign(out, { sampled: a.sampled, violating: a.violating });
  if (a?.kind === 'amount') out.amount = Number(formatWan(a.fen));
  if (a?.kind === 'count') out.count = a.count;
  if (a?.kind === 'persons') for (const [role, n] of Object.entries(a.byRole)) out[`role:${role}`] = n;
  if (a?.kind === 'text') out.textAnswer = a.text;
  if (a?.kind === 'date') out.date = a.date;
  if (a?.kind === 'docNumber') out.docNumber = a.number;
  if (a?.kind === 'percent') out.percent = a.percent;
  if (a?.kind === 'progress') Object.assign(out, { status: a.status, ...(a.done ? { done: a.done } : {}) });
  if (e.answerNote) out.note = e.answerNote;
  return out;
}

/** Rows do not grow by themselves in every program: estimate the lines the wrapped text needs. */
function rowHeight(texts: { text: string; width: number }[]): number {
  let lines = 1;
  for (const { text, width } of texts) {
    let n = 0;
    for (const para of text.split('\n')) {
      const w = [...para].reduce((s, ch) => s + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
      n += Math.max(1, Math.ceil(w / Math.max(1, width - 2)));
    }
    lines = Math.max(lines, n);
  }
  return Math.min(409, Math.max(22, lines * 15 + 6));
}

function style(cell: ExcelJS.Cell, s: Partial<ExcelJS.Style>): void {
  cell.style = { font: FONT, border: THIN, alignment: { vertical: 'middle', wrapText: true }, protection: { locked: true }, ...s };
}

function writeHead(ws: ExcelJS.Worksheet, input: SheetInput): void {
  const n = input.layout.length;
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, n);
  const title = ws.getCell(TITLE_ROW, 1);
  title.value = input.title;
  title.style = { font: { ...FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  ws.getRow(TITLE_ROW).height = 40;
  // 科室 | name | 截止日期 | date (2 cells) | 填表人 | blank (2) | 联系电话 | blank (2)
  const fields: [string, string | null, number][] = [
    ['科室：', input.department, 1],
    ['截止日期：', input.dueOn ?? '—', 2],
    ['填表人：', null, 2],
    ['联系电话：', null, 2],
  ];
  let col = 1;
  for (const [label, value, span] of fields) {
    style(ws.getCell(INFO_ROW, col), { border: {}, alignment: { horizontal: 'right', vertical: 'middle', shrinkToFit: true }, font: { ...FONT, bold: true } });
    ws.getCell(INFO_ROW, col).value = label;
    if (span > 1) ws.mergeCells(INFO_ROW, col + 1, INFO_ROW, col + span);
    const cell = ws.getCell(INFO_ROW, col + 1);
    style(cell, value === null ? { fill: INPUT_FILL, protection: { locked: false }, numFmt: TEXT_FORMAT } : { numFmt: TEXT_FORMAT });
    if (value !== null) cell.value = value;
    col += span + 1;
  }
  ws.getRow(INFO_ROW).height = 24;
  input.layout.forEach((c, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = c.header;
    style(cell, { font: { ...FONT, bold: true }, fill: HEADER_FILL, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } });
    ws.getColumn(i + 1).width = c.width;
  });
  ws.getRow(HEADER_ROW).height = 32;
}

export async function buildSheet(wb: ExcelJS.Workbook, input: SheetInput): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, showGridLines: false }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: `${TITLE_ROW}:${HEADER_ROW}`, horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  writeHead(ws, input);
  input.elements.forEach((e, i) => {
    const r = FIRST_ITEM_ROW + i;
    const asked = new Set(inputKeys(e.question));
    const values = answerCells(e);
    const fixed: Partial<Record<ColumnKey, string>> = { no: e.no, text: itemCellText(e), how: howToAnswer(e.question) };
    for (const c of input.layout) {
      const cell = ws.getCell(`${c.letter}${r}`);
      const align: Partial<ExcelJS.Alignment> = { vertical: 'middle', wrapText: true, horizontal: c.wrap ? 'left' : 'center' };
      // A date stays the text typed: Excel would otherwise turn it into a serial number in the local zone.
      const stringColumn = c.wrap || c.key === 'yesno' || c.key === 'status' || c.key === 'date' || c.key === 'docNumber';
      if (c.key === 'note' || asked.has(c.key)) {
        style(cell, { fill: INPUT_FILL, alignment: align, protection: { locked: false }, ...(stringColumn ? { numFmt: TEXT_FORMAT } : {}) });
        cell.dataValidation = validationOf(c.key);
        const v = values[c.key];
        // Plain JS strings: ExcelJS stores them as shared strings, never as formulas.
        if (v !== undefined) cell.value = v;
      } else {
        style(cell, { alignment: align, ...(isAnswerColumn(c.key) ? { fill: NOT_ASKED_FILL } : {}) });
        const v = fixed[c.key];
        if (v !== undefined) cell.value = v;
      }
    }
    const wrapped = input.layout.filter((c) => c.wrap).map((c) => ({ text: String(fixed[c.key] ?? values[c.key] ?? ''), width: c.width }));
    ws.getRow(r).height = rowHeight(wrapped);
  });
  // No password: the protection stops accidental edits of the item texts, not a determined user.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return ws;
}
