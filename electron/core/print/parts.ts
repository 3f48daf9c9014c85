// A long table print page in parts. Chromium fails ("Printing failed") on one page
// of about 20,000 table rows, and its memory grows with the rows it lays out at once
// (about 200 MB a thousand ledger rows in the renderer). So a long table is printed
// as several print pages of a few thousand rows, one after another through the
// same Printer port, and the PDFs are merged with pdf-lib.
//
// Every part would end on a short page of its own (its last rows), mid-document.
// So a part other than the last gives up its last page: the next part begins with
// the first row that page held, and every page but the document's last is as full
// as Chromium fills it. Which row that is, the last page's text says: it holds the
// repeated header and whole rows only, so its count of printed characters is that
// of the header and of the rows from one row to the part's end.
//
// Page numbers run across the parts: a part cannot know its first page or the
// total, so the parts print without numbers and one more print page, of as many
// empty pages as the merged PDF has, carries "第 n 页，共 N 页" in the same @page
// margin box; each of its pages is laid over the merged page of the same number.
// The numbers stay text (pdftotext reads them) in the document's own font.
import { PDFDocument } from 'pdf-lib';
import type { Printer } from '../ports';
import { pageCharacters } from './pageText';

/** How a numbered page looks: the @page rule's size and margins, and the number's own CSS inside @bottom-center. */
export interface PageNumbering {
  /** E.g. "size: A4 landscape; margin: 14mm 12mm 16mm;" */
  page: string;
  /** E.g. 'content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font: 9pt "SimSun", serif;' */
  number: string;
}

/** A table that prints in parts of whole pages. */
export interface TableParts {
  /** Rows in all. */
  rows: number;
  /** Rows a part lays out at most. */
  rowsPerPart: number;
  /** The print page of rows [start, end), with no page numbers; the part with the last row ends the document. */
  html(start: number, end: number): string;
  /** Characters other than white space that row prints. */
  characters(row: number): number;
  /** Characters other than white space every page but the first prints besides its rows (the repeated header). */
  pageCharacters: number;
}

/** The print page that carries only page numbers: `pages` empty pages numbered by Chromium itself. */
export function numbersHtml(pages: number, numbering: PageNumbering): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { ${numbering.page} @bottom-center { ${numbering.number} } }
body { margin: 0; }
div { height: 1px; }
div + div { break-before: page; }
</style></head><body>${'<div></div>'.repeat(pages)}</body></html>`;
}

/**
 * The row a part's last page begins with, when it holds whole rows only; undefined
 * when it does not (a row taller than a page runs onto it) or when it began with
 * the part itself (dropping it would get nowhere).
 */
export function firstRowOfPage(table: TableParts, start: number, end: number, printed: number): number | undefined {
  let count = table.pageCharacters;
  for (let row = end - 1; row > start; row--) {
    count += table.characters(row);
    if (count === printed) return row;
    if (count > printed) return undefined;
  }
  return undefined;
}

/**
 * Prints the table in parts and returns one PDF numbered across all of them. A
 * table of one part is better printed as one numbered page, with no merging.
 */
export async function pdfInParts(printer: Printer, table: TableParts, numbering: PageNumbering): Promise<Uint8Array> {
  const merged = await PDFDocument.create();
  let start = 0;
  while (start < table.rows) {
    const end = Math.min(table.rows, start + table.rowsPerPart);
    const bytes = await printer.pdf(table.html(start, end));
    const part = await PDFDocument.load(bytes);
    let pages = part.getPageCount();
    let next = end;
    if (end < table.rows && pages > 1) {
      const row = firstRowOfPage(table, start, end, await pageCharacters(bytes, pages));
      if (row !== undefined) {
        pages -= 1;
        next = row;
      }
    }
    const indices = Array.from({ length: pages }, (_, i) => i);
    for (const page of await merged.copyPages(part, indices)) merged.addPage(page);
    start = next;
  }
  const pages = merged.getPages();
  const numbers = await PDFDocument.load(await printer.pdf(numbersHtml(pages.length, numbering)));
  if (numbers.getPageCount() !== pages.length) {
    throw new Error(`page numbers: ${numbers.getPageCount()} pages printed for ${pages.length}`);
  }
  const overlays = await merged.embedPdf(numbers, numbers.getPageIndices());
  pages.forEach((page, i) => {
    const overlay = overlays[i];
    if (overlay) page.drawPage(overlay, { x: 0, y: 0 });
  });
  return merged.save({ useObjectStreams: false });
}
