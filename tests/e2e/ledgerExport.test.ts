// The printable ledgers from the screen: the filter on screen is what gets
// exported, as .xlsx and as PDF, and printing goes through the same Chromium path
// (in the harness a printout is the PDF Chromium made of it).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../electron/core/demo/demo';
import { createProblem } from '../../electron/core/ledger/problems';
import { listProblems } from '../../electron/core/ledger/query';
import { startHarness, type Harness } from '../harness/harness';

const TODAY = '2020-11-20';
let h: Harness;
let scratch: string;
let exportDir: string;
let importFile = '';

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-ledger-'));
  exportDir = path.join(scratch, 'exports');
  fs.mkdirSync(exportDir);
  h = await startHarness({
    now: () => new Date(`${TODAY}T09:00:00+08:00`),
    saveFileAs: (name) => path.join(exportDir, name),
    openFilesAs: () => [importFile],
    dataDir: scratch,
  });
  buildDemo(h.ctx.db, { scale: 1, evidenceDir: h.ctx.evidenceDir });
  // Text a user might type that must stay text in every format.
  createProblem(
    h.ctx.db,
    {
      source: '信访举报', campaignId: null, category: '', description: '=HYPERLINK("http://x","点我") <b>加粗</b> & 回执',
      departmentId: null, personId: null, foundOn: '2020-11-02', amountFen: 0, note: '@SUM(A1)', measures: '+1 立即整改',
      deadline: null, immediate: false,
    },
    null,
    '测试',
    `${TODAY}T01:00:00.000Z`,
  );
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function pending(): number {
  return listProblems(h.ctx.db, { statuses: ['pending'] }, TODAY).total;
}

async function exportAs(item: 'export-xlsx' | 'export-pdf' | 'export-combined-xlsx'): Promise<string> {
  await h.page.getByTestId('ledger-output').click();
  await h.page.getByTestId(item).click();
  await expect.poll(() => h.page.getByTestId('notice').innerText()).toContain('已导出');
  const text = await h.page.getByTestId('notice').innerText();
  await h.page.getByTestId('notice').getByRole('button', { name: '关闭' }).click();
  const file = /保存位置：(.+)$/m.exec(text)?.[1]?.trim();
  expect(file && fs.existsSync(file)).toBe(true);
  return file as string;
}

describe('printable ledgers', () => {
  it('exports the filtered 问题台账 as .xlsx: every row on screen and nothing else, typed text kept as text', async () => {
    await h.open('/problems?status=pending');
    await h.page.getByTestId('problems-page').waitFor();
    const expected = pending();
    expect(expected).toBeGreaterThan(1);
    const file = await exportAs('export-xlsx');
    expect(path.basename(file)).toBe(`问题台账（${TODAY}）.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0];
    const numbers: string[] = [];
    const texts: ExcelJS.CellValue[] = [];
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        texts.push(cell.value);
        if (typeof cell.value === 'string' && /^WT\d{4}-\d{4}$/.test(cell.value)) numbers.push(cell.value);
      }),
    );
    expect(numbers).toHaveLength(expected);
    expect(texts).toContain('=HYPERLINK("http://x","点我") <b>加粗</b> & 回执');
    expect(texts).toContain('@SUM(A1)');
  });

  it('exports the combined 问题整改台账 from the same menu: its own title, the rows on screen, 序号 and dates typed', async () => {
    await h.open('/problems?status=pending');
    await h.page.getByTestId('problems-page').waitFor();
    const expected = pending();
    const file = await exportAs('export-combined-xlsx');
    expect(path.basename(file)).toBe(`问题整改台账（${TODAY}）.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getCell(1, 1).value)).toBe('示例市第一人民医院问题整改台账');
    let head = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === '序号') head = n;
    });
    expect(sheet.getRow(head).values).toEqual([undefined, '序号', '问题来源', '问题描述', '整改措施', '责任领导', '责任科室', '责任人', '整改时限', '整改进展', '整改状态', '销号时间', '备注']);
    const rows = Array.from({ length: expected }, (_, i) => sheet.getRow(head + 1 + i));
    rows.forEach((row, i) => expect(row.getCell(1).value).toBe(i + 1));
    expect(rows.some((row) => row.getCell(8).value instanceof Date)).toBe(true);
    expect(rows.map((row) => row.getCell(3).value)).toContain('=HYPERLINK("http://x","点我") <b>加粗</b> & 回执');
  });

  it('exports the 整改台账 as PDF: A4 landscape, repeated header, page numbers, user text shown as typed', async () => {
    await h.open('/rectification');
    await h.page.getByTestId('rectification-page').waitFor();
    const file = await exportAs('export-pdf');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const perPage = text.split('\f').filter((p) => p.trim());
    expect(perPage).toHaveLength(pages);
    perPage.forEach((page, i) => {
      expect(page).toContain('整改措施'); // the header row, on every page
      expect(page).toContain(`第 ${i + 1} 页，共 ${pages} 页`);
    });
    expect(text).toContain('+1 立即整改');
    expect(text).toContain('制表人');
  });

  it('prints through the same path, from the menu and with Ctrl+P', async () => {
    const before = h.printed.length;
    await h.page.getByTestId('ledger-output').click();
    await h.page.getByTestId('print-ledger').click();
    await expect.poll(() => h.printed.length, { timeout: 10_000 }).toBe(before + 1);
    await h.page.getByTestId('notice').getByRole('button', { name: '关闭' }).click();
    await h.page.keyboard.press('Control+P');
    await expect.poll(() => h.printed.length, { timeout: 10_000 }).toBe(before + 2);
    const pdf = h.printed.at(-1) as Uint8Array;
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});

describe('importing problems from the template', () => {
  async function templateWith(rows: (string | number)[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(exportDir, '问题导入模板.xlsx'));
    const ws = wb.getWorksheet('问题');
    if (!ws) throw new Error('the template has no 问题 sheet');
    rows.forEach((cells, i) => cells.forEach((v, c) => (ws.getCell(i + 2, c + 1).value = v === '' ? null : v)));
    const file = path.join(scratch, `导入-${rows.length}.xlsx`);
    await wb.xlsx.writeFile(file);
    return file;
  }
  //                          来源    专项行动  类别  描述                    科室    责任人 发现时间      金额  措施  时限          立行立改 备注
  const good = (n: number) => ['审计', '', '', `导入的问题 ${n}`, '药剂科', '', '2020-11-10', 0, '', '2020-12-31', '否', ''];

  it('saves the blank template, then refuses a file with a bad row, listing sheet, row and column, and changes nothing', async () => {
    await h.open('/problems');
    await h.page.getByTestId('ledger-import').click();
    await h.page.getByTestId('import-template').click();
    await expect.poll(() => h.page.getByTestId('notice').innerText()).toContain('已保存问题导入模板');
    const before = listProblems(h.ctx.db, {}, TODAY).total;
    importFile = await templateWith([good(1), ['审计', '', '', '日期错了', '药剂科', '', '2020-13-01', 0, '', '', '否', '']]);
    await h.page.getByTestId('ledger-import').click();
    await h.page.getByTestId('import-problems').click();
    const errors = h.page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.innerText()).toMatch(/问题\s+3\s+发现时间\s+.*2020-13-01/);
    expect(listProblems(h.ctx.db, {}, TODAY).total).toBe(before);
    await h.page.getByRole('button', { name: '知道了' }).click();
  });

  it('imports a clean file after the officer confirms the count, and the new rows show at once', async () => {
    const before = listProblems(h.ctx.db, {}, TODAY).total;
    importFile = await templateWith([good(1), good(2)]);
    await h.page.getByTestId('ledger-import').click();
    await h.page.getByTestId('import-problems').click();
    await h.page.getByTestId('confirm-import').click();
    await expect.poll(() => h.page.getByTestId('notice').innerText()).toContain('已导入 2 个问题');
    expect(listProblems(h.ctx.db, {}, TODAY).total).toBe(before + 2);
    await h.page.getByPlaceholder('搜索编号、描述、措施、备注').fill('导入的问题');
    await expect.poll(() => h.page.getByTestId('problems-page').innerText()).toContain('导入的问题 2');
  });
});
