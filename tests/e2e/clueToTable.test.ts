// From a clue to the monthly table, all through the screen: 登记线索 → 处置 as
// 拟立案审查 → 转为案件 (立案) in 耗材, then 统计报表 for 川卫函〔2020〕96号 附件2 of
// that month shows the clue and the case in their rows, and the exported .xlsx
// (the save dialog's stand-in chooses the path) and the PDF hold the same figures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setOperator } from '../../electron/core/org/org';
import { startHarness, type Harness } from '../harness/harness';

const TODAY = '2020-11-20';
let h: Harness;
let scratch: string;
const saved: string[] = [];

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-clue-table-'));
  fs.mkdirSync(path.join(scratch, 'exports'));
  h = await startHarness({
    now: () => new Date(`${TODAY}T09:00:00+08:00`),
    dataDir: scratch,
    saveFileAs: (name) => {
      saved.push(name);
      return path.join(scratch, 'exports', name);
    },
  });
  setOperator(h.ctx.db, '王芳');
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const page = () => h.page;
async function choose(testId: string, label: string | RegExp) {
  await page().getByTestId(testId).click();
  await page().getByRole('option', { name: label, exact: typeof label === 'string' }).click();
}
const figure = (rowId: string) => page().locator(`[data-testid="stats-row"][data-row-id="${rowId}"]`).getByTestId('stats-figure');

describe('a clue becomes a case and shows in the monthly table', () => {
  it('registers a clue and disposes of it into a case', async () => {
    await h.open('/cases');
    await page().getByTestId('new-clue').click();
    await choose('field-channel', '信访举报');
    await page().getByTestId('field-summary').fill('反映介入科违规使用高值耗材');
    // Only the campaigns the clue belongs to count it; the case made from it belongs to them too.
    await choose('field-campaigns', /^川卫函〔2020〕96号/);
    await page().getByTestId('field-campaigns').press('Tab');
    await page().getByTestId('add-person').click();
    await page().getByTestId('person-name-0').fill('李四');
    await page().getByTestId('save-clue').click();
    await page().getByTestId('clue-page').waitFor();
    await page().getByTestId('dispose-clue').click();
    await choose('field-disposal', '拟立案审查');
    await choose('field-outcome', '属实');
    await page().getByTestId('confirm-dispose').click();
    await expect.poll(() => page().getByTestId('clue-page').getAttribute('data-disposal')).toBe('拟立案审查');
    // 立案: the clue becomes a case of 耗材, 1.5 万元, one person (the clue's).
    await page().getByTestId('clue-to-case').click();
    await page().getByTestId('field-amount').fill('1.5');
    await choose('field-category', '不合理使用高值医用耗材');
    await page().getByTestId('save-case').click();
    await page().getByTestId('case-page').waitFor();
    const row = h.ctx.db.prepare('SELECT category, amount_fen AS fen, persons, opened_on AS openedOn FROM case_record').get();
    expect(row).toEqual({ category: 'consumables', fen: 1_500_000, persons: 1, openedOn: TODAY });
    expect(h.ctx.db.prepare('SELECT campaign_id FROM case_campaign').pluck().all()).toEqual(['sc-2020-96']);
  });

  it('shows the clue and the case in their rows of 附件2 for November', async () => {
    await h.open('/stats');
    await page().getByTestId('stats-page').waitFor();
    await choose('stats-campaign', /川卫函〔2020〕96号/);
    await choose('stats-table', /附件2/);
    await expect.poll(() => page().getByTestId('stats-grid').innerText()).toContain('工作统计表（11月）');
    // 线索 1 received, 1 acted on; 耗材: 1 case, 1.5 万元, 1 person; nothing in the other sections.
    const shown = async (id: string) => figure(id).innerText();
    await expect.poll(() => shown('tb2-r1')).toBe('1');
    expect(await shown('tb2-r2')).toBe('1');
    expect(await shown('tb2-r4')).toBe('1');
    expect(await shown('tb2-r5')).toBe('1.5');
    expect(await shown('tb2-r6')).toBe('1');
    expect(await shown('tb2-r10')).toBe('0');
    expect(await page().getByTestId('stats-summary').innerText()).toContain('全部检查通过');
  });

  it('exports the table; the .xlsx read back holds the case’s figures in their rows', async () => {
    await page().getByTestId('stats-export').click();
    await expect.poll(() => page().getByTestId('notice').innerText()).toContain('已导出统计表');
    expect(saved).toEqual(['附件2卫生健康行业领域突出问题专项整治行动工作统计表（11月）-2020-11.xlsx']);
    const file = path.join(scratch, 'exports', saved[0] ?? '');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('附件2') as ExcelJS.Worksheet;
    expect(ws.getCell('A2').value).toBe('卫生健康行业领域突出问题专项整治行动工作统计表（11月）');
    // Body from sheet row 6: 序号 in B, sublabel in D, 数量 in E, 单位 in F.
    const line = (n: number) => [6, 4, 5].map((c) => ws.getRow(n).getCell(c).value);
    expect(line(6)).toEqual(['条', '各渠道收集线索总数', 1]);
    expect(line(9)).toEqual(['起', '涉及案件', 1]);
    expect(line(10)).toEqual(['万元', '涉及金额', 1.5]);
    expect(line(11)).toEqual(['人次', '涉及人员', 1]);
    // The name stays out of the file.
    const cells: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => cells.push(String(c.value))));
    expect(cells.join('|')).not.toContain('李四');
  });

  it('exports the same table as PDF, printed by Chromium', async () => {
    await page().getByTestId('stats-export-pdf').click();
    await expect.poll(() => page().getByTestId('notice').innerText()).toContain('.pdf');
    const file = path.join(scratch, 'exports', saved[1] ?? '');
    expect(saved[1]).toMatch(/（11月）-2020-11\.pdf$/);
    await expect.poll(() => fs.existsSync(file)).toBe(true);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('工作统计表（11月）');
    expect(text).toContain('涉及金额1.5万元');
    expect(text).not.toContain('李四');
  });
});
