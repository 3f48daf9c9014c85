// A print page that carries its faces cut to its own glyphs (print/subset.ts,
// print/embed.ts): the cut faces are real fonts Chromium takes (it prints with them
// and pdftotext reads the text back), the page names them before the system names
// it already had, and a stamped 公文 embeds each face once instead of once per name.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentPdf } from '../../electron/core/documents/pdf';
import { chromiumPrinter, launchChromium } from '../../electron/core/print/chromium';
import { withEmbeddedFonts } from '../../electron/core/print/embed';
import { fontconfigFace } from '../../electron/core/print/fonts';
import { fileReader, subsetFace } from '../../electron/core/print/subset';
import { sampleDocument, sampleSealPng } from '../fixtures/documents/sample';

const printer = chromiumPrinter();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-embed-'));
afterAll(async () => {
  await printer.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const pdffonts = (file: string) => execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
const points = (text: string) => new Set([...text].map((c) => c.codePointAt(0) as number));

function cut(family: string, text: string): Promise<Uint8Array | null> {
  return fontconfigFace(family).then((face) => {
    if (!face) throw new Error(`no face for ${family}`);
    const fd = fs.openSync(face.file, 'r');
    try {
      return subsetFace(fileReader(fd), face.index, points(text));
    } finally {
      fs.closeSync(fd);
    }
  });
}

describe('a face cut to a page', () => {
  it('keeps only the glyphs of the text, and Chromium prints with it: the text reads back, in that face', async () => {
    const text = '专项整治工作情况总结（2020年）—';
    const font = await cut('仿宋_GB2312', text);
    if (!font) throw new Error('AR PL UMing could not be cut');
    const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
    const tables = new Map(Array.from({ length: view.getUint16(4) }, (_, i) => [String.fromCharCode(...font.subarray(12 + 16 * i, 16 + 16 * i)), view.getUint32(20 + 16 * i)]));
    // The collection holds some 27,000 glyphs; the cut face the text's (and .notdef, and a few vertical forms).
    expect(view.getUint16((tables.get('maxp') as number) + 4)).toBeLessThan(40);
    expect(font.length).toBeLessThan(200_000);
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>@font-face { font-family: Cut; src: url(data:font/ttf;base64,${Buffer.from(font).toString('base64')}); }
@page { size: A4; margin: 20mm; } p { font: 16pt Cut, serif; }</style></head><body><p>${text}</p></body></html>`;
    const file = path.join(dir, 'cut.pdf');
    fs.writeFileSync(file, await printer.pdf(html));
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).trim()).toBe(text);
    const fonts = pdffonts(file);
    expect(fonts, fonts.join('\n')).toHaveLength(1);
    expect(fonts[0]).toMatch(/UMingCN\s+CID TrueType/);
  });

  it('leaves a face it cannot cut to Chromium: a CFF-based OpenType face', async () => {
    // Our fontconfig file gives 方正小标宋简体 to Noto Serif CJK SC, whose outlines are CFF.
    expect(await cut('方正小标宋简体', '标题')).toBeNull();
  });
});

describe('a print page with its faces', () => {
  const page = `<html><head><style>@font-face { font-family: Own; src: local("Nowhere"); }
.a { font-family: "仿宋_GB2312", "仿宋", serif; } .b { font-family: Own, "宋体", serif; } .c { font-family: "方正小标宋简体", serif; }</style></head><body>正文</body></html>`;

  it('names one cut face per font file before the name that found it, and leaves what it cannot cut alone', async () => {
    const out = await withEmbeddedFonts(page, fontconfigFace);
    // 仿宋_GB2312 and 宋体 are both AR PL UMing here: one face serves both lists.
    expect(out.match(/@font-face \{ font-family: "ZichaFace\d"; src: url\(data:font\/woff;base64,/g)).toHaveLength(1);
    expect(out).toContain('.a { font-family: "ZichaFace0", "仿宋_GB2312", "仿宋", serif; }');
    expect(out).toContain('.b { font-family: Own, "ZichaFace0", "宋体", serif; }');
    expect(out).toContain('.c { font-family: "方正小标宋简体", serif; }');
    expect(out).toContain('src: local("Nowhere")');
  });

  it('is the page as it was where the printer cannot say where its faces are', async () => {
    expect(await withEmbeddedFonts(page, async () => null)).toBe(page);
  });

  it('gives a stamped 公文 each face once, where every family name of the same file used to embed it again, and bold as TrueType, not Type 3', async () => {
    const file = path.join(dir, 'stamped.pdf');
    fs.writeFileSync(file, await documentPdf(printer, sampleDocument, { seal: { png: sampleSealPng(), diameterMm: 42 } }));
    const fonts = pdffonts(file);
    expect(fonts.filter((f) => /Type 3/.test(f)), fonts.join('\n')).toEqual([]);
    const faces = fonts.filter((f) => f.includes('CID TrueType')).map((f) => (f.split(/\s+/)[0] as string).replace(/^[A-Z]{6}\+/, ''));
    // The titles in bold 宋体: there is no 小标宋 here.
    expect(faces.sort()).toEqual(['UKaiCN', 'UMingCN', 'UMingCN-Bold', 'WenQuanYiZenHei']);
  });
});

describe('the printer with a page that carries its fonts', () => {
  it('keeps its page for the next print when the page is long only by its data: URLs, and closes it after a long layout', async () => {
    const browser = await launchChromium();
    const kept = chromiumPrinter({ browser: async () => browser });
    const open = () => browser.contexts().flatMap((c) => c.pages()).length;
    try {
      // Some 400 KB of font data, as a 公文's faces are: not laid out, so no reason to drop the warm page.
      await kept.pdf(`<html><head><style>@font-face { font-family: X; src: url(data:font/woff;base64,${'A'.repeat(400_000)}); }</style></head><body><p>正文</p></body></html>`);
      expect(open()).toBe(1);
      await kept.pdf(`<html><body>${'<p>台账行</p>'.repeat(30_000)}</body></html>`);
      expect(open()).toBe(0);
    } finally {
      await kept.close();
      await browser.close();
    }
  });
});
