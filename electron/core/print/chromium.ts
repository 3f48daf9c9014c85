// The print path outside Electron: Playwright drives Debian's Chromium (never a
// downloaded browser). Fonts go through our fontconfig aliases so that the Windows
// font names in our CSS land on TrueType faces that embed cleanly (FORMATS.md).
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { fontconfigFile } from './fonts';
import type { Printer } from './printer';

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
 * use. Print pages get a context of their own: no scripts, no network. "Printing"
 * here makes the PDF and hands it to `printed`, which is how tests see a printout.
 */
export function chromiumPrinter(options: { browser?: () => Promise<Browser>; printed?: (pdf: Uint8Array) => void } = {}): Printer & {
  close(): Promise<void>;
} {
  let launched: Promise<Browser> | undefined;
  const browser = () => (options.browser ? options.browser() : (launched ??= launchChromium()));
  const pdf = async (html: string): Promise<Uint8Array> => {
    // Offline and scriptless: a print page is our HTML and its data: images, nothing else.
    const context = await (await browser()).newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true });
    } finally {
      await context.close();
    }
  };
  return {
    pdf,
    async print(html) {
      const file = await pdf(html);
      options.printed?.(file);
      return true;
    },
    async close() {
      if (launched) await (await launched).close();
    },
  };
}
