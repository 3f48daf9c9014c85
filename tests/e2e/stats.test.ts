// 统计报表 from the screen: the figures shown are the core's, a hand-entered figure
// is saved and shown with who entered it, and the export writes what is on screen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsTableView } from '../../shared/stats';
import { createHandlers, invoke } from '../../electron/core/api';
import { buildDemo } from '../../electron/core/demo/demo';
import { startHarness, type Harness } from '../harness/harness';

const TODAY = '2020-11-20';
let h: Harness;
let scratch: string;
let exportDir: string;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-stats-'));
  exportDir = path.join(scratch, 'exports');
  fs.mkdirSync(exportDir);
  h = await startHarness({
    now: () => new Date(`${TODAY}T09:00:00+08:00`),
    saveFileAs: (name) => path.join(exportDir, name),
    dataDir: scratch,
  });
  buildDemo(h.ctx.db, { scale: 1, evidenceDir: h.ctx.evidenceDir });
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function compute(period: string): Promise<StatsTableView> {
  const result = await invoke(createHandlers(h.ctx), 'stats.compute', { campaign: 'sc-2020-96', tableId: 'tb2', period });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as StatsTableView;
}

const rowOf = (id: string) => h.page.locator(`[data-testid="stats-row"][data-row-id="${id}"]`);

describe('统计报表', () => {
  it('shows 附件2 of 川卫函〔2020〕96号 for a month with the figures the core computes', async () => {
    await h.open('/stats');
    await h.page.getByTestId('stats-page').waitFor();
    await h.page.getByTestId('stats-campaign').click();
    await h.page.getByRole('option', { name: /川卫函〔2020〕96号/ }).click();
    await h.page.getByTestId('stats-table').click();
    await h.page.getByRole('option', { name: /附件2/ }).click();
    await h.page.getByTestId('stats-month').click();
    await h.page.getByRole('button', { name: '10月', exact: true }).click();
    await expect.poll(() => h.page.getByTestId('stats-grid').innerText()).toContain('工作统计表（10月）');
    const view = await compute('2020-10');
    const first = view.sections[0]?.rows[0];
    expect(first?.cells[0]?.basis).toBe('computed');
    const shown = await rowOf(first?.id ?? '').getByTestId('stats-figure').innerText();
    expect(shown).toBe(first?.cells[0]?.text);
    expect(Number(shown)).toBeGreaterThan(0);
  });

  it('saves a hand-entered figure and shows who entered it', async () => {
    const row = rowOf('tb2-r22');
    await row.getByTestId('stats-manual').fill('2');
    await row.getByTestId('stats-manual').press('Enter');
    await expect.poll(async () => (await compute('2020-10')).sections[3]?.rows.find((r) => r.id === 'tb2-r22')?.cells[0]?.value).toBe(2);
    await expect.poll(() => row.innerText()).toMatch(/11月20日/);
  });

  it('exports the table as .xlsx holding the figures, straight away when every check passes', async () => {
    expect((await compute('2020-10')).issues).toEqual([]);
    await h.page.getByTestId('stats-export').click();
    const notice = h.page.getByTestId('notice');
    await expect.poll(() => notice.innerText()).toContain('已导出统计表');
    expect(await h.page.getByTestId('stats-export-anyway').count()).toBe(0);
    const file = /保存位置：(.+)$/m.exec(await notice.innerText())?.[1]?.trim() ?? '';
    expect(fs.existsSync(file)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rows: ExcelJS.CellValue[][] = [];
    wb.worksheets[0]?.eachRow((r) => rows.push((r.values as ExcelJS.CellValue[]).slice(1)));
    const hand = rows.find((r) => r.includes('移交行政、司法机构数'));
    expect(hand?.map(String)).toContain('2');
    const total = rows.find((r) => r.includes('各渠道收集线索总数'));
    const view = await compute('2020-10');
    expect(total?.map(String)).toContain(view.sections[0]?.rows[0]?.cells[0]?.text);
  });
});
