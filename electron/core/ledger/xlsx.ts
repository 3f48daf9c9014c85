// The printable ledger (问题台账 / 整改台账) as an .xlsx workbook: the same
// LedgerDocument the PDF is printed from, laid out for A4 landscape with the header
// row repeated on every page, thin borders instead of gridlines, and page numbers
// in the footer (FORMATS.md §E, §F).
import ExcelJS from 'exceljs';
import { chineseDate, type LedgerDocument } from '../../../shared/ledgerDocument';

const SONG = '宋体';
const HEI = '黑体';
const BODY_PT = 10.5;
/** Excel measures widths in digits of the default font; a 10.5pt CJK glyph is about two of them. */
const UNITS_PER_CHAR = 2;
const CELL_PADDING_UNITS = 1.2;
/** Points per line of 10.5pt text (Excel fits one line of 宋体 10.5 in 14.25, more lines in about 13.5 each). */
const LINE_PT = 14;
const ROW_PADDING_PT = 4;
const MAX_ROW_PT = 409;
/** Excel's text format: a cell someone edits later stays text even when it starts with “=”. */
const TEXT_FORMAT = '@';
const BLANK_UNIT = '＿＿＿＿＿＿＿＿＿＿';
const EMPTY_TEXT = '（筛选范围内没有记录）';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};
const body: Partial<ExcelJS.Font> = { name: SONG, size: BODY_PT };

// One style object per kind of cell: ExcelJS caches the style id by object identity,
// so sharing them keeps a 5,000-row ledger fast (no per-cell style churn).
const dataStyle = (horizontal: 'left' | 'center' | 'right'): Partial<ExcelJS.Style> => ({
  font: body, border: THIN, numFmt: TEXT_FORMAT, alignment: { horizontal, vertical: 'middle', wrapText: true },
});
const DATA = { left: dataStyle('left'), center: dataStyle('center'), right: dataStyle('right') };
/** Numbers and dates stay numbers and dates, so the workbook sorts, filters and sums them. */
const TYPED = {
  number: { ...DATA.center, numFmt: '0' } as Partial<ExcelJS.Style>,
  date: { ...DATA.center, numFmt: 'yyyy-mm-dd' } as Partial<ExcelJS.Style>,
};

function typedValue(text: string, type: LedgerDocument['types'][number] | undefined): string | number | Date {
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const iso = type === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  return iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : text;
}
const HEADER: Partial<ExcelJS.Style> = {
  font: { ...body, bold: true }, border: THIN, numFmt: TEXT_FORMAT,
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};
const TITLE: Partial<ExcelJS.Style> = { font: { name: HEI, size: 18 }, alignment: { horizontal: 'center', vertical: 'middle' } };
const line = (horizontal: 'left' | 'right', border = false): Partial<ExcelJS.Style> => ({
  font: body, numFmt: TEXT_FORMAT, alignment: { horizontal, vertical: 'middle', wrapText: true }, ...(border ? { border: THIN } : {}),
});
const LINE_LEFT = line('left');
const LINE_RIGHT = line('right');
const TOTALS = line('left', true);

/** Excel sheet names: at most 31 characters, none of []:*?/\. */
const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, '').slice(0, 31) || '台账';

/** Display width in Chinese characters (ASCII counts half). */
function textChars(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) > 0xff ? 1 : 0.5;
  return n;
}

/** Lines a text takes in a cell `chars` characters wide; a little pessimistic, as line breaking keeps “，” off a line's start. */
function linesOf(text: string, chars: number): number {
  const perLine = Math.max(1, chars - 0.5);
  return text.split('\n').reduce((n, p) => n + Math.max(1, Math.ceil(textChars(p) / perLine)), 0);
}

const heightOf = (lines: number) => Math.min(MAX_ROW_PT, lines * LINE_PT + ROW_PADDING_PT);

/** Last column of each part but the last, splitting the sheet into parts of about equal printed width. */
function splitByWidth(widths: number[], parts: number): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const ends: number[] = [];
  let sum = 0;
  widths.forEach((w, i) => {
    sum += w;
    if (ends.length < parts - 1 && i < widths.length - 1 && sum >= (total * (ends.length + 1)) / parts) ends.push(i + 1);
  });
  return ends;
}

/** Writes `text` in columns from..to of a row, merged when it spans more than one. */
function span(ws: ExcelJS.Worksheet, row: number, from: number, to: number, text: string, style: Partial<ExcelJS.Style>): void {
  if (to > from) ws.mergeCells(row, from, row, to);
  for (let c = from; c <= to; c++) ws.getCell(row, c).style = style;
  ws.getCell(row, from).value = text;
}

export async function writeLedgerXlsx(doc: LedgerDocument): Promise<Buffer> {
  const n = doc.headers.length;
  const totalChars = doc.widths.reduce((a, b) => a + b, 0);
  const wb = new ExcelJS.Workbook();
  wb.creator = '自查通';
  let r = 1;
  const headerRow = doc.filter ? 4 : 3;
  const ws = wb.addWorksheet(sheetName(doc.title), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      horizontalCentered: true, showGridLines: false, printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.55, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  doc.widths.forEach((w, i) => (ws.getColumn(i + 1).width = Math.round((w * UNITS_PER_CHAR + CELL_PADDING_UNITS) * 10) / 10));

  span(ws, r, 1, n, doc.title, TITLE);
  ws.getRow(r++).height = 34;

  const [half = n] = splitByWidth(doc.widths, 2);
  span(ws, r, 1, half, `填报单位：${doc.unit || BLANK_UNIT}`, LINE_LEFT);
  span(ws, r, half + 1, Math.max(half + 1, n), `日期：${chineseDate(doc.date)}`, LINE_RIGHT);
  ws.getRow(r++).height = 22;
  if (doc.filter) {
    const text = `筛选条件：${doc.filter}`;
    span(ws, r, 1, n, text, LINE_LEFT);
    ws.getRow(r++).height = heightOf(linesOf(text, totalChars));
  }

  doc.headers.forEach((h, i) => {
    const cell = ws.getCell(r, i + 1);
    cell.style = HEADER;
    cell.value = h;
  });
  ws.getRow(r++).height = heightOf(Math.max(...doc.headers.map((h, i) => linesOf(h, doc.widths[i] ?? 1)))) + 4;

  if (doc.rows.length === 0) {
    span(ws, r, 1, n, EMPTY_TEXT, DATA.center);
    ws.getRow(r++).height = 30;
  }
  const styles = doc.aligns.map((a, i) => {
    const type = doc.types[i];
    return type === 'number' || type === 'date' ? TYPED[type] : DATA[a];
  });
  for (const cells of doc.rows) {
    // A row with no height stayed one line high in LibreOffice 7.4, the wrapped text running over
    // the next row: so each row gets the height its longest cell needs at the widths set above.
    const row = ws.getRow(r++);
    row.height = heightOf(Math.max(...cells.map((text, i) => linesOf(text, doc.widths[i] ?? 1))));
    cells.forEach((text, i) => {
      const cell = row.getCell(i + 1);
      cell.style = styles[i] ?? DATA.left;
      // A JS string (ExcelJS writes it as a string cell, never as a formula), or a number or date its column declares.
      if (text) cell.value = typedValue(text, doc.types[i]);
    });
  }

  span(ws, r, 1, n, doc.totalsLine, TOTALS);
  ws.getRow(r++).height = heightOf(linesOf(doc.totalsLine, totalChars)) + 4;
  r++; // a blank line before the signatures, as on the paper form
  const [a = 1, b = 2] = splitByWidth(doc.widths, 3);
  span(ws, r, 1, a, `制表人：${doc.preparedBy}`, LINE_LEFT);
  span(ws, r, a + 1, b, '审核人：', LINE_LEFT);
  span(ws, r, b + 1, Math.max(b + 1, n), `日期：${chineseDate(doc.date)}`, LINE_RIGHT);
  ws.getRow(r).height = 24;
  ws.pageSetup.printArea = `A1:${ws.getColumn(n).letter}${r}`;

  return Buffer.from(await wb.xlsx.writeBuffer());
}
