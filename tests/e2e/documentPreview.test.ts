// The 文书 editor's page preview while the officer edits: the page being read stays
// on screen, at the same place, when an edit is printed again (it used to go back to
// 第 1 页), and the old page is only replaced by its new printout, never by a blank;
// opening a draft asks the core for its printout once (a 0.6 MB answer).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../electron/core/demo/demo';
import { startHarness, type Harness } from '../harness/harness';

const FILLED = '院党委会专题研究三次';
let h: Harness;
let scratch: string;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-doc-preview-'));
  h = await startHarness({ now: () => new Date('2020-12-01T09:00:00+08:00'), dataDir: scratch });
  // Every request the window makes, by channel: the bridge reaches the core through this binding.
  await h.context.addInitScript(() => {
    const w = window as unknown as { __zichaInvoke: (c: string, i: unknown) => Promise<string>; asked: string[] };
    const invoke = w.__zichaInvoke;
    w.asked = [];
    w.__zichaInvoke = (c, i) => {
      w.asked.push(c);
      return invoke(c, i);
    };
  });
  buildDemo(h.ctx.db, { scale: 1, evidenceDir: h.ctx.evidenceDir });
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const counter = () => h.page.getByTestId('pdf-page-counter').innerText();
const scrolled = () => h.page.evaluate(() => window.scrollY);

describe('文书预览', () => {
  it('asks for the printout of the draft being opened once', async () => {
    await h.open('/documents/sc-2020-96/summary');
    await h.page.getByTestId('pdf-canvas').waitFor({ timeout: 30_000 });
    const asked = await h.page.evaluate(() => (window as unknown as { asked: string[] }).asked);
    expect(asked.filter((c) => c === 'documents.preview')).toEqual(['documents.preview']);
    expect(asked.filter((c) => c === 'documents.get')).toEqual(['documents.get']);
  });

  it('stays on the page being read, where it was, when an edit is printed again', async () => {
    await h.open('/documents/sc-2020-96/summary');
    await h.page.getByTestId('pdf-canvas').waitFor();
    await expect.poll(counter, { timeout: 30_000 }).toMatch(/^第 1 \/ \d+ 页$/);
    await h.page.getByTestId('pdf-next').click();
    await h.page.getByTestId('pdf-next').click();
    await expect.poll(() => h.page.getByTestId('pdf-canvas').getAttribute('aria-label')).toMatch(/第 3 页$/);
    // Read further down the draft, as one does with a long one (the preview stands still beside it).
    await h.page.getByTestId('doc-body').hover();
    await h.page.mouse.wheel(0, 400);
    await expect.poll(scrolled).toBeGreaterThan(0);
    const pages = /\/ (\d+) 页/.exec(await counter())?.[1];

    // Every canvas the preview puts up from here on, and any moment it stands empty.
    await h.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenPages: string[] }).seenPages = seen;
      new MutationObserver(() => {
        const canvas = document.querySelector('[data-testid="pdf-canvas"]');
        seen.push(canvas?.getAttribute('aria-label') ?? '(none)');
      }).observe(document.querySelector('[data-testid="doc-preview"]')!, { childList: true, subtree: true });
    });
    const old = await h.page.getByTestId('pdf-canvas').elementHandle();
    await h.page.getByTestId('doc-blank').first().click();
    await h.page.getByTestId('inline-value').fill(FILLED);
    // Where the draft stands once the blank is open for typing (opening it brings it into view).
    const at = await scrolled();
    await h.page.getByTestId('inline-apply').click();
    await h.page.waitForFunction((was) => !was?.isConnected && document.querySelector('[data-testid="pdf-canvas"]') !== null, old, { timeout: 60_000 });
    await expect.poll(() => h.page.getByTestId('doc-preview').getAttribute('aria-busy')).toBe('false');

    expect(await counter()).toBe(`第 3 / ${pages} 页`);
    expect(await h.page.getByTestId('pdf-canvas').getAttribute('aria-label')).toMatch(/第 3 页$/);
    const seen = await h.page.evaluate(() => (window as unknown as { seenPages: string[] }).seenPages);
    expect(seen.filter((s) => !s.endsWith('第 3 页'))).toEqual([]);
    expect(Math.abs((await scrolled()) - at)).toBeLessThanOrEqual(1);
  }, 120_000);
});
