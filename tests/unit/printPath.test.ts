// The Chromium print path kept warm: pages are reused between prints, so each
// printout must hold its own page and nothing of the one before, prints asked for
// at once must not mix, and a print page that fails must not spoil the next.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { skipScreenLayout } from '../../electron/core/print/printer';
import { tempDir } from '../support/temp';

const printer = chromiumPrinter();
afterAll(() => printer.close());

const page = (text: string, size = 'A4') =>
  `<!doctype html><html><head><meta charset="utf-8"><style>@page { size: ${size}; margin: 20mm; }</style></head><body><p>${text}</p></body></html>`;

function pdfText(pdf: Uint8Array): { text: string; size: string } {
  const file = path.join(tempDir(), 'out.pdf');
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  const size = /Page size:\s+([\d.]+ x [\d.]+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
  return { text, size };
}

describe('the warm print path', () => {
  it('prints one page after another, each with only its own text and paper', async () => {
    const first = pdfText(await printer.pdf(page('第一份打印件', 'A4 landscape')));
    const second = pdfText(await printer.pdf(page('第二份打印件')));
    expect(first.text).toBe('第一份打印件');
    expect(second.text).toBe('第二份打印件');
    expect(first.size).toMatch(/^841\.\d+ x 59[45]\.\d+$/);
    expect(second.size).toMatch(/^59[45]\.\d+ x 841\.\d+$/);
  });

  it('keeps prints asked for at once apart', async () => {
    const texts = ['甲表', '乙表', '丙表', '丁表'];
    const pdfs = await Promise.all(texts.map((t) => printer.pdf(page(t))));
    expect(pdfs.map((p) => pdfText(p).text)).toEqual(texts);
  });

  it('hides a print page on screen only: the printout has the body', async () => {
    const html = skipScreenLayout(page('正文'));
    expect(html).toContain('@media screen { body { display: none; } }</style></head>');
    expect(pdfText(await printer.pdf(page('正文'))).text).toBe('正文');
    expect(skipScreenLayout('<p>无头</p>')).toMatch(/^<style>@media screen.*<\/style><p>无头<\/p>$/);
  });
});
