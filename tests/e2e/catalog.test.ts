// The real renderer in Chromium through the harness door, against the real
// handlers and a real SQLite file, on a fixed day inside 川卫函〔2020〕96号.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness/harness';

let h: Harness;
beforeAll(async () => {
  const today = new Date('2020-07-20T09:00:00+08:00');
  h = await startHarness({ now: () => today });
});
afterAll(async () => {
  await h?.close();
});

const ANNEX2_UNITS = [
  '条', '条', '件', '起', '万元', '人次', '人次', '人次', '起', '件', '万元', '人次', '人次', '人次',
  '起', '人次', '万元', '人次', '起', '起', '起', '家', '家', '万元', '人次', '人次', '人次',
];

describe('browsing the built-in campaigns', () => {
  it('opens to the workbench and lists the five campaigns with their status on the day', async () => {
    await h.open('/');
    await h.page.getByTestId('workbench').waitFor();
    await h.page.getByRole('link', { name: '专项行动' }).first().click();
    await h.page.getByTestId('campaigns').waitFor();
    expect(await h.page.locator('[data-testid^="campaign-"]').count()).toBe(5);
    const sichuan = h.page.getByTestId('campaign-sc-2020-96');
    await expect.poll(() => sichuan.innerText()).toContain('川卫函〔2020〕96号');
    expect(await sichuan.innerText()).toContain('进行中');
    expect(await h.page.getByTestId('campaign-kz-2022-115').innerText()).toContain('未开始');
  });

  it('opens 川卫函〔2020〕96号 and finds Annex 2 with 27 rows, each with its unit', async () => {
    await h.page.getByTestId('campaign-sc-2020-96').getByText('四川省卫生健康行业领域突出问题专项整治工作方案').click();
    await h.page.getByRole('tab', { name: /统计表/ }).click();
    const table = h.page.getByTestId('stat-table-tb2');
    await table.waitFor();
    expect(await table.innerText()).toContain('附件2');
    const rows = table.getByTestId('stat-row');
    expect(await rows.count()).toBe(27);
    expect(await rows.locator('td.zc-unit').allInnerTexts()).toEqual(ANNEX2_UNITS);
    expect(h.page.url()).toContain('#/campaigns/sc-2020-96/stats');
  });

  it('shows the phases with the corrected date and the next monthly due date', async () => {
    await h.page.getByRole('tab', { name: '概况' }).click();
    const overview = h.page.getByTestId('overview');
    await overview.waitFor();
    const text = await overview.innerText();
    expect(text).toContain('2020年6月10日 至 2020年6月30日');
    expect(text).toContain('6月10日-31日');
    expect(text).toMatch(/每月5日前[\s\S]*2020年8月5日/);
  });

  it('shows the notice text on 原文', async () => {
    await h.page.getByRole('tab', { name: '原文' }).click();
    await h.page.getByTestId('source').waitFor();
    expect(await h.page.getByTestId('source').innerText()).toContain('现将《四川省卫生健康行业领域突出问题专项整治工作方案》印发给你们');
  });

  it('opens 开州卫发〔2022〕115号 and finds its 16 tasks', async () => {
    await h.open('/campaigns');
    await h.page.getByTestId('campaign-kz-2022-115').getByText('开州区2022年纠正医药购销领域和医疗服务中不正之风工作要点').click();
    await h.page.getByRole('tab', { name: /重点任务/ }).click();
    await h.page.getByTestId('tasks').waitFor();
    expect(await h.page.locator('[data-testid^="task-"]').count()).toBe(16);
    expect(await h.page.getByTestId('task-t7').innerText()).toContain('区医保局');
  });

  it('finds a task of the 2021 Sichuan division by a phrase from its text and opens it', async () => {
    const search = h.page.getByTestId('global-search');
    await search.fill('日常涉税监管');
    await search.press('Enter');
    await h.page.getByTestId('search-results').waitFor();
    const hits = h.page.getByTestId('search-hit');
    expect(await hits.count()).toBe(1);
    expect(await hits.first().innerText()).toContain('落实部门联合惩戒机制');
    await hits.first().click();
    const task = h.page.getByTestId('task-t11');
    await task.waitFor();
    expect(h.page.url()).toContain('#/campaigns/sc-2021-division/tasks');
    expect(await task.innerText()).toContain('日常涉税监管');
    await expect.poll(() => task.isVisible()).toBe(true);
  });

  it('asks for two characters before searching', async () => {
    await h.open('/search?q=医');
    await h.page.getByTestId('search-hint').waitFor();
    expect(await h.page.getByTestId('search-hit').count()).toBe(0);
  });
});
