// What the officer waits for in the window, through the harness (the built
// renderer in Chromium on the real handlers): the first screen, a 2,000-item round
// page until its first answer can be typed into, and the 文书 editor's page
// preview, first drawn, redrawn after an edit, and drawn again after a restart.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDemo } from '../../electron/core/demo/demo';
import { startHarness, type Harness } from '../harness/harness';
import { syntheticRound } from '../support/syntheticCampaign';
import { measure, type Figure } from './measure';

const RUNS = 5;

/** From asking for a route to `ready` answering, on a blank page each time (nothing of the last run on screen). */
async function timeRoute(h: Harness, route: string, ready: () => Promise<unknown>): Promise<number> {
  await h.page.goto('about:blank');
  const start = performance.now();
  await h.open(route);
  await ready();
  return performance.now() - start;
}

export async function windowFigures(scratch: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  figures.push(
    await measure('启动 harness（数据库与 Chromium）并显示首屏（参考，含启动浏览器）', 3, async () => {
      const h = await startHarness({ dataDir: fs.mkdtempSync(path.join(scratch, 'ui-')) });
      await h.open('/');
      await h.page.getByTestId('workbench').waitFor({ state: 'visible' });
      await h.close();
    }),
  );
  const dataDir = fs.mkdtempSync(path.join(scratch, 'ui-'));
  const h = await startHarness({ dataDir });
  const drawn = (page: Harness['page']) => page.getByTestId('pdf-canvas').waitFor({ state: 'visible', timeout: 60_000 });
  try {
    const first: number[] = [];
    for (let i = 0; i < RUNS; i++) first.push(await timeRoute(h, '/', () => h.page.getByTestId('workbench').waitFor({ state: 'visible' })));
    figures.push({ name: '首屏：窗口载入界面到工作台显示（浏览器已启动，如应用窗口）', runs: first, target: 1_000 });

    const round = syntheticRound(h.ctx.db, '基准整表', 0, new Date().toISOString());
    const editable = async () => {
      const input = h.page.getByTestId('element-i1').locator('input').first();
      await input.waitFor({ state: 'visible' });
      if (!(await input.isEditable())) throw new Error('the first item of the round is not editable');
    };
    const rounds: number[] = [];
    for (let i = 0; i < RUNS; i++) rounds.push(await timeRoute(h, `/self-check/${round}`, editable));
    figures.push({ name: '2,000 项的自查轮次：打开到第一项可填写', runs: rounds, target: 1_000 });

    buildDemo(h.ctx.db, { scale: 1, evidenceDir: path.join(h.dataDir, 'demo-evidence') });
    const opened: number[] = [];
    for (let i = 0; i < RUNS; i++) opened.push(await timeRoute(h, '/documents/sc-2020-96/summary', () => drawn(h.page)));
    figures.push({ name: '文书预览：打开工作情况总结草稿到第一页画出', runs: opened, target: 1_000 });

    const redrawn: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const old = await h.page.getByTestId('pdf-canvas').elementHandle();
      const blank = h.page.getByTestId('doc-blank').first();
      await blank.click();
      await h.page.getByTestId('inline-value').fill(`基准填写${i}`);
      const start = performance.now();
      await h.page.getByTestId('inline-apply').click();
      await h.page.waitForFunction((was) => !was?.isConnected && document.querySelector('[data-testid="pdf-canvas"]') !== null, old, { timeout: 60_000 });
      redrawn.push(performance.now() - start);
    }
    figures.push({ name: '文书预览：修改一处后重新画出', runs: redrawn, target: 500 });
  } finally {
    await h.close();
  }

  // The app closed and started again (nothing kept in memory): the draft as saved, which the first opening printed.
  const reopened: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const again = await startHarness({ dataDir });
    try {
      reopened.push(await timeRoute(again, '/documents/sc-2020-96/summary', () => drawn(again.page)));
    } finally {
      await again.close();
    }
  }
  figures.push({ name: '文书预览：重新启动后打开同一草稿到第一页画出（不含启动浏览器）', runs: reopened, target: 1_000 });
  return figures;
}
