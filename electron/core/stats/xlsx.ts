// A statistics table as the notice prints it, in .xlsx: 附件 label, title, the
// header fields, column heads, merged section and label cells, row numbers, units,
// the 备注 line, thin borders, A4 fitted to width. Text is always written as text.
import type ExcelJS from 'exceljs';
import type { StatsRecord, StatsTableView } from '../../../shared/stats';
import { heightFor, sheetColumns, type SheetColumn } from './xlsxLayout';

const FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const CENTER: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const LEFT: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };

/** Plain JS strings become shared strings: never a formula, whatever they start with. */
function put(cell: ExcelJS.Cell, value: string | number | null, style: Partial<ExcelJS.Style>): void {
  if (value !== null && value !== '') cell.value = value;
  cell.style = { font: FONT, ...style };
}

function fieldText(f: { label: string; value: string }): string {
  return f.label ? `${f.label}：${f.value || '        '}` : f.value;
}

/** Header fields two to a row (left half, right half), as the notices lay them out. */
function writeFields(ws: ExcelJS.Worksheet, start: number, fields: { label: string; value: string }[], n: number): number {
  let r = start;
  const half = Math.max(1, Math.floor(n / 2));
  for (let i = 0; i < fields.length; i += 2) {
    const pair = [fields[i], fields[i + 1]];
    pair.forEach((f, k) => {
      if (!f) return;
      const from = k === 0 ? 1 : half + 1;
      const to = k === 0 ? half : n;
      if (to > from) ws.mergeCells(r, from, r, to);
      put(ws.getCell(r, from), fieldText(f), { alignment: { horizontal: k === 0 ? 'left' : 'right', vertical: 'middle' } });
    });
    ws.getRow(r).height = 22;
    r++;
  }
  return r;
}

function writeHeads(ws: ExcelJS.Worksheet, r: number, cols: SheetColumn[], view: StatsTableView): number {
  // Two head rows when the figures sit under one group head (数量 over the institution classes).
  const two = view.columns.length > 1 && view.layout.headings.value !== '';
  const bottom = r + (two ? 1 : 0);
  const head: Partial<ExcelJS.Style> = { font: { ...FONT, bold: true }, alignment: CENTER, border: THIN };
  cols.forEach((c, i) => {
    put(ws.getCell(r, i + 1), c.kind === 'value' && two ? view.layout.headings.value : c.head, head);
    if (two) put(ws.getCell(r + 1, i + 1), c.kind === 'value' ? c.head : null, head);
  });
  const at = (k: SheetColumn['kind']) => cols.findIndex((c) => c.kind === k) + 1;
  // 检查要点 spans the label and sublabel columns; 机构类型 spans the section and label columns.
  const blocks: [number, number][] = [];
  if (view.layout.headings.label === null) blocks.push([1, at('label')]);
  else if (view.layout.sublabels) blocks.push([at('label'), at('sublabel')]);
  const inBlock = (col: number) => blocks.some(([a, b]) => col >= a && col <= b);
  for (const [a, b] of blocks) ws.mergeCells(r, a, bottom, b);
  if (two) {
    cols.forEach((c, i) => {
      if (c.kind !== 'value' && !inBlock(i + 1)) ws.mergeCells(r, i + 1, bottom, i + 1);
    });
    const values = cols.map((c, i) => (c.kind === 'value' ? i + 1 : 0)).filter((i) => i > 0);
    ws.mergeCells(r, values[0] ?? 1, r, values.at(-1) ?? 1);
  }
  ws.getRow(r).height = two ? 22 : heightFor(cols.map((c) => ({ text: c.head, width: c.width })));
  if (two) ws.getRow(r + 1).height = heightFor(cols.filter((c) => c.kind === 'value').map((c) => ({ text: c.head, width: c.width })));
  return bottom + 1;
}

function writeBody(ws: ExcelJS.Worksheet, start: number, cols: SheetColumn[], view: StatsTableView): number {
  let r = start;
  const index = (k: SheetColumn['kind']) => cols.findIndex((c) => c.kind === k) + 1;
  for (const s of view.sections) {
    const first = r;
    for (const row of s.rows) {
      cols.forEach((c, i) => {
        const cell = ws.getCell(r, i + 1);
        const figure = c.kind === 'value' ? row.cells.find((x) => x.columnId === c.id) : undefined;
        const value =
          c.kind === 'section' ? s.title : c.kind === 'no' ? row.no : c.kind === 'label' ? row.label : c.kind === 'sublabel' ? row.sublabel
          : c.kind === 'unit' ? row.unit : c.kind === 'remark' ? row.remark
          : figure && figure.value !== null && figure.basis !== 'answer' ? figure.value : (figure?.text ?? null);
        const wrapLeft = c.kind === 'label' || (view.kind === 'checklist' && c.kind !== 'section');
        put(cell, value, { alignment: wrapLeft ? LEFT : CENTER, border: THIN });
      });
      const texts = cols.filter((c) => c.kind === 'label' || c.kind === 'value' || c.kind === 'remark' || c.kind === 'sublabel').map((c) => ({
        text: c.kind === 'label' ? (row.labelSpan === 1 ? row.label : '') : c.kind === 'remark' ? row.remark : c.kind === 'sublabel' ? (row.sublabel ?? '') : (row.cells.find((x) => x.columnId === c.id)?.text ?? ''),
        width: c.width,
      }));
      ws.getRow(r).height = heightFor(texts);
      if (row.labelSpan > 1) {
        ws.mergeCells(r, index('label'), r + row.labelSpan - 1, index('label'));
        // A merged label spreads over its rows; the first grows only if they are too short together.
        const need = heightFor([{ text: row.label, width: cols[index('label') - 1]?.width ?? 40 }]);
        if (need > row.labelSpan * 20) ws.getRow(r).height = Math.max(ws.getRow(r).height ?? 20, need - (row.labelSpan - 1) * 20);
      }
      if (view.layout.sublabels && row.sublabel === null) ws.mergeCells(r, index('label'), r, index('sublabel'));
      r++;
    }
    if (r - 1 > first) ws.mergeCells(first, 1, r - 1, 1);
    const span = r - first;
    const need = heightFor([{ text: s.title, width: cols[0]?.width ?? 14 }]);
    if (need > span * 20) ws.getRow(first).height = Math.max(ws.getRow(first).height ?? 20, need - (span - 1) * 20);
  }
  return r;
}

export function writeTableSheet(wb: ExcelJS.Workbook, view: StatsTableView, sheetName: string): ExcelJS.Worksheet {
  const cols = sheetColumns(view);
  const n = cols.length;
  const ws = wb.addWorksheet(sheetName, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9, orientation: view.layout.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  cols.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  let r = 1;
  if (view.annex) {
    put(ws.getCell(r, 1), view.annex, { font: { name: '黑体', size: 14 }, alignment: { horizontal: 'left', vertical: 'middle' } });
    ws.getRow(r++).height = 22;
  }
  ws.mergeCells(r, 1, r, n);
  put(ws.getCell(r, 1), view.title, { font: { name: '宋体', size: 16, bold: true }, alignment: CENTER });
  ws.getRow(r).height = heightFor([{ text: view.title, width: cols.reduce((s, c) => s + c.width, 0) / 1.6 }], 24);
  r = writeFields(ws, r + 1, view.headerFields, n);
  const headTop = r;
  r = writeHeads(ws, r, cols, view);
  ws.pageSetup.printTitlesRow = `${headTop}:${r - 1}`;
  r = writeBody(ws, r, cols, view);
  if (view.footerFields.length) r = writeFields(ws, r, view.footerFields, n);
  if (view.note) {
    ws.mergeCells(r, 1, r, n);
    const text = /^(备注|注)[:：]/.test(view.note) ? view.note : `备注：${view.note}`;
    put(ws.getCell(r, 1), text, { alignment: LEFT });
    ws.getRow(r).height = heightFor([{ text, width: cols.reduce((s, c) => s + c.width, 0) }]);
    r++;
  }
  ws.pageSetup.printArea = `A1:${ws.getColumn(n).letter}${r - 1}`;
  return ws;
}

/** The records behind the computed figures, one line each; names only when asked. */
export function writeDetailSheet(wb: ExcelJS.Workbook, items: { row: string; records: StatsRecord[] }[], names: boolean): void {
  const heads = ['统计行', '类型', '编号', '日期', '类别/渠道', '摘要', '计入数', ...(names ? ['涉及人员'] : [])];
  const widths = [30, 6, 14, 12, 22, 40, 8, 24];
  const ws = wb.addWorksheet('明细', { views: [{ state: 'frozen', ySplit: 1, showGridLines: false }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  heads.forEach((h, i) => {
    ws.getColumn(i + 1).width = widths[i] ?? 12;
    put(ws.getCell(1, i + 1), h, { font: { ...FONT, bold: true }, alignment: CENTER, border: THIN });
  });
  let r = 2;
  for (const item of items) {
    for (const rec of item.records) {
      const values = [item.row, rec.kind === 'clue' ? '线索' : '案件', rec.number, rec.date, rec.category, rec.summary, rec.contributes, ...(names ? [rec.names ?? ''] : [])];
      values.forEach((v, i) => put(ws.getCell(r, i + 1), v, { alignment: i === 5 || i === 0 ? LEFT : CENTER, border: THIN }));
      r++;
    }
  }
}
