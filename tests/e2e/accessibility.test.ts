// Accessibility of every page with the demo data, and with its dialogs and drawers
// open: axe-core runs in the real renderer (its source evaluated in the page, since
// the CSP refuses script tags) and any violation of serious or critical impact fails,
// as do skipped heading levels (axe rates them moderate; the issue counts them).
// The same sweep checks that dates on screen are written 2020年6月30日, never ISO.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../electron/core/demo/demo';
import { startHarness, type Harness } from '../harness/harness';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let h: Harness;
const ids: Record<string, string | number> = {};

beforeAll(async () => {
  const now = new Date('2020-11-20T09:00:00+08:00');
  h = await startHarness({ now: () => now, viewport: { width: 1366, height: 768 } });
  buildDemo(h.ctx.db, { scale: 1, evidenceDir: h.ctx.evidenceDir });
  const one = (sql: string) => h.ctx.db.prepare(sql).pluck().get() as string | number;
  ids.round = one("SELECT id FROM inspection_round WHERE status = 'open' ORDER BY id LIMIT 1");
  ids.problem = one("SELECT id FROM problem WHERE status = 'inProgress' ORDER BY id LIMIT 1");
  ids.signedOff = one("SELECT id FROM problem WHERE status = 'signedOff' ORDER BY id LIMIT 1");
  ids.clue = one('SELECT id FROM clue ORDER BY id LIMIT 1');
  ids.case = one('SELECT id FROM case_record ORDER BY id LIMIT 1');
});
afterAll(async () => {
  await h?.close();
});

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** axe's serious and critical findings on what is on screen now. */
async function audit(): Promise<Finding[]> {
  const page = h.page;
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Wait for Mantine's transitions (modals, drawers) to settle; half-faded text fails contrast.
  await page.waitForTimeout(350);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'heading-order')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').slice(0, 200) })),
      }));
  });
}

/** Text on screen outside fields that looks like an ISO date. */
const isoDatesOnScreen = () =>
  h.page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const m = /\d{4}-\d{2}-\d{2}/.exec(n.textContent ?? '');
      if (m && !(n.parentElement?.closest('input, textarea, [data-allow-iso]'))) found.push(`${m[0]} in “${(n.textContent ?? '').trim().slice(0, 60)}”`);
    }
    return found;
  });

async function visit(route: string, ready: string) {
  await h.open(route);
  await h.page.getByTestId(ready).first().waitFor();
  await h.page.waitForLoadState('networkidle');
}

const PAGES: [string, () => string, string][] = [
  ['工作台', () => '/', 'warnings-card'],
  ['专项行动', () => '/campaigns', 'campaigns'],
  ['专项行动：概况', () => '/campaigns/sc-2020-96/overview', 'tab-overview'],
  ['专项行动：重点任务', () => '/campaigns/sc-2020-96/tasks', 'tab-tasks'],
  ['专项行动：检查要点', () => '/campaigns/gx-2020-special/checklists', 'tab-checklists'],
  ['专项行动：统计表', () => '/campaigns/sc-2020-96/stats', 'tab-stats'],
  ['专项行动：原文', () => '/campaigns/sc-2020-96/source', 'tab-source'],
  ['导入通知', () => '/campaigns/new', 'notice-text'],
  ['自查', () => '/self-check', 'rounds-list'],
  ['自查轮次', () => `/self-check/${ids.round}`, 'round-page'],
  ['问题台账', () => '/problems', 'ledger-table'],
  ['问题', () => `/problems/${ids.problem}`, 'problem-page'],
  ['已销号的问题', () => `/problems/${ids.signedOff}`, 'problem-page'],
  ['整改', () => '/rectification', 'ledger-table'],
  ['线索案件', () => '/cases', 'clue-table'],
  ['线索', () => `/cases/clues/${ids.clue}`, 'clue-page'],
  ['案件', () => `/cases/cases/${ids.case}`, 'case-page'],
  ['统计报表', () => '/stats?campaign=sc-2020-96', 'stats-page'],
  ['文书', () => '/documents?campaign=sc-2020-96', 'documents-page'],
  ['文书编辑', () => '/documents/sc-2020-96/summary', 'doc-save'],
  ['搜索', () => '/search?q=串换收费', 'search-results'],
  ['设置', () => '/settings', 'departments'],
  ['报送台账', () => '/duties', 'duties-page'],
  ['日历', () => '/duties/calendar', 'calendar'],
];

const DIALOGS: [string, () => string, string, string, string][] = [
  ['新建自查轮次', () => '/self-check', 'rounds-list', 'new-round', 'new-round-form'],
  ['佐证材料抽屉', () => `/self-check/${ids.round}`, 'round-page', 'evidence-', 'evidence-drawer'],
  ['新建问题', () => '/problems', 'ledger-table', 'new-problem', 'problem-form'],
  ['整改完成的确认', () => `/problems/${ids.problem}`, 'problem-page', 'action-complete', 'confirm-action'],
  ['登记线索', () => '/cases', 'clue-table', 'new-clue', 'clue-form'],
  ['新增科室', () => '/settings', 'departments', 'add-department', 'department-name'],
];

describe('accessibility (axe-core, serious and critical)', () => {
  for (const [name, route, ready] of PAGES) {
    it(`page ${name}`, async () => {
      await visit(route(), ready);
      expect(await audit()).toEqual([]);
      expect(await isoDatesOnScreen()).toEqual([]);
    });
  }

  for (const [name, route, ready, opener, shown] of DIALOGS) {
    it(`with ${name} open`, async () => {
      await visit(route(), ready);
      await h.page.locator(`[data-testid^="${opener}"]`).first().click();
      await h.page.getByTestId(shown).first().waitFor();
      expect(await audit()).toEqual([]);
    });
  }
});
