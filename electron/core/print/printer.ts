// The Chromium print path (DESIGN.md): every PDF and every printout is an HTML page
// laid out with CSS @page and printed by Chromium — Electron's printToPDF in the
// app, Playwright's page.pdf() with Debian's Chromium in tests and on the CLI.
import { AppError } from '../../../shared/errors';
import type { Printer } from '../ports';

/** Where there is no Chromium to print with. */
export const noPrinter: Printer = {
  pdf: async () => {
    throw new AppError('noPrinter', '此处无法生成 PDF：找不到 Chromium 打印组件');
  },
  print: async () => {
    throw new AppError('noPrinter', '此处无法打印：找不到打印组件');
  },
};

/** A print page's own policy: its CSS and embedded images, and nothing that runs. */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/**
 * A print page is only ever printed, never looked at: hidden on screen, Chromium
 * lays it out once, for print, instead of first for the window it is loaded in
 * (for a long ledger the screen layout cost as much as a third of the print).
 */
export function skipScreenLayout(html: string): string {
  const rule = '<style>@media screen { body { display: none; } }</style>';
  return /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${rule}</head>`) : `${rule}${html}`;
}

/**
 * Print pages up to this size (a 公文 is some 15,000 characters) keep their page or
 * window for the next print; a longer one (a ledger part of 2,000 rows is near a
 * million) closes it, which frees its renderer's memory at once.
 */
export const KEEP_PAGE_UP_TO = 200_000;

/**
 * Whether a printed page's page or window is kept: by the length of what is laid
 * out, its data: URLs (a 公文's fonts, some 400 KB, and its seal) left uncounted.
 */
export function keepsPage(html: string): boolean {
  return html.length - [...html.matchAll(/data:[^"')\s]+/g)].reduce((n, m) => n + m[0].length, 0) <= KEEP_PAGE_UP_TO;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** User text on its way into a print page. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
