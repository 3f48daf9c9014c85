// A real draft on the grid: the summary of 川卫函〔2020〕96号 drafted from the demo
// hospital's records (楷体 run-on headings, highlighted blanks, digits, a statistics
// table as attachment), printed by Chromium and written as .docx. Every full text
// page holds 22 lines from 37 mm down, and both files say what the model says.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentDate, type OfficialDocument } from '../../shared/document';
import { openCatalogDatabase } from '../../electron/core/context';
import { buildDemo } from '../../electron/core/demo/demo';
import { documentDocx } from '../../electron/core/documents/docx';
import { LINES_PER_PAGE, MARGIN_MM, PAGE_MM, TEXT_MM } from '../../electron/core/documents/layout';
import { documentPdf } from '../../electron/core/documents/pdf';
import { freshDocument } from '../../electron/core/documents/store';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { repoRoot } from '../harness/harness';
import { PAGE_NUMBER, expectedParagraphs, pdfPages, squash, type PdfPage } from '../fixtures/documents/poppler';

const READ_DOCX = fileURLToPath(new URL('../fixtures/documents/readDocx.py', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-docdemo-'));
const files = { pdf: path.join(dir, 'summary.pdf'), docx: path.join(dir, 'summary.docx') };
const PITCH = TEXT_MM.height / LINES_PER_PAGE;
const printer = chromiumPrinter();
let doc: OfficialDocument;
let pages: PdfPage[];

beforeAll(async () => {
  const db = await openCatalogDatabase(path.join(dir, 'demo.sqlite'), path.join(repoRoot, 'resources'), () => new Date('2020-11-20T02:00:00.000Z'));
  try {
    buildDemo(db, { scale: 1, evidenceDir: path.join(dir, 'evidence') });
    doc = freshDocument(db, 'sc-2020-96', 'summary', '2020-11-20');
  } finally {
    db.close();
  }
  fs.writeFileSync(files.pdf, await documentPdf(printer, doc));
  fs.writeFileSync(files.docx, await documentDocx(doc));
  pages = pdfPages(files.pdf);
}, 90_000);
afterAll(async () => {
  await printer.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The grid line (0–21) a line of text stands on, and how far its middle is off that line's middle. */
function slot(l: { y0: number; y1: number }): { index: number; off: number } {
  const mid = (l.y0 + l.y1) / 2 - MARGIN_MM.top - PITCH / 2;
  const index = Math.round(mid / PITCH) || 0; // never -0
  return { index, off: mid - index * PITCH };
}

describe('the demo summary of 川卫函〔2020〕96号', () => {
  it('is a real draft: figures, blanks, run-on 楷体 headings and an attachment', () => {
    const runs = doc.body.flatMap((b) => (b.kind === 'paragraph' ? b.runs : b.kind === 'heading' ? (b.runOn ?? []) : []));
    expect(runs.filter((r) => r.kind === 'figure').length).toBeGreaterThan(20);
    expect(runs.some((r) => r.kind === 'blank')).toBe(true);
    expect(doc.body.some((b) => b.kind === 'heading' && b.level === 2 && b.runOn?.length)).toBe(true);
    expect(doc.attachments.length).toBeGreaterThanOrEqual(1);
  });

  it('fills every full text page with 22 lines on the grid, the first from 37 mm down', () => {
    const date = documentDate(doc.head.date);
    const lastText = pages.findIndex((p) => p.lines.some((l) => l.text === date));
    // The body runs over at least four pages, so two or more of them are full.
    expect(lastText).toBeGreaterThanOrEqual(3);
    for (const page of pages.slice(0, lastText)) {
      expect(page.width).toBeCloseTo(PAGE_MM.width, 0);
      const lines = page.lines.filter((l) => !PAGE_NUMBER.test(l.text.trim()) && l.y0 < MARGIN_MM.top + TEXT_MM.height).sort((a, b) => a.y0 - b.y0);
      const slots = lines.map(slot);
      // Every line, in whatever face, on its grid line; the last on line 22.
      for (const [i, s] of slots.entries()) expect(Math.abs(s.off), `page ${page.number}: ${lines[i]?.text}`).toBeLessThanOrEqual(0.8);
      expect(slots[0]?.index, `page ${page.number}`).toBe(0);
      // The page before the signature's gives its last paragraph to it whole (kept with 附件说明 and 署名).
      if (page.number === lastText) continue;
      expect(slots.at(-1)?.index, `page ${page.number}`).toBe(LINES_PER_PAGE - 1);
      // Page 1 leaves a blank line under the title; every other full page has all 22.
      expect(new Set(slots.map((s) => s.index)).size, `page ${page.number}`).toBe(page.number === 1 ? LINES_PER_PAGE - 1 : LINES_PER_PAGE);
      const first = lines[0]!;
      expect(Math.abs((first.y0 + first.y1) / 2 - PITCH / 2 - MARGIN_MM.top), `page ${page.number}`).toBeLessThanOrEqual(1);
    }
  });

  it('says the same in the .docx and in the PDF: the model text, in order', () => {
    const { paragraphs, cells } = expectedParagraphs(doc);
    const read = JSON.parse(execFileSync('/usr/bin/python3', [READ_DOCX, files.docx], { encoding: 'utf8', maxBuffer: 64 << 20 })) as { paragraphs: string[]; rows: string[][] };
    expect(read.paragraphs.map(squash).filter(Boolean)).toEqual(paragraphs);
    const docxCells = new Set(read.rows.flat().map(squash));
    for (const c of cells) expect(docxCells.has(c), c).toBe(true);
    // In the order it is drawn (-raw): the attachment's header fields, spaced apart on their line, read as columns otherwise.
    const text = squash(execFileSync('pdftotext', ['-raw', files.pdf, '-'], { encoding: 'utf8' }).replace(/—\s*\d+\s*—/g, ''));
    let at = 0;
    for (const p of paragraphs) {
      const found = text.indexOf(p, at);
      expect(found, p).toBeGreaterThanOrEqual(at);
      at = found + p.length;
    }
    for (const c of cells) expect(text).toContain(c.slice(0, 10));
  });
});
