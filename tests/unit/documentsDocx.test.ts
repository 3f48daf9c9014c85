// The 公文 .docx, read back by tools no one here wrote: python-docx (page, margins,
// grid, East Asian fonts, odd/even footers with PAGE fields, text) and LibreOffice
// (converts it to PDF; poppler finds the text and the 22 × 28 grid there).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentDate, type OfficialDocument } from '../../shared/document';
import { documentDocx } from '../../electron/core/documents/docx';
import { CHARS_PER_LINE, LINES_PER_PAGE, MARGIN_MM, PAGE_MM, PAGE_NUMBER_BELOW_TEXT_MM, PT, TEXT_MM } from '../../electron/core/documents/layout';
import { fontconfigFile } from '../../electron/core/print/fonts';
import { PAGE_NUMBER, bodyLines, expectedParagraphs, pdfPages, ruleYs, squash } from '../fixtures/documents/poppler';
import { sampleDocument, upwardDocument } from '../fixtures/documents/sample';

const READ_DOCX = fileURLToPath(new URL('../fixtures/documents/readDocx.py', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-docx-'));
const file = path.join(dir, 'sample.docx');
const CHAR4_MM = (PT.size4 * 25.4) / 72;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Read {
  sections: { width: number; height: number; orientation: number; top: number; bottom: number; left: number; right: number; grid: Record<string, string | null>; restart: boolean }[];
  styles: Record<string, Record<string, string | null>>;
  defaults: Record<string, string | null>;
  normalSize: number;
  evenAndOdd: boolean;
  oddFooter: { text: string; fields: string[]; align: string; indent: Record<string, string | null>; fonts: Record<string, string | null>[] };
  evenFooter: Read['oddFooter'];
  paragraphs: string[];
  runFonts: (Record<string, string | null> | null)[];
  headRows: boolean[][];
  rows: string[][];
}
const read = (docx: string): Read => JSON.parse(execFileSync('/usr/bin/python3', [READ_DOCX, docx], { encoding: 'utf8', maxBuffer: 64 << 20 })) as Read;

let doc: Read;
beforeAll(async () => {
  fs.writeFileSync(file, await documentDocx(sampleDocument));
  doc = read(file);
});

describe('the docx read by python-docx', () => {
  it('is A4 with GB/T 9704 margins and a 22-line grid, the landscape attachment turned and numbered on', () => {
    const [first, , landscape] = doc.sections;
    for (const [k, v] of Object.entries({ width: PAGE_MM.width, height: PAGE_MM.height, ...MARGIN_MM })) expect(first![k as 'width']).toBeCloseTo(v, 1);
    expect(first!.grid).toEqual({ type: 'lines', linePitch: '579', charSpace: null });
    expect(doc.sections).toHaveLength(3);
    expect(landscape!.orientation).toBe(1);
    expect([landscape!.width, landscape!.height]).toEqual([first!.height, first!.width]);
    expect(doc.sections.every((s) => !s.restart && s.grid.linePitch === '579')).toBe(true);
  });

  it('names the East Asian font in the defaults, every style and every run, never a theme font', async () => {
    const named = (f: Record<string, string | null> | null | undefined, eastAsia: string) => {
      expect(f?.eastAsia).toBe(eastAsia);
      expect(f?.ascii).toBe('Times New Roman');
      expect(f?.asciiTheme ?? f?.eastAsiaTheme ?? null).toBeNull();
    };
    named(doc.defaults, '仿宋');
    named(doc.styles.Normal, '仿宋');
    expect(doc.normalSize).toBe(16);
    named(doc.styles['Heading 1'], '黑体');
    named(doc.styles['Heading 2'], '楷体');
    named(doc.styles['Heading 3'], '仿宋');
    named(doc.styles['Heading 4'], '仿宋');
    named(doc.styles.Title, '方正小标宋简体');
    for (const f of doc.runFonts) expect(f?.eastAsia).toBeTruthy();
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    for (const name of Object.keys(zip.files).filter((n) => /^word\/(document|styles|footer\d*)\.xml$/.test(n))) {
      expect(await zip.file(name)!.async('string'), name).not.toMatch(/Theme="/);
    }
    // WPS asks for the theme's fonts too: they are ours, not 等线/Calibri.
    const theme = await zip.file('word/theme/theme1.xml')!.async('string');
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="Times New Roman"[^>]*\/><a:ea typeface="仿宋"\/>/);
    expect(theme).not.toMatch(/等线|Calibri/);
  });

  it('numbers odd pages right and even pages left, "— PAGE —" in 宋体, one character in', () => {
    expect(doc.evenAndOdd).toBe(true);
    expect(doc.oddFooter).toMatchObject({ text: '—  —', fields: ['PAGE'], align: 'RIGHT (2)', indent: { right: '280' } });
    expect(doc.evenFooter).toMatchObject({ text: '—  —', fields: ['PAGE'], align: 'LEFT (0)', indent: { left: '280' } });
    for (const f of [...doc.oddFooter.fonts, ...doc.evenFooter.fonts]) expect(f.eastAsia).toBe('宋体');
  });

  it('holds the model text in order, the tables with their head rows repeated', async () => {
    const { paragraphs } = expectedParagraphs(sampleDocument);
    expect(doc.paragraphs.map(squash).filter(Boolean)).toEqual(paragraphs);
    const model = [sampleDocument.body, ...sampleDocument.attachments.map((a) => a.blocks)].flat().flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    expect(doc.headRows).toEqual(model.map((t) => t.rows.map((_, i) => i < t.headRows)));
    const rows = model.flatMap((t) => t.rows.map((r) => r.map((c) => c.text)));
    expect(doc.rows).toHaveLength(rows.length);
    // A row-spanned cell shows again in python-docx's next row: the model's cells are a subsequence.
    rows.forEach((r, i) => {
      let at = 0;
      for (const cell of r) at = (doc.rows[i] ?? []).indexOf(cell, at) + 1;
      expect(at, JSON.stringify([r, doc.rows[i]])).toBeGreaterThan(0);
    });
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*〔待填：处理人数〕/);
    expect(doc.paragraphs.join('')).toContain('立案4件');
  });

  it('writes an upward report: red 标志, 发文字号 with 签发人, 版记 between rules on a portrait page', async () => {
    const out = path.join(dir, 'upward.docx');
    fs.writeFileSync(out, await documentDocx(upwardDocument));
    const r = read(out);
    const h = upwardDocument.head;
    expect(r.paragraphs.slice(0, 4).filter(Boolean)).toEqual([h.issuerMark, `${h.documentNumber}\t签发人：${h.signer}`]);
    // Two frames, a hairline paragraph between them (LibreOffice drops adjacent frames).
    expect(r.paragraphs.slice(-3)).toEqual(['抄送：市纪委监委驻市卫生健康委纪检监察组。', '', '江川市第一人民医院办公室\t2025年12月21日印发']);
    expect(r.sections.map((s) => s.orientation)).toEqual([0, 0, 1, 0]);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(new RegExp(`<w:color w:val="FF0000"/>(?:(?!</w:r>).)*${h.issuerMark}`));
    // 0.35 mm rules outside, 0.25 mm between 抄送 and 印发.
    const paragraphs = xml.split('</w:p>').filter((p) => /抄送：|印发</.test(p));
    const borders = paragraphs.map((p) => [/抄送：/.test(p) ? '抄送' : '印发', [...(/<w:pBdr>(.*?)<\/w:pBdr>/.exec(p)?.[1] ?? '').matchAll(/<w:(top|bottom) [^>]*w:sz="(\d+)"/g)].map((m) => `${m[1]}${m[2]}`)]);
    expect(borders).toEqual([['抄送', ['top8']], ['印发', ['top6', 'bottom8']]]);
    // Anchored to the 版心 (the margins), the 印发 line on its bottom and 抄送 right above it.
    const frames = paragraphs.map((p) => /<w:framePr ([^>]*)\/>/.exec(p)?.[1] ?? '');
    expect(frames[0]).toMatch(/w:vAnchor="margin"/);
    expect(frames[0]).toMatch(/w:y="\d+"/);
    expect(frames[1]).toMatch(/w:vAnchor="margin"/);
    expect(frames[1]).toMatch(/w:yAlign="bottom"/);
  });

  it('keeps markup characters as text', async () => {
    const nasty = '比较 <b>&amp; "引号" \'单引号\' ]]> <!-- -->';
    const small: OfficialDocument = {
      ...sampleDocument,
      head: { ...sampleDocument.head, title: `标题${nasty}` },
      body: [{ kind: 'paragraph', id: 'x', runs: [{ kind: 'text', text: nasty }] }],
      attachments: [],
    };
    const out = path.join(dir, 'nasty.docx');
    fs.writeFileSync(out, await documentDocx(small));
    const r = read(out);
    expect(r.paragraphs).toContain(nasty);
    // A title this long is broken into lines, by phrase.
    expect(r.paragraphs.map((p) => p.replace(/\n/g, ''))).toContain(`标题${nasty}`);
  });
});

const convert = (docx: string): string => {
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    encoding: 'utf8',
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile() },
    timeout: 90_000,
  });
  expect(r.status, r.stderr).toBe(0);
  const pdf = docx.replace(/\.docx$/, '.pdf');
  expect(fs.existsSync(pdf)).toBe(true);
  return pdf;
};

describe('the docx converted by LibreOffice', () => {
  it('puts the 版记 at the bottom of the last page, its last rule on the 版心 bottom, below 署名 and date', async () => {
    const short: OfficialDocument = { ...upwardDocument, body: upwardDocument.body.filter((b) => b.kind !== 'table').slice(0, 3), attachments: [] };
    const out = path.join(dir, 'short.docx');
    fs.writeFileSync(out, await documentDocx(short));
    const pages = pdfPages(convert(out));
    const last = pages.at(-1)!;
    const date = last.lines.find((l) => l.text === documentDate(short.head.date))!;
    expect(date).toBeDefined();
    const rules = ruleYs(path.join(dir, 'short.pdf'), last.number);
    expect(rules).toHaveLength(3);
    expect(Math.abs(rules[2]! - (MARGIN_MM.top + TEXT_MM.height))).toBeLessThanOrEqual(1);
    expect(date.y1).toBeLessThan(rules[0]!);
    const copy = last.lines.find((l) => l.text.startsWith('抄送：'))!;
    expect(copy.y0).toBeGreaterThan(rules[0]!);
    expect(copy.y1).toBeLessThan(rules[1]! + 0.5);
    expect(last.lines.find((l) => l.text.endsWith('印发'))!.y0).toBeGreaterThan(rules[1]!);
  }, 120_000);

  it('converts without error; its PDF has the text, 22 lines of 28 characters from 28 mm in', () => {
    const pdf = convert(file);
    const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/—\s*\d+\s*—/g, ''));
    let at = 0;
    for (const p of expectedParagraphs(sampleDocument).paragraphs) {
      const found = text.indexOf(p, at);
      expect(found, p).toBeGreaterThanOrEqual(at);
      at = found + p.length;
    }
    const pages = pdfPages(pdf);
    // Page numbers as the print page has them: 1 character (4号) in, 7 mm below the 版心.
    for (const page of pages.filter((p) => p.width < p.height)) {
      const n = page.lines.find((l) => PAGE_NUMBER.test(l.text.trim()));
      expect(Number(PAGE_NUMBER.exec(n?.text.trim() ?? '')?.[1])).toBe(page.number);
      if (page.number % 2) expect(Math.abs(n!.x1 - (PAGE_MM.width - MARGIN_MM.right - CHAR4_MM))).toBeLessThanOrEqual(1.5);
      else expect(Math.abs(n!.x0 - (MARGIN_MM.left + CHAR4_MM))).toBeLessThanOrEqual(1.5);
      expect(Math.abs((n!.y0 + n!.y1) / 2 - (PAGE_MM.height - MARGIN_MM.bottom + PAGE_NUMBER_BELOW_TEXT_MM))).toBeLessThanOrEqual(1.5);
    }
    const full = pages.filter((p) => bodyLines(p).length === LINES_PER_PAGE);
    expect(full.length).toBeGreaterThanOrEqual(1);
    for (const page of full) {
      const lines = bodyLines(page);
      expect(Math.abs(Math.min(...lines.map((l) => l.x0)) - MARGIN_MM.left)).toBeLessThanOrEqual(1);
      const whole = lines.filter((l) => Math.abs(l.x0 - MARGIN_MM.left) <= 1 && !/[\x21-\x7e]/.test(l.text) && l.x1 > PAGE_MM.width - MARGIN_MM.right - 2);
      expect(whole.length).toBeGreaterThan(3);
      // LibreOffice hangs a closing mark past the margin (hanging punctuation): it is not one of the 28.
      const count = (l: (typeof whole)[number]) => squash(l.text).length - (l.x1 > PAGE_MM.width - MARGIN_MM.right + 1 && /[，。、；：！？”’）》]$/.test(l.text) ? 1 : 0);
      for (const l of whole) expect(count(l), l.text).toBeLessThanOrEqual(CHARS_PER_LINE);
      expect(whole.filter((l) => count(l) === CHARS_PER_LINE).length).toBeGreaterThan(whole.length / 2);
    }
  }, 120_000);
});
