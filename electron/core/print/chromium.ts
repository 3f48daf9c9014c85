// The print path outside Electron: Playwright drives Debian's Chromium (never a
// downloaded browser). Fonts go through our fontconfig aliases so that the Windows
// font names in our CSS land on TrueType faces that embed cleanly (FORMATS.md).
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fontconfigFace, fontconfigFile } from './fonts';
import type { Printer } from '../ports';
import { keepsPage, skipScreenLayout } from './printer';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error('找不到 Chromium：请安装 Debian 的 chromium 软件包，或设置 CHROMIUM_PATH');
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(headless = true): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless,
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile() },
  });
}

/**
 * Prints with a browser already running (the harness's) or one launched on first
 * use. Print pages live in a context of their own: no scripts, no network. The
 * context and its pages stay open between prints (a page is loaded again with the
 * next print page), so that only the first print pays for starting a renderer:
 * the path the preview redraws through is kept warm. "Printing" here makes the
 * PDF and hands it to `printed`, which is how tests see a printout.
 */
export function chromiumPrinter(options: { browser?: () => Promise<Browser>; printed?: (pdf: Uint8Array) => void } = {}): Printer & {
  close(): Promise<void>;
} {
  let launched: Promise<Browser> | undefined;
  let context: Promise<BrowserContext> | undefined;
  const idle: Page[] = [];
  const browser = () => (options.browser ? options.browser() : (launched ??= launchChromium()));
  // Offline and scriptless: a print page is our HTML and its data: images, nothing else.
  const printContext = () => (context ??= browser().then((b) => b.newContext({ javaScriptEnabled: false, offline: true })));
  const pdf = async (html: string): Promise<Uint8Array> => {
    // Prints asked for at once (a preview while an export runs) each get a page.
    const page = idle.pop() ?? (await (await printContext()).newPage());
    let reusable = false;
    try {
      // No time limit: a long ledger on a busy machine takes more than Playwright's default 30 s to load, and the officer asked for all of it.
      await page.setContent(skipScreenLayout(html), { waitUntil: 'load', timeout: 0 });
      const file = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      reusable = true;
      return file;
    } finally {
      // A page that failed is not trusted with the next print; one that laid out a long
      // print (a ledger part) is closed, which frees its renderer's memory at once.
      if (reusable && keepsPage(html) && idle.length < MAX_IDLE_PAGES) idle.push(page);
      else await page.close().catch(() => undefined);
    }
  };
  return {
    pdf,
    fontFace: fontconfigFace,
    async print(html) {
      const file = await pdf(html);
      options.printed?.(file);
      return true;
    },
    async close() {
      idle.length = 0;
      const open = context;
      context = undefined;
      if (open) await (await open).close().catch(() => undefined);
      if (launched) await (await launched).close();
    },
  };
}

/** Pages kept loaded for the next prints; more at once than this are rare (an export while the preview redraws). */
const MAX_IDLE_PAGES = 2;
