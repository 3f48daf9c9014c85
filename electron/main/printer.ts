// The print path in the app: a hidden window with no preload and no scripts loads
// the print page from our own protocol (app://zicha/print/…, held in memory only
// while it prints) and Chromium prints it — to PDF, or through the print dialog.
// The window is kept for the next print.
import { randomUUID } from 'node:crypto';
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import type { Printer } from '../core/ports';
import { PRINT_CSP, keepsPage, skipScreenLayout } from '../core/print/printer';
import { APP_ORIGIN } from './security';

const PRINT_PREFIX = '/print/';
const jobs = new Map<string, string>();

/** The protocol's answer for a print page, or null when the path is not one. */
export function printJobResponse(pathname: string): Response | null {
  if (!pathname.startsWith(PRINT_PREFIX)) return null;
  const html = jobs.get(pathname.slice(PRINT_PREFIX.length));
  if (html === undefined) return new Response('Not Found', { status: 404 });
  return new Response(html, {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CSP, 'X-Content-Type-Options': 'nosniff' },
  });
}

export const printWindowOptions: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, spellcheck: false },
};

export function electronPrinter(BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType): Printer & {
  /** Closes the kept window: a hidden window left open would keep the app from quitting. */
  release(): void;
} {
  // One hidden window stays between prints, so that a print (the preview's redraw
  // above all) does not wait for a new renderer; prints at once get windows of their own.
  let idle: BrowserWindowType | null = null;
  async function withPage<T>(html: string, body: (window: BrowserWindowType) => Promise<T>): Promise<T> {
    const token = `${randomUUID()}.html`;
    jobs.set(token, skipScreenLayout(html));
    const spare = idle && !idle.isDestroyed() ? idle : null;
    idle = null;
    // Restated at the call so that static checkers (electronegativity) can see them.
    const window = spare ?? new BrowserWindow({ ...printWindowOptions, webPreferences: { ...printWindowOptions.webPreferences, contextIsolation: true, sandbox: true } });
    let reusable = false;
    try {
      await window.loadURL(`${APP_ORIGIN}${PRINT_PREFIX}${token}`);
      const result = await body(window);
      reusable = true;
      return result;
    } finally {
      jobs.delete(token);
      // A window that laid out a long print (a ledger part) is closed: that frees its renderer's memory.
      if (reusable && keepsPage(html) && !idle && !window.isDestroyed()) idle = window;
      else window.destroy();
    }
  }
  return {
    pdf: (html) => withPage(html, (w) => w.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })),
    print: (html) =>
      withPage(
        html,
        (w) => new Promise<boolean>((resolve) => w.webContents.print({ silent: false, printBackground: true }, (ok) => resolve(ok))),
      ),
    release() {
      if (idle && !idle.isDestroyed()) idle.destroy();
      idle = null;
    },
  };
}
