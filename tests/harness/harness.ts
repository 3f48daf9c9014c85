// Door 2: the real built renderer in Debian's Chromium, talking to the real
// handlers and a real SQLite file through Playwright's exposeBinding. The init
// script defines window.zicha with the same buildBridge that preload uses.
// Answers cross as JSON text (toWire/fromWire), bytes as bytes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildBridge, channelNames } from '../../shared/bridge';
import { createHandlers, invoke } from '../../electron/core/api';
import { AppContext } from '../../electron/core/context';
import { serveStatic } from '../../electron/core/static';
import { chromiumPrinter, launchChromium } from '../../electron/core/print/chromium';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const rendererDir = path.join(repoRoot, 'out', 'renderer');
/** The renderer's origin in the harness; *.localhost is a secure context. */
export const APP_ORIGIN = 'http://zicha.localhost';

/**
 * An answer as text for the page. Electron's IPC copies values whole (structured
 * clone); Playwright's own encoding of a binding's answer, a tree of tagged values,
 * cost the page some 1.3 s for a 2,000-item round where the same answer as JSON
 * took 0.2 s, so the harness would have shown waits the app does not have. Bytes
 * (a PDF) go as base64 under a key no answer has and come out a Uint8Array, as
 * they do over IPC.
 */
const BYTES_KEY = '\u0000bytes';

export function toWire(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    // `this[key]` is the value before toJSON (a Buffer's would be an array of numbers).
    const raw = this[key];
    return raw instanceof Uint8Array ? { [BYTES_KEY]: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') } : v;
  });
}

/** toWire undone, in the page: serialised into the init script, so self-contained. */
export function fromWire(text: string, bytesKey: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || !(bytesKey in v)) return v;
    const binary = atob((v as Record<string, string>)[bytesKey] ?? '');
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  });
}

export interface HarnessOptions {
  /** Data folder; a fresh temp folder when omitted. */
  dataDir?: string;
  databaseFile?: string;
  now?: () => Date;
  headless?: boolean;
  /** Stands in for the native save dialog: the path to "choose", or null to cancel. */
  saveFileAs?: (defaultName: string) => string | null;
  /** Stands in for the open-file dialog: the files to "choose" (empty to cancel). */
  openFilesAs?: (title: string) => string[];
  /** Stands in for the folder dialog. */
  chooseFolderAs?: (title: string) => string | null;
  viewport?: { width: number; height: number };
  /** Stand-in fonts folders (as on Windows) instead of this machine's fontconfig. */
  fontDirs?: string[];
}

export interface Harness {
  ctx: AppContext;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  dataDir: string;
  /** Files the app asked the desktop to open in their own program. */
  opened: string[];
  /** Files the app asked the desktop to show in their folder. */
  shownInFolder: string[];
  /** What the app sent to the printer, as the PDFs Chromium made of it. */
  printed: Uint8Array[];
  /** Opens a route of the app, e.g. '/campaigns/sc-2020-96'. */
  open(route: string): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('界面尚未构建：请先运行 npm run build:renderer');
  }
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-harness-'));
  const opened: string[] = [];
  const shownInFolder: string[] = [];
  const printed: Uint8Array[] = [];
  let browserReady: (b: Browser) => void = () => undefined;
  const browserPromise = new Promise<Browser>((resolve) => (browserReady = resolve));
  const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const ctx = await AppContext.open({
    dataDir,
    databaseFile: options.databaseFile,
    resourcesDir: path.join(repoRoot, 'resources'),
    version,
    now: options.now,
    fonts: options.fontDirs ? { kind: 'folders', dirs: options.fontDirs } : undefined,
    dialogs: {
      saveFile: async ({ defaultName }) => {
        if (options.saveFileAs) return options.saveFileAs(defaultName);
        const dir = path.join(dataDir, 'exports');
        fs.mkdirSync(dir, { recursive: true });
        return path.join(dir, defaultName);
      },
      openFiles: async ({ title }) => options.openFilesAs?.(title) ?? [],
      chooseFolder: async ({ title }) => {
        if (options.chooseFolderAs) return options.chooseFolderAs(title);
        const dir = path.join(dataDir, 'exports');
        fs.mkdirSync(dir, { recursive: true });
        return dir;
      },
    },
    desktop: {
      openPath: async (file) => {
        opened.push(file);
      },
      showItemInFolder: async (file) => {
        shownInFolder.push(file);
      },
    },
    printer: chromiumPrinter({ browser: () => browserPromise, printed: (pdf) => printed.push(pdf) }),
  });
  const handlers = createHandlers(ctx);
  const browser = await launchChromium(options.headless ?? true);
  browserReady(browser);
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const request = route.request();
    const res = serveStatic(rendererDir, request.method(), new URL(request.url()).pathname);
    await route.fulfill({ status: res.status, headers: res.headers, body: res.body });
  });
  // Anything else the page asks for is not ours: refuse it, as the app's window does.
  await context.route((url) => !url.href.startsWith(`${APP_ORIGIN}/`) && !url.protocol.startsWith('data') && !url.protocol.startsWith('blob'), (route) => route.abort('blockedbyclient'));
  await context.exposeBinding('__zichaInvoke', async (_source, channel: unknown, input: unknown) =>
    toWire(await invoke(handlers, typeof channel === 'string' ? channel : '', input)),
  );
  // tsx/esbuild may wrap named functions in __name(); the page has no such helper.
  await context.addInitScript(
    `var __name = (f) => f;
Object.defineProperty(window, 'zicha', {
  value: (${buildBridge.toString()})(${JSON.stringify(channelNames)}, (c, i) => window.__zichaInvoke(c, i).then((text) => (${fromWire.toString()})(text, ${JSON.stringify(BYTES_KEY)}))),
  writable: false, configurable: false, enumerable: true,
});`,
  );
  const page = await context.newPage();
  return {
    ctx,
    browser,
    context,
    page,
    dataDir,
    opened,
    shownInFolder,
    printed,
    async open(route: string) {
      await page.goto(`${APP_ORIGIN}/index.html#${route}`);
    },
    async close() {
      await browser.close();
      ctx.close();
    },
  };
}
