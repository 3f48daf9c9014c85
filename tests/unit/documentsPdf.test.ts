// The 公文 PDF, printed by Chromium and measured by poppler: GB/T 9704's margins,
// the 22 × 28 grid, "— N —" page numbers on the correct side, embedded CJK fonts,
// the seal over 署名 and 成文日期 on a page with body text, and the same text as
// the model. check-gbt9704.py (written elsewhere) gives its second opinion.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentDate, type OfficialDocument } from '../../shared/document';
import { CHARS_PER_LINE, LINES_PER_PAGE, MARGIN_MM, PAGE_MM, PT, TEXT_MM } from '../../electron/core/documents/layout';
import { documentHtml } from '../../electron/core/documents/html';
import { documentPdf } from '../../electron/core/documents/pdf';
import { repoRoot } from '../support/temp';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { PAGE_NUMBER, bodyLines, expectedParagraphs, pdfPages, redBox, ruleYs, squash, type PdfPage } from '../fixtures/documents/poppler';
import { sampleDocument, sampleSealPng, upwardDocument } from '../fixtures/documents/sample';

/** GB/T 9704's second opinion (from the shared material), vendored so a fresh clone can run it. */
const CHECK_GBT9704 = path.join(repoRoot, 'tests', 'tools', 'check-gbt9704.py');

const printer = chromiumPrinter();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-docpdf-'));
const seal = { png: sampleSealPng(), diameterMm: 42 };
const files = { short: path.join(dir, 'short.pdf'), plain: path.join(dir, 'plain.pdf'), stamped: path.join(dir, 'stamped.pdf'), bodyPlain: path.join(dir, 'body.pdf'), bodyStamped: path.join(dir, 'body-stamped.pdf'), upward: path.join(dir, 'upward.pdf') };
// The body alone: check-gbt9704.py counts every table cell as a line of text.
const bodyOnly: OfficialDocument = { ...sampleDocument, body: sampleDocument.body.filter((b) => b.kind !== 'table'), attachments: [] };
const CHAR4_MM = (PT.size4 * 25.4) / 72;
/** An upward report short enough for its 版记 to share the page of 署名 and date. */
const shortUpward: OfficialDocument = { ...upwardDocument, body: upwardDocument.body.filter((b) => b.kind !== 'table').slice(0, 3), attachments: [] };
let plain: PdfPage[];

beforeAll(async () => {
  fs.writeFileSync(files.plain, await documentPdf(printer, sampleDocument));
  fs.writeFileSync(files.stamped, await documentPdf(printer, sampleDocument, { seal }));
  fs.writeFileSync(files.bodyPlain, await documentPdf(printer, bodyOnly));
  fs.writeFileSync(files.bodyStamped, await documentPdf(printer, bodyOnly, { seal }));
  fs.writeFileSync(files.upward, await documentPdf(printer, upwardDocument));
  fs.writeFileSync(files.short, await documentPdf(printer, shortUpward));
  plain = pdfPages(files.plain);
}, 60_000);
afterAll(async () => {
  await printer.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const portrait = (p: PdfPage) => Math.abs(p.width - PAGE_MM.width) < 1 && Math.abs(p.height - PAGE_MM.height) < 1;

describe('the plain PDF', () => {
  it('fills full pages with 22 lines from 37 mm down and 28 mm in, 28 characters a full line', () => {
    expect(plain.length).toBeGreaterThan(5);
    const full = plain.filter((p) => portrait(p) && bodyLines(p).length === LINES_PER_PAGE);
    expect(full.length).toBeGreaterThanOrEqual(2);
    for (const page of full) {
      const lines = bodyLines(page).sort((a, b) => a.y0 - b.y0);
      // Every line on the grid (heading faces have other ascents, so compare middles loosely).
      const mid = (l: { y0: number; y1: number }) => (l.y0 + l.y1) / 2;
      lines.forEach((l, i) => expect(Math.abs(mid(l) - mid(lines[0]!) - i * (TEXT_MM.height / LINES_PER_PAGE))).toBeLessThanOrEqual(0.8));
      // The line box's top: the text's middle less half the pitch (as check-gbt9704 reads yMin, plus the half-leading).
      const first = lines[0]!;
      expect(Math.abs((first.y0 + first.y1) / 2 - TEXT_MM.height / LINES_PER_PAGE / 2 - MARGIN_MM.top)).toBeLessThanOrEqual(1);
      expect(Math.abs(Math.min(...lines.map((l) => l.x0)) - MARGIN_MM.left)).toBeLessThanOrEqual(1);
      const fullLines = lines.filter((l) => Math.abs(l.x1 - (MARGIN_MM.left + TEXT_MM.width)) <= 1.5);
      expect(fullLines.length).toBeGreaterThan(10);
      const cjkOnly = fullLines.filter((l) => !/[\x21-\x7e]/.test(l.text) && Math.abs(l.x0 - MARGIN_MM.left) <= 1);
      expect(cjkOnly.length).toBeGreaterThan(3);
      // A line may give up one character so that punctuation never starts the next (禁则), never take more.
      const counts = cjkOnly.map((l) => squash(l.text).length);
      expect(counts.filter((c) => c === CHARS_PER_LINE).length).toBeGreaterThan(counts.length / 2);
      for (const c of counts) expect([CHARS_PER_LINE - 1, CHARS_PER_LINE]).toContain(c);
      for (const l of lines) expect(l.x1).toBeLessThanOrEqual(PAGE_MM.width - MARGIN_MM.right + 0.5);
    }
  });

  it('keeps the text after a body table on the grid, whatever its rows: a table row is a grid line', async () => {
    const at = sampleDocument.body.findIndex((b) => b.kind === 'table');
    const table = sampleDocument.body[at]!;
    if (table.kind !== 'table') throw new Error('the fixture has a body table');
    const after: OfficialDocument['body'][number] = { kind: 'paragraph', id: 'after', runs: [{ kind: 'text', text: '表后第一段文字。' }] };
    const pitch = TEXT_MM.height / LINES_PER_PAGE;
    const off = (l: { y0: number; y1: number }) => {
      const mid = (l.y0 + l.y1) / 2 - MARGIN_MM.top - pitch / 2;
      return mid - Math.round(mid / pitch) * pitch;
    };
    // Two to four rows, one of them wrapped: a compact table would end between grid lines for some of them.
    for (const rows of [2, 3, 4]) {
      const wrapped = { text: '一个很长的问题类别名称，在这一列里要折成两行以上' };
      const small: OfficialDocument = {
        ...sampleDocument,
        attachments: [],
        body: [...sampleDocument.body.slice(0, 2), { ...table, table: { ...table.table, rows: [...table.table.rows.slice(0, rows), table.table.rows[1]!.map((c, i) => (i === 1 ? wrapped : c))] } }, after],
      };
      const file = path.join(dir, `table-${rows}.pdf`);
      fs.writeFileSync(file, await documentPdf(printer, small));
      const page = pdfPages(file).find((p) => p.lines.some((l) => l.text.startsWith('表后第一段')))!;
      const line = page.lines.find((l) => l.text.startsWith('表后第一段'))!;
      expect(Math.abs(off(line)), `${rows} rows`).toBeLessThanOrEqual(0.8);
    }
  }, 30_000);

  it('numbers every page "— N —", odd ones 1 character in from the right, even ones from the left, 7 mm below the 版心', () => {
    // Landscape pages number down their left side (documentsDocxLayout.test.ts).
    for (const page of plain.filter(portrait)) {
      const numbers = page.lines.filter((l) => PAGE_NUMBER.test(l.text.trim()));
      expect(numbers, `page ${page.number}`).toHaveLength(1);
      const n = numbers[0]!;
      expect(Number(PAGE_NUMBER.exec(n.text.trim())?.[1])).toBe(page.number);
      const [right, left, bottom] = [MARGIN_MM.right, MARGIN_MM.left, MARGIN_MM.bottom];
      if (page.number % 2) expect(Math.abs(n.x1 - (page.width - right - CHAR4_MM))).toBeLessThanOrEqual(1.5);
      else expect(Math.abs(n.x0 - (left + CHAR4_MM))).toBeLessThanOrEqual(1.5);
      expect(Math.abs((n.y0 + n.y1) / 2 - (page.height - bottom + 7))).toBeLessThanOrEqual(1.5);
    }
    expect(plain.some((p) => !portrait(p) && Math.abs(p.width - PAGE_MM.height) < 1)).toBe(true);
  });

  it('embeds the CJK fonts it uses, as TrueType where the text is plain', () => {
    const fonts = execFileSync('pdffonts', [files.plain], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    for (const f of fonts) expect(f, f).toMatch(/\s+yes\s+(yes|no)\s+yes\s+\d+\s+\d+\s*$/);
    for (const face of ['UMingCN', 'UKaiCN', 'WenQuanYiZenHei']) expect(fonts.some((f) => f.includes(face) && f.includes('CID TrueType'))).toBe(true);
  });

  it('says what the model says, in order: the same text as documentPlainText', () => {
    const text = squash(execFileSync('pdftotext', [files.plain, '-'], { encoding: 'utf8' }).replace(/—\s*\d+\s*—/g, ''));
    const { paragraphs, cells } = expectedParagraphs(sampleDocument);
    let at = 0;
    for (const p of paragraphs) {
      const found = text.indexOf(p, at);
      expect(found, p).toBeGreaterThanOrEqual(at);
      at = found + p.length;
    }
    // A wrapped cell's lines interleave with its neighbours' in extraction: its start is enough.
    for (const c of cells) expect(text).toContain(c.slice(0, 10));
    // The overridden figure prints its override; the blank prints marked.
    expect(text).toContain('立案4件');
    expect(text).toContain('〔待填：处理人数〕');
  });

  it('passes check-gbt9704.py on the body', () => {
    const r = spawnSync('/usr/bin/python3', [CHECK_GBT9704, files.bodyPlain], { encoding: 'utf8' });
    expect(r.stdout, r.stdout).toMatch(/checks passed/);
    expect(r.status, r.stdout).toBe(0);
  });
});

describe('the print page', () => {
  it('escapes user text and runs nothing', () => {
    const nasty = '<script>alert(1)</script><img src=x onerror=y> & "引号" \'单\'';
    const html = documentHtml({
      ...sampleDocument,
      head: { ...sampleDocument.head, title: nasty, signature: nasty },
      body: [{ kind: 'table', id: 't', table: { widths: [1], headRows: 1, rows: [[{ text: nasty }]] } }],
      attachments: [{ title: nasty, landscape: false, blocks: [{ kind: 'paragraph', id: 'p', runs: [{ kind: 'blank', label: nasty }] }] }],
    });
    expect(html).not.toMatch(/<script|<img src=x/);
    // <title>, the title, the cell, 附件说明, 署名, the attachment's title, the blank.
    expect(html.split('&lt;script&gt;alert(1)&lt;/script&gt;').length - 1).toBe(7);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
  });
});

describe('the stamped PDF', () => {
  it('puts the seal, at its real size, over 署名 and 成文日期 on a page with body text', () => {
    const pages = pdfPages(files.stamped);
    const date = documentDate(sampleDocument.head.date);
    const page = pages.find((p) => p.lines.some((l) => l.text === date));
    expect(page).toBeDefined();
    // page num type width height …: the seal and its alpha mask.
    const images = execFileSync('pdfimages', ['-list', files.stamped], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/));
    expect(images.filter((i) => i[2] === 'image')).toHaveLength(1);
    expect(images.every((i) => Number(i[0]) === page!.number)).toBe(true);
    const dateLine = page!.lines.find((l) => l.text === date)!;
    const sigLine = page!.lines.filter((l) => l.text === sampleDocument.head.signature).at(-1)!;
    const box = redBox(files.stamped, page!.number)!;
    expect(box).not.toBeNull();
    // The fixture's ring reaches 196 of the image's 200 units: 41.2 mm of a 42 mm seal.
    expect(Math.abs(box.x1 - box.x0 - 41.2)).toBeLessThanOrEqual(1);
    expect(Math.abs(box.y1 - box.y0 - 41.2)).toBeLessThanOrEqual(1);
    const [cx, cy] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
    // Centred on the date (4 characters from the right) and on the 署名; both just below the centre.
    expect(Math.abs((dateLine.x0 + dateLine.x1) / 2 - cx)).toBeLessThanOrEqual(1.5);
    expect(Math.abs((sigLine.x0 + sigLine.x1) / 2 - cx)).toBeLessThanOrEqual(1.5);
    expect(PAGE_MM.width - MARGIN_MM.right - dateLine.x1).toBeCloseTo(4 * (TEXT_MM.width / CHARS_PER_LINE), 0);
    expect(sigLine.y0).toBeGreaterThan(cy - 1);
    expect(sigLine.y0).toBeLessThan(cy + 5);
    expect(dateLine.y1).toBeLessThan(box.y1);
    // Its top within one line of the text above, which is on the same page.
    const above = bodyLines(page!).filter((l) => l.y1 < sigLine.y0 - 1).sort((a, b) => b.y1 - a.y1);
    expect(above.length).toBeGreaterThan(2);
    expect(Math.abs(box.y0 - above[0]!.y1)).toBeLessThanOrEqual(TEXT_MM.height / LINES_PER_PAGE);
    for (const other of pages.filter((p) => p !== page)) expect(redBox(files.stamped, other.number)).toBeNull();
  }, 30_000);

  it('passes check-gbt9704.py --stamped on the body', () => {
    const r = spawnSync('/usr/bin/python3', [CHECK_GBT9704, files.bodyStamped, '--stamped'], { encoding: 'utf8' });
    expect(r.status, r.stdout).toBe(0);
  });
});

describe('an upward report', () => {
  it('has the red 标志 35 mm down, 发文字号 and 签发人 on one line, and the 版记 after the attachments on a portrait page', () => {
    const pages = pdfPages(files.upward);
    const first = pages[0]!;
    expect(first.lines.some((l) => l.text === upwardDocument.head.issuerMark)).toBe(true);
    // 小标宋 here is a CFF face whose text boxes are unreliable: find the red ink instead.
    const red = redBox(files.upward, 1)!;
    expect(red.y0 - MARGIN_MM.top).toBeGreaterThanOrEqual(35);
    expect(red.y0 - MARGIN_MM.top).toBeLessThan(35 + TEXT_MM.height / LINES_PER_PAGE / 2);
    expect(red.x1 - red.x0).toBeGreaterThan(TEXT_MM.width - 1); // the separator spans the 版心
    const number = first.lines.find((l) => l.text.startsWith(upwardDocument.head.documentNumber!))!;
    const signer = first.lines.find((l) => l.text.includes(upwardDocument.head.signer!))!;
    expect(Math.abs(number.y0 - signer.y0)).toBeLessThan(1);
    expect(Math.abs(number.x0 - MARGIN_MM.left - TEXT_MM.width / CHARS_PER_LINE)).toBeLessThanOrEqual(1);
    expect(Math.abs(PAGE_MM.width - MARGIN_MM.right - TEXT_MM.width / CHARS_PER_LINE - signer.x1)).toBeLessThanOrEqual(1);
    const last = pages.at(-1)!;
    expect(last.lines.map((l) => l.text)).toEqual(expect.arrayContaining(['抄送：市纪委监委驻市卫生健康委纪检监察组。', '江川市第一人民医院办公室', '2025年12月21日印发']));
    // After a landscape attachment, on a portrait page of its own, its last rule on the 版心's bottom.
    expect(last.width).toBeLessThan(last.height);
    const rules = ruleYs(files.upward, last.number);
    expect(rules).toHaveLength(3);
    expect(Math.abs(rules[2]! - (MARGIN_MM.top + TEXT_MM.height))).toBeLessThanOrEqual(0.8);
  });

  it('puts the 版记 at the bottom of the page it shares with 署名 and date, its last rule on the 版心 bottom', () => {
    const pages = pdfPages(files.short);
    const last = pages.at(-1)!;
    const date = last.lines.find((l) => l.text === documentDate(shortUpward.head.date));
    expect(date).toBeDefined();
    const rules = ruleYs(files.short, last.number);
    expect(rules).toHaveLength(3);
    // 0.35 mm outside, 0.25 mm between: one grid line apart, the last on 262 mm.
    expect(Math.abs(rules[2]! - (MARGIN_MM.top + TEXT_MM.height))).toBeLessThanOrEqual(0.8);
    expect(Math.abs(rules[1]! - rules[0]! - TEXT_MM.height / LINES_PER_PAGE)).toBeLessThanOrEqual(0.8);
    expect(date!.y1).toBeLessThan(rules[0]! - TEXT_MM.height / LINES_PER_PAGE);
    const copy = last.lines.find((l) => l.text.startsWith('抄送：'))!;
    const printed = last.lines.find((l) => l.text.endsWith('印发'))!;
    expect(copy.y0).toBeGreaterThan(rules[0]!);
    expect(copy.y1).toBeLessThan(rules[1]!);
    expect(printed.y0).toBeGreaterThan(rules[1]!);
    expect(printed.y1).toBeLessThan(rules[2]!);
  });
});
