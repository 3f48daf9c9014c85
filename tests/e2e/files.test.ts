// Campaign files in and out of the window, the separate sample database, and the
// page's isolation (no Node, a frozen bridge, a CSP that stops injected script).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/bridge';
import { exportCampaignText } from '../../electron/core/campaigns/catalog';
import { startHarness, type Harness } from '../harness/harness';

let h: Harness;
let saved: string[] = [];
beforeAll(async () => {
  h = await startHarness({
    saveFileAs: (name) => {
      const target = path.join(h.dataDir, `saved-${name}`);
      saved.push(target);
      return target;
    },
  });
});
afterAll(async () => {
  await h?.close();
});

function campaignFile(id: string) {
  return JSON.parse(exportCampaignText(h.ctx.db, id).text) as Record<string, unknown> & { tasks: { text: string }[] };
}

describe('campaign files', () => {
  it('imports a new campaign through the file picker', async () => {
    await h.open('/campaigns');
    const mine = { ...campaignFile('sc-2021-division'), id: 'hospital-2026', title: '本院2026年纠风工作任务分工', docNumber: '示例医发〔2026〕3号' };
    await h.page.getByTestId('import-input').setInputFiles({ name: '本院任务.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    await expect.poll(() => h.page.getByTestId('notice').innerText()).toContain('已导入');
    await expect.poll(() => h.page.locator('[data-testid^="campaign-"]').count()).toBe(6);
    expect(await h.page.getByTestId('campaign-hospital-2026').innerText()).toContain('示例医发〔2026〕3号');
  });

  it('refuses a broken file with the path of the broken field and changes nothing', async () => {
    const broken = campaignFile('sc-2020-96');
    broken.revision = 9;
    broken.tasks[1] = { ...broken.tasks[1], text: '' } as { text: string };
    const before = exportCampaignText(h.ctx.db, 'sc-2020-96').text;
    await h.page.getByTestId('import-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => h.page.getByTestId('notice').innerText()).toContain('tasks[1].text');
    expect(await h.page.getByTestId('notice').innerText()).toContain('broken.json');
    expect(exportCampaignText(h.ctx.db, 'sc-2020-96').text).toBe(before);
    expect(await h.page.locator('[data-testid^="campaign-"]').count()).toBe(6);
  });

  it('exports a campaign through the save dialog port', async () => {
    saved = [];
    await h.page.getByTestId('campaign-sc-2020-96').getByRole('button', { name: '导出' }).click();
    await expect.poll(() => h.page.getByTestId('notice').innerText()).toContain('已导出');
    expect(saved).toHaveLength(1);
    expect(fs.readFileSync(saved[0] ?? '', 'utf8')).toBe(exportCampaignText(h.ctx.db, 'sc-2020-96').text);
  });
});

describe('sample data', () => {
  it('opens in a separate database and goes back to the office data untouched', async () => {
    await h.open('/settings');
    await h.page.getByRole('button', { name: '载入示例数据' }).click();
    await h.page.getByTestId('confirm-sample').click();
    await h.page.getByTestId('sample-banner').waitFor();
    await expect.poll(() => h.page.getByTestId('hospital').innerText()).toContain('示例市第一人民医院');
    expect(h.ctx.info().workspace).toBe('sample');
    await h.page.getByRole('link', { name: '专项行动' }).first().click();
    await h.page.getByTestId('sample-banner').waitFor();
    await h.page.getByTestId('sample-banner').getByRole('button', { name: '返回我的数据' }).click();
    await h.page.getByTestId('sample-banner').waitFor({ state: 'detached' });
    expect(h.ctx.info().workspace).toBe('main');
    expect(h.ctx.db.prepare('SELECT count(*) FROM department').pluck().get()).toBe(0);
    await expect.poll(() => h.page.locator('[data-testid^="campaign-"]').count()).toBe(6);
  });
});

describe('the page', () => {
  it('has no Node, only the frozen bridge, and a CSP that blocks injected script', async () => {
    await h.context.addInitScript(
      "window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));",
    );
    await h.open('/');
    // A hash change does not reload the page; the listener needs a fresh document.
    await h.page.reload();
    await h.page.getByTestId('workbench').waitFor();
    // The app itself never trips the policy (zod's eval probe is switched off).
    expect(await h.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    const facts = await h.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.appendChild(script);
      return {
        require: typeof w.require,
        process: typeof w.process,
        frozen: Object.isFrozen(w.zicha),
        methods: Object.keys(w.zicha as object).sort(),
        injected: w.__injected === true,
      };
    });
    expect(facts).toEqual({ require: 'undefined', process: 'undefined', frozen: true, methods: [...channelNames].sort(), injected: false });
  });
});
