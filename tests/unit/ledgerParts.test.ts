// A ledger printed in parts reads as one printed in one go: every row once and in
// order, every page as full as the pages around it (no part ends on a short page of
// its own mid-document), and the pages numbered across the parts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCatalogDatabase } from '../../electron/core/context';
import { buildLedgerDocument } from '../../electron/core/ledger/document';
import { columnWidthsMm, ledgerPdf } from '../../electron/core/ledger/html';
import { createProblem } from '../../electron/core/ledger/problems';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { firstRowOfPage, type TableParts } from '../../electron/core/print/parts';
import { resourcesDir, tempDir } from '../support/temp';

const AT = '2020-11-20T01:00:00.000Z';
const TODAY = '2020-11-20';
const MM = 72 / 25.4;

const printer = chromiumPrinter();
afterAll(() => printer.close());

interface Word {
  text: string;
  x1: number;
}

/** Each page's words (pdftotext -bbox), with the right edge in mm from the page's left. */
function pageWords(file: string): Word[][] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return [...xml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((page) =>
    [...(page[1] ?? '').matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((w) => ({
      text: w[2] ?? '',
      x1: Number(w[1]) / MM,
    })),
  );
}

describe('a ledger printed in parts', () => {
  // Parts of 300 rows: seven or more parts, each of which once ended on a short page; parts of
  // 10 rows: each fits on one page, with no page to give up, and so is printed again larger.
  it.each([
    [2_022, 300],
    [90, 10],
  ])('of %i rows in parts of %i: every row once and in order, no short page before the last, pages numbered across the parts', async (ROWS, rowsPerPart) => {
    const db = await openCatalogDatabase(path.join(tempDir(), 'z.sqlite'), resourcesDir, () => new Date(AT));
    db.transaction(() => {
      for (let i = 0; i < ROWS; i++) {
        // Every seventh description runs to three lines: rows of unequal height, as in a real ledger.
        const description = i % 7 === 0 ? `病历书写不规范，${'首页填写缺项、诊断编码错误、'.repeat(9)}第${i}例` : `未公示药品价格（第${i}例）`;
        createProblem(
          db,
          {
            source: '自查', campaignId: null, category: '', description, departmentId: null, personId: null, foundOn: '2020-10-08',
            amountFen: 0, note: '', measures: '限期整改', deadline: '2020-12-31', immediate: false,
          },
          null,
          '王芳',
          AT,
        );
      }
    })();
    const doc = buildLedgerDocument(db, 'problems', {}, TODAY, '王芳');
    db.close();
    expect(doc.rows).toHaveLength(ROWS);
    const file = path.join(tempDir(), '问题台账.pdf');
    fs.writeFileSync(file, await ledgerPdf(printer, doc, rowsPerPart));
    const whole = path.join(tempDir(), '问题台账（一次打印）.pdf');
    fs.writeFileSync(whole, await ledgerPdf(printer, doc, ROWS));

    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    // 序号 are the numbers in the first column (left margin 12 mm), page by page.
    const seqRight = 12 + (columnWidthsMm(doc)[0] ?? 0);
    const seqs = (pdf: string) => pageWords(pdf).map((words) => words.filter((w) => w.x1 < seqRight && /^\d+$/.test(w.text)).map((w) => Number(w.text)));
    const inParts = seqs(file);
    expect(inParts).toHaveLength(pageCount);
    expect(inParts.flat()).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    // Page for page the rows of the ledger printed in one go, whose pages are all full
    // but the last (the first also holds the title): no part ends on a short page.
    const inOne = seqs(whole);
    expect(Math.min(...inOne.slice(1, -1).map((rows) => rows.length))).toBeGreaterThan(5);
    expect(inParts).toEqual(inOne);

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    expect(text).toHaveLength(pageCount);
    text.forEach((page, i) => expect(page.match(/第 \d+ 页，共 \d+ 页/g)).toEqual([`第 ${i + 1} 页，共 ${pageCount} 页`]));
  }, 180_000);

  it('cuts a part only before a whole row that moves it on: not inside a row taller than a page, not at the part\'s own first row', () => {
    // Rows of 10, 20, 30 … characters under a header of 4.
    const table: TableParts = { rows: 10, rowsPerPart: 10, html: () => '', characters: (row) => 10 * (row + 1), pageCharacters: 4 };
    // A last page of the header and rows 8 and 9 (90 + 100 characters) begins with row 8.
    expect(firstRowOfPage(table, 0, 10, 4 + 90 + 100)).toBe(8);
    // Part of row 8 printed on the page before (a row taller than a page): no row begins the page.
    expect(firstRowOfPage(table, 0, 10, 4 + 50 + 100)).toBeUndefined();
    // The page begins with the part's first row: dropping it would print the same part again.
    expect(firstRowOfPage(table, 8, 10, 4 + 90 + 100)).toBeUndefined();
  });
});
