// The .docx as good as the PDF, measured through LibreOffice: every built-in
// campaign's summary, drafted from `zicha demo`'s records, is printed by Chromium and
// written as .docx; LibreOffice turns the docx into a PDF and poppler reads both.
// Same page count; 22 lines on every full body page; the signature block never on a
// page of its own; no table row split; a merged group's label on every page it runs
// over; titles broken by phrase and named in 方正小标宋简体.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentDate, type DocCell, type DocTable, type OfficialDocument } from '../../shared/document';
import { openCatalogDatabase } from '../../electron/core/context';
import { buildDemo } from '../../electron/core/demo/demo';
import { documentDocx } from '../../electron/core/documents/docx';
import { LINES_PER_PAGE, MARGIN_MM, PAGE_MM, PAGE_NUMBER_BELOW_TEXT_MM, PT, TITLE_CHARS } from '../../electron/core/documents/layout';
import { documentPdf } from '../../electron/core/documents/pdf';
import { freshDocument } from '../../electron/core/documents/store';
import { titleLines } from '../../electron/core/documents/titleLines';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { fontconfigFile } from '../../electron/core/print/fonts';
import { repoRoot } from '../harness/harness';
import { bodyLines, pdfPages, squash, type PdfPage } from '../fixtures/documents/poppler';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-docxlayout-'));
const printer = chromiumPrinter();
const CAMPAIGNS = ['sc-2020-96', 'gx-2020-special', 'sn-2020-36', 'sc-2021-division', 'kz-2022-115'];
interface Made {
  doc: OfficialDocument;
  ours: string;
  docx: string;
  lo: string;
}
const made = new Map<string, Made>();

function libreOffice(docx: string): string {
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    encoding: 'utf8',
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile() },
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  return docx.replace(/\.docx$/, '.pdf');
}

beforeAll(async () => {
  const db = await openCatalogDatabase(path.join(dir, 'demo.sqlite'), path.join(repoRoot, 'resources'), () => new Date('2020-11-20T02:00:00.000Z'));
  const docs: [string, OfficialDocument][] = [];
  try {
    buildDemo(db, { scale: 1, evidenceDir: path.join(dir, 'evidence') });
    for (const id of CAMPAIGNS) docs.push([id, freshDocument(db, id, 'summary', '2020-11-20')]);
  } finally {
    db.close();
  }
  for (const [id, doc] of docs) {
    const ours = path.join(dir, `${id}-ours.pdf`);
    const docx = path.join(dir, `${id}.docx`);
    fs.writeFileSync(ours, await documentPdf(printer, doc));
    fs.writeFileSync(docx, await documentDocx(doc));
    made.set(id, { doc, ours, docx, lo: libreOffice(docx) });
  }
}, 600_000);
afterAll(async () => {
  await printer.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const HEADING = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

/** The pages of the main text: up to the one holding 成文日期. */
function bodyPages(pages: PdfPage[], doc: OfficialDocument): PdfPage[] {
  const date = squash(documentDate(doc.head.date));
  const last = pages.findIndex((p) => p.lines.some((l) => squash(l.text) === date));
  expect(last, 'the page with 成文日期').toBeGreaterThanOrEqual(0);
  return pages.slice(0, last + 1);
}

/** Lines of the closing block (附件说明, 署名, date); what is left is body text. */
function closingLines(doc: OfficialDocument): Set<string> {
  const n = doc.attachments.length;
  const annex = doc.attachments.map((a, i) => squash(`${i === 0 ? '附件：' : ''}${n > 1 ? `${i + 1}.` : ''}${a.title}`));
  return new Set([squash(doc.head.signature), squash(documentDate(doc.head.date)), ...annex]);
}

function checkBodyPages(pages: PdfPage[], doc: OfficialDocument, which: string): void {
  const body = bodyPages(pages, doc);
  const closing = closingLines(doc);
  const annexText = [...closing].join('');
  body.forEach((page, i) => {
    const lines = bodyLines(page);
    if (i === body.length - 1) {
      // The signature page holds body text too (GB/T 9704 §7.3.5): some line that is not 附件说明, 署名 or date.
      const text = lines.map((l) => squash(l.text)).filter((t) => !closing.has(t) && !annexText.includes(t));
      expect(text.length, `${which} p${page.number}: only the signature block`).toBeGreaterThan(0);
      return;
    }
    if (i === 0) return;
    const next = bodyLines(body[i + 1]!);
    // A page is full unless what follows had to stay together: a heading kept with its text (one line short),
    // or the last paragraph kept with 附件说明 and 署名, which then could not have fitted below (blank lines aside).
    if (i === body.length - 2) {
      const blanks = doc.attachments.length ? 2 : 1;
      expect(lines.length + next.length + blanks, `${which} p${page.number}: the closing block would have fitted`).toBeGreaterThan(LINES_PER_PAGE);
    } else if (HEADING.test(squash(next[0]?.text ?? ''))) {
      expect(lines.length, `${which} p${page.number}`).toBeGreaterThanOrEqual(LINES_PER_PAGE - 1);
    } else expect(lines.length, `${which} p${page.number}`).toBe(LINES_PER_PAGE);
  });
  // Page 1 holds the title, a blank line and the rest of its 22 lines.
  const titleRows = titleLines(doc.head.title, TITLE_CHARS.portrait).length;
  if (body.length > 1) expect(bodyLines(body[0]!).length, `${which} p1`).toBe(LINES_PER_PAGE - titleRows - 1);
}

function tablesOf(doc: OfficialDocument): DocTable[] {
  return doc.attachments.flatMap((a) => a.blocks).flatMap((b) => (b.kind === 'table' ? [b.table] : []));
}

/** Each page's text in drawing order (-raw), squashed. */
function rawPages(pdf: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    squash(execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' })),
  );
}

function checkTables(pdf: string, doc: OfficialDocument, which: string): void {
  // The attachments' pages only (the body may quote a table's words).
  const parsed = pdfPages(pdf);
  const body = bodyPages(parsed, doc).length;
  const pages = rawPages(pdf, parsed.length).map((p, i) => (i < body ? '' : p));
  const all = tablesOf(doc).flatMap((t) => t.rows.flat());
  const alone = (x: DocCell) => all.every((y) => y === x || !squash(y.text).includes(squash(x.text)));
  for (const t of tablesOf(doc)) {
    t.rows.forEach((row, r) => {
      if (r < t.headRows) return;
      for (const c of row) {
        const text = squash(c.text);
        if (text.length < 2) continue;
        const on = pages.map((p, i) => (p.includes(text) ? i : -1)).filter((i) => i >= 0);
        if ((c.rowSpan ?? 1) === 1) {
          // A row split across pages leaves its cells' text in two pieces, neither whole on one page.
          expect(on.length, `${which}: cell “${c.text}” whole on a page`).toBeGreaterThan(0);
          continue;
        }
        // A merged label shows on every page its rows run over.
        // The group's rows, known by cell texts found in no other cell of the attachments.
        const rowTexts = t.rows
          .slice(r, r + (c.rowSpan ?? 1))
          .flatMap((cells) => cells.filter((x) => x !== c && (x.rowSpan ?? 1) === 1 && squash(x.text).length >= 4 && alone(x)).map((x) => squash(x.text)));
        const spanned = new Set(rowTexts.flatMap((x) => pages.map((p, i) => (p.includes(x) ? i : -1)).filter((i) => i >= 0)));
        for (const p of spanned) expect(on, `${which}: label “${c.text}” on page ${p + 1}`).toContain(p);
      }
    });
  }
}

describe('each built-in campaign’s summary, its docx through LibreOffice against our PDF', () => {
  it.each(CAMPAIGNS)('%s: the same number of pages', (id) => {
    const m = made.get(id)!;
    expect(pdfPages(m.lo).length).toBe(pdfPages(m.ours).length);
  });

  it.each(CAMPAIGNS)('%s: 22 lines on full body pages, the signature block never alone (both PDFs)', (id) => {
    const m = made.get(id)!;
    checkBodyPages(pdfPages(m.lo), m.doc, 'LibreOffice');
    checkBodyPages(pdfPages(m.ours), m.doc, 'ours');
  });

  it.each(CAMPAIGNS)('%s: no table row split, merged labels repeated on a continuation page (both PDFs)', (id) => {
    const m = made.get(id)!;
    checkTables(m.lo, m.doc, 'LibreOffice');
    checkTables(m.ours, m.doc, 'ours');
  });

  it.each(CAMPAIGNS)('%s: no number broken across lines', (id) => {
    const m = made.get(id)!;
    for (const pdf of [m.lo, m.ours]) {
      // The body text (an attachment table's 序号 column holds digits line after line).
      const lines = bodyPages(pdfPages(pdf), m.doc).flatMap((p) => bodyLines(p).map((l) => squash(l.text)));
      lines.forEach((l, i) => {
        const next = lines[i + 1] ?? '';
        expect(/\d$/.test(l) && /^\d/.test(next), `${path.basename(pdf)}: “${l}” / “${next}”`).toBe(false);
      });
    }
  });

  it.each(CAMPAIGNS)('%s: the title in phrase-broken lines, named in 方正小标宋简体 with 宋体 as its stated fallback', async (id) => {
    const m = made.get(id)!;
    const want = titleLines(m.doc.head.title, TITLE_CHARS.portrait);
    for (const pdf of [m.lo, m.ours]) {
      const big = pdfPages(pdf)[0]!.lines.filter((l) => l.y1 - l.y0 >= 7.5).map((l) => squash(l.text));
      expect(big, path.basename(pdf)).toEqual(want.map(squash));
    }
    const zip = await JSZip.loadAsync(fs.readFileSync(m.docx));
    const styles = await zip.file('word/styles.xml')!.async('string');
    const title = /<w:style [^>]*w:styleId="Title"[^>]*>.*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(title).not.toMatch(/<w:b\/>/);
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
    const body = await zip.file('word/document.xml')!.async('string');
    const runs = [...body.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].filter((r) => want.includes(r[1]!));
    expect(runs.length).toBe(want.length);
    for (const r of runs) expect(r[0]).toMatch(/w:eastAsia="方正小标宋简体"/);
  });
});

/** The words in a landscape page's left margin, where its number stands: their text and box in mm. */
function leftMarginNumber(pdf: string, page: number): { text: string; x0: number; x1: number; y0: number; y1: number } {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  const MM = 72 / 25.4;
  const words = [...xml.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ x0: Number(m[1]) / MM, y0: Number(m[2]) / MM, x1: Number(m[3]) / MM, y1: Number(m[4]) / MM, text: m[5]! }))
    .filter((w) => w.x1 < MARGIN_MM.bottom);
  return {
    text: words.map((w) => w.text).join(''),
    x0: Math.min(...words.map((w) => w.x0)),
    x1: Math.max(...words.map((w) => w.x1)),
    y0: Math.min(...words.map((w) => w.y0)),
    y1: Math.max(...words.map((w) => w.y1)),
  };
}

describe('landscape (横排) table pages', () => {
  it('keep their number where the other pages have it: down the sheet’s foot, 7 mm out, bottom on odd pages and top on even', () => {
    const m = made.get('gx-2020-special')!;
    const char4 = (PT.size4 * 25.4) / 72;
    for (const pdf of [m.lo, m.ours]) {
      const landscape = pdfPages(pdf).filter((p) => p.width > p.height);
      expect(landscape.length).toBeGreaterThanOrEqual(2);
      for (const page of landscape) {
        const n = leftMarginNumber(pdf, page.number);
        expect(n.text, `${path.basename(pdf)} p${page.number}`).toBe(`—${page.number}—`);
        // The dashes' middle 7 mm out from the 版心's side (its left, the sheet's foot, 35 mm in).
        expect(Math.abs((n.x0 + n.x1) / 2 - (MARGIN_MM.bottom - PAGE_NUMBER_BELOW_TEXT_MM)), `${path.basename(pdf)} p${page.number}`).toBeLessThanOrEqual(2.5);
        if (page.number % 2) expect(Math.abs(n.y1 - (PAGE_MM.width - MARGIN_MM.right - char4))).toBeLessThanOrEqual(2.5);
        else expect(Math.abs(n.y0 - (MARGIN_MM.left + char4))).toBeLessThanOrEqual(2.5);
        // And none at the turned page's foot.
        expect(page.lines.filter((l) => l.y0 > PAGE_MM.width - MARGIN_MM.right && /—/.test(l.text))).toEqual([]);
      }
    }
  });
});

describe('title lines', () => {
  it('break between phrases, never inside one, and keep an officer’s own breaks', () => {
    const lines = titleLines('示例市第一人民医院2020年卫生健康行业领域突出问题专项整治工作情况总结', TITLE_CHARS.portrait);
    expect(lines.length).toBe(2);
    const joined = lines.join('|');
    for (const phrase of ['专项整治', '突出问题', '卫生健康', '2020年', '情况总结', '人民医院']) {
      expect(joined.replace(/\|/g, ''), phrase).toContain(phrase);
      expect(joined, phrase).toContain(phrase);
    }
    expect(titleLines('卫生健康行业领域突出问题专项整治行动工作统计表（6-11月）', TITLE_CHARS.portrait).join('|')).not.toMatch(/（[^）]*\|/);
    expect(titleLines('第一行\n第二行', TITLE_CHARS.portrait)).toEqual(['第一行', '第二行']);
    expect(titleLines('短标题', TITLE_CHARS.portrait)).toEqual(['短标题']);
  });
});
