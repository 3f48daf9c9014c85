// 统计报表 from the screen: the figures shown are the core's, a hand-entered figure
// is saved and shown with who entered it, the export writes what is on screen, a
// computed figure opens the records behind it (names only when asked), and a user
// campaign's rows are mapped to measures or entered by hand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsRecord, StatsTableView } from '../../shared/stats';
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

async function core<T>(channel: string, input: unknown): Promise<T> {
  const result = await invoke(createHandlers(h.ctx), channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}
const compute = (period: string) => core<StatsTableView>('stats.compute', { campaign: 'sc-2020-96', tableId: 'tb2', period });

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

  it('opens the records behind a computed figure, with names only when the officer asks', async () => {
    // A 涉及人员 row that has cases of the campaign in October (the demo links each case to its own campaigns).
    let rowId = '';
    let named: { records: StatsRecord[] } = { records: [] };
    for (const id of ['tb2-r6', 'tb2-r12', 'tb2-r16', 'tb2-r25']) {
      named = await core<{ records: StatsRecord[] }>('stats.records', { campaign: 'sc-2020-96', tableId: 'tb2', rowId: id, columnId: '', period: '2020-10', names: true });
      rowId = id;
      if (named.records.some((r) => r.names)) break;
    }
    const name = named.records.find((r) => r.names)?.names?.split('（')[0] ?? '';
    expect(name).not.toBe('');
    await rowOf(rowId).getByTestId('stats-open-records').click();
    const drawer = h.page.getByTestId('stats-records');
    await expect.poll(() => drawer.getByTestId('stats-record').count()).toBe(named.records.length);
    const first = named.records[0];
    const line = drawer.locator(`[data-testid="stats-record"][data-number="${first?.number}"]`);
    expect(await line.innerText()).toContain(first?.date);
    expect(await line.innerText()).toContain(first?.contributes);
    expect(await drawer.getByTestId('stats-records-how').innerText()).toMatch(/涉[及案]人员/);
    expect(await drawer.innerText()).not.toContain(name);
    await drawer.getByTestId('stats-records-names').click();
    await expect.poll(() => drawer.innerText()).toContain(name);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => drawer.count()).toBe(0);
  });

  it('maps a row of a user campaign’s table to a measure, and takes another by hand', async () => {
    await core('campaigns.import', { fileName: 'user.json', text: JSON.stringify(USER_CAMPAIGN) });
    // Only the campaign's own clues count: October's clues join the user's campaign.
    const october = await core<{ rows: { id: number; campaignIds: string[] }[] }>('cases.listClues', { from: '2020-10-01', to: '2020-10-31', pageSize: 500 });
    for (const c of october.rows) await core('cases.updateClue', { id: c.id, patch: { campaignIds: [...c.campaignIds, 'user-2020'] } });
    await h.open('/stats?campaign=user-2020&table=t1&period=2020-10');
    await h.page.reload(); // the page lists campaigns when it mounts; this one was imported behind its back
    await h.page.getByTestId('stats-grid').waitFor();
    expect(await rowOf('r1').getByTestId('stats-figure').count()).toBe(0);
    await rowOf('r1').getByTestId('stats-map').click();
    const modal = h.page.getByTestId('stats-measure');
    await modal.getByText('按线索统计').click();
    await modal.getByTestId('stats-measure-save').click();
    const user = () => core<StatsTableView>('stats.compute', { campaign: 'user-2020', tableId: 't1', period: '2020-10' });
    await expect.poll(async () => (await user()).sections[0]?.rows[0]?.cells[0]?.basis).toBe('computed');
    const computed = (await user()).sections[0]?.rows[0]?.cells[0]?.text;
    expect(Number(computed)).toBeGreaterThan(0);
    await expect.poll(() => rowOf('r1').getByTestId('stats-figure').innerText()).toBe(computed);
    await rowOf('r2').getByTestId('stats-manual').fill('1');
    await rowOf('r2').getByTestId('stats-manual').press('Enter');
    await expect.poll(async () => (await user()).sections[0]?.rows[1]?.cells[0]).toMatchObject({ basis: 'manual', value: 1 });
    // Back to by hand: the row loses its measure and takes a figure again.
    await rowOf('r1').getByTestId('stats-map').click();
    await h.page.getByTestId('stats-measure').getByText('手工填写').click();
    await h.page.getByTestId('stats-measure-save').click();
    await expect.poll(() => rowOf('r1').getByTestId('stats-manual').count()).toBe(1);
  });
});

const USER_CAMPAIGN = {
  format: 'zicha-campaign', version: 1, id: 'user-2020', revision: 1, kind: 'campaign', title: '本市线索统计',
  issuers: ['示例市卫健委'], docNumber: null, issuedOn: null, period: { start: '2020-06-01', end: '2020-12-31', original: '' },
  scope: null, phases: [], duties: [], tasks: [], checklists: [], source: null,
  tables: [{
    id: 't1', title: '线索情况表', annex: null, columns: [], headerFields: ['填报单位', '填报时间'], note: null,
    sections: [{ id: 's1', title: '线索', rows: [
      { id: 'r1', no: '1', label: '收到线索', sublabel: null, unit: '条', parent: null },
      { id: 'r2', no: '2', label: '约谈人数', sublabel: null, unit: '人', parent: null },
    ] }],
  }],
};
