// The printable ledger workbook, written from a real database and read back with
// ExcelJS and with openpyxl (another reader): layout, print setup, borders, totals
// that add up, and text that looks like a formula staying text.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { RECTIFICATION_STATUSES, statusLabel } from '../../shared/ledger';
import type { LedgerDocument } from '../../shared/ledgerDocument';
import { openCatalogDatabase } from '../../electron/core/context';
import { buildLedgerDocument } from '../../electron/core/ledger/document';
import { createProblem, type ProblemFields } from '../../electron/core/ledger/problems';
import { applyAction } from '../../electron/core/ledger/rectification';
import { writeLedgerXlsx } from '../../electron/core/ledger/xlsx';
import { saveDepartment, savePerson, setHospital } from '../../electron/core/org/org';
import { resourcesDir, tempDir } from '../support/temp';
import { load, sheetXml } from '../support/workbooks';

const AT = '2020-11-20T01:00:00.000Z';
const TODAY = '2020-11-20';
const FORMULA_LIKE = ['=HYPERLINK("x")', '+1', '@SUM(A1)', '-2+3'];
/** Notes are kept as typed (descriptions are trimmed), so a leading tab reaches the writer. */
const TAB_NOTE = '\t=1+1';
const LONG = '个别医务人员收受医药代表宴请，未按规定登记报告；医德医风考评流于形式，未与绩效考核挂钩，整改措施不具体。'.repeat(3);

async function ledgerDb() {
  const db = await openCatalogDatabase(path.join(tempDir(), 'z.sqlite'), resourcesDir, () => new Date(AT));
  setHospital(db, { name: '某某市人民医院', level: '三级甲等', category: '综合医院', ownership: '公立', region: '广西' });
  const dept = saveDepartment(db, { id: null, name: '医务科', category: '' });
  const person = savePerson(db, { id: null, name: '李强', departmentId: dept, title: '', phone: '' });
  const fields = (description: string, i: number): ProblemFields => ({
    source: i % 2 ? '自查' : '审计', campaignId: null, category: '', description, departmentId: dept, personId: person,
    foundOn: '2020-10-08', amountFen: i * 1_234_500, note: i === 1 ? TAB_NOTE : '', measures: `整改措施${i}`, deadline: '2020-12-31', immediate: i === 0,
  });
  // A pasted control character: XML 1.0 cannot carry it (ExcelJS drops it), or Excel would refuse the file.
  const texts = [...FORMULA_LIKE, LONG, '响铃\u0007字符', ...Array.from({ length: 13 }, (_, i) => `问题${i}`)];
  texts.forEach((t, i) => {
    const id = createProblem(db, fields(t, i), null, '王芳', AT);
    if (i % 3 === 1) applyAction(db, id, 'start', {}, '王芳', AT, TODAY);
    if (i % 6 === 4) applyAction(db, id, 'complete', {}, '王芳', AT, TODAY);
  });
  return db;
}

async function written(doc: LedgerDocument): Promise<{ file: string; ws: ExcelJS.Worksheet }> {
  const file = path.join(tempDir(), 'ledger.xlsx');
  fs.writeFileSync(file, await writeLedgerXlsx(doc));
  const ws = (await load(file)).getWorksheet(doc.title);
  if (!ws) throw new Error('no ledger sheet');
  return { file, ws };
}

const text = (ws: ExcelJS.Worksheet, row: number, col: number) => ws.getCell(row, col).value;

describe('the ledger workbook', () => {
  it('lays out title, unit and date, header, rows, totals and signatures, ready to print', async () => {
    const db = await ledgerDb();
    const doc = buildLedgerDocument(db, 'problems', {}, TODAY, '王芳');
    const { file, ws } = await written(doc);
    const n = doc.headers.length;
    const last = ws.getColumn(n).letter;
    expect(text(ws, 1, 1)).toBe('问题台账');
    expect(ws.getCell(1, 1).font).toMatchObject({ name: '黑体', size: 18 });
    expect(ws.getCell(1, 1).alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.model.merges).toContain(`A1:${last}1`);
    expect(text(ws, 2, 1)).toBe('填报单位：某某市人民医院');
    expect(ws.getRow(2).values).toContain('日期：2020年11月20日');
    // Without a filter the header is row 3 and it is what every page repeats.
    const header = 3;
    expect(ws.getRow(header).values).toEqual([undefined, ...doc.headers]);
    expect(ws.getCell(header, 1).font).toMatchObject({ bold: true });
    expect(ws.getCell(header, 1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      showGridLines: false, printTitlesRow: `${header}:${header}`,
    });
    expect(ws.headerFooter.oddFooter).toContain('第 &P 页，共 &N 页');
    // A character is about two width units; the description column is the widest.
    doc.widths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBeCloseTo(w * 2 + 1.2, 1));
    const rows = doc.rows.length;
    for (let r = header; r <= header + rows; r++) {
      for (let c = 1; c <= n; c++) {
        expect(ws.getCell(r, c).border, `${ws.getColumn(c).letter}${r}`).toMatchObject({
          top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
        });
      }
    }
    doc.rows.forEach((cells, i) => cells.forEach((t, c) => expect(text(ws, header + 1 + i, c + 1) ?? '').toBe(t.replace('\u0007', ''))));
    const descCol = doc.headers.indexOf('问题描述') + 1;
    const longRow = header + 1 + doc.rows.findIndex((r) => r[descCol - 1] === LONG);
    expect(ws.getRow(longRow).height).toBeGreaterThan(3 * (ws.getRow(header + 2).height ?? 99));
    expect(ws.getCell(longRow, descCol).alignment).toMatchObject({ horizontal: 'left', wrapText: true, vertical: 'middle' });
    // ExcelJS reads font sizes back as integers; openpyxl below checks the 10.5.
    expect(ws.getCell(header + 1, 1).font).toMatchObject({ name: '宋体' });

    const totalsRow = header + rows + 1;
    expect(ws.model.merges).toContain(`A${totalsRow}:${last}${totalsRow}`);
    const totals = String(text(ws, totalsRow, 1));
    expect(totals).toBe(doc.totalsLine);
    const statusCol = doc.headers.indexOf('状态');
    const counted = RECTIFICATION_STATUSES.map((s) => {
      const stated = Number(new RegExp(`${statusLabel[s].replace(/[（）]/g, '.')} (\\d+)`).exec(totals)?.[1]);
      expect(stated, s).toBe(doc.rows.filter((r) => (r[statusCol] ?? '').startsWith(statusLabel[s])).length);
      return stated;
    });
    expect(counted.reduce((a, b) => a + b, 0)).toBe(rows);
    expect(totals).toMatch(new RegExp(`^合计 ${rows} 项`));
    expect(totals).toContain('其中立行立改 1 项');

    const sign = ws.getRow(totalsRow + 2).values as unknown[];
    // ExcelJS gives every cell of a merge the master's value.
    expect([...new Set(sign.filter(Boolean))]).toEqual(['制表人：王芳', '审核人：', '日期：2020年11月20日']);
    expect(ws.pageSetup.printArea).toBe(`A1:${last}${totalsRow + 2}`);
    // Text that looks like a formula is a string cell, never a formula.
    for (const f of FORMULA_LIKE) {
      const cell = ws.getCell(header + 1 + doc.rows.findIndex((r) => r[descCol - 1] === f), descCol);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(f);
    }
    const noteCol = doc.headers.indexOf('备注') + 1;
    expect(text(ws, header + 2, noteCol)).toBe(TAB_NOTE);
    expect(await sheetXml(file, '问题台账')).not.toMatch(/<f[ >]/);
    db.close();
  });

  it('says what the filter was, and moves the header and print titles below it', async () => {
    const db = await ledgerDb();
    const doc = buildLedgerDocument(db, 'rectifications', { sources: ['审计'] }, TODAY, '王芳');
    const { ws } = await written(doc);
    expect(text(ws, 3, 1)).toBe('筛选条件：来源：审计');
    expect(ws.getRow(4).values).toEqual([undefined, ...doc.headers]);
    expect(ws.pageSetup.printTitlesRow).toBe('4:4');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(doc.rows.length).toBe(10);
    expect(String(text(ws, 4 + doc.rows.length + 1, 1))).toMatch(/^合计 10 项/);
    db.close();
  });

  it('writes an empty ledger with a line saying so, and a blank unit to fill in by hand', async () => {
    const db = await openCatalogDatabase(path.join(tempDir(), 'z.sqlite'), resourcesDir, () => new Date(AT));
    const { ws } = await written(buildLedgerDocument(db, 'problems', {}, TODAY, '王芳'));
    expect(text(ws, 2, 1)).toMatch(/^填报单位：＿+$/);
    expect(text(ws, 4, 1)).toBe('（筛选范围内没有记录）');
    expect(String(text(ws, 5, 1))).toMatch(/^合计 0 项/);
    db.close();
  });

  it('reads back the same in openpyxl: print titles, landscape, fit to width, formula-like text as strings', async () => {
    const db = await ledgerDb();
    const { file } = await written(buildLedgerDocument(db, 'problems', {}, TODAY, '王芳'));
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['问题台账']
cells = {c.value: c.data_type for row in ws.iter_rows(min_row=4) for c in row if isinstance(c.value, str)}
font = ws.cell(4, 5).font
print(json.dumps({
  'titles': ws.print_title_rows, 'orientation': ws.page_setup.orientation, 'paper': ws.page_setup.paperSize,
  'fitToWidth': ws.page_setup.fitToWidth, 'fitToHeight': ws.page_setup.fitToHeight,
  'fitToPage': ws.sheet_properties.pageSetUpPr.fitToPage, 'centered': ws.print_options.horizontalCentered,
  'gridLines': ws.print_options.gridLines, 'footer': ws.oddFooter.center.text,
  'types': {k: cells.get(k) for k in ${JSON.stringify([...FORMULA_LIKE, TAB_NOTE])}},
  'font': [font.name, font.sz], 'title': [ws['A1'].font.name, ws['A1'].font.sz],
}, ensure_ascii=False))`;
    const out = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as Record<string, unknown>;
    expect(out).toMatchObject({
      titles: '$3:$3', orientation: 'landscape', paper: 9, fitToWidth: 1, fitToHeight: 0, fitToPage: true, centered: true,
      footer: '第 &P 页，共 &N 页', font: ['宋体', 10.5], title: ['黑体', 18],
    });
    expect(out.gridLines).not.toBe(true);
    expect(out.types).toEqual(Object.fromEntries([...FORMULA_LIKE, TAB_NOTE].map((f) => [f, 's'])));
    db.close();
  });

  // Its speed is measured by `npm run bench`; here only that every row arrives.
  it('writes 5,000 rows, every one of them', async () => {
    const db = await ledgerDb();
    const doc = buildLedgerDocument(db, 'problems', {}, TODAY, '王芳');
    const rows = Array.from({ length: 5000 }, (_, i) => doc.rows[i % doc.rows.length] ?? []);
    const buffer = await writeLedgerXlsx({ ...doc, rows });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
    expect(wb.getWorksheet('问题台账')?.rowCount).toBe(3 + 5000 + 3);
    db.close();
  });
});
