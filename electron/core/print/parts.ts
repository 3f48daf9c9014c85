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
// Page numbers run across the parts: drawn after the merge (print/pageNumbers.ts).
import { PDFDocument } from 'pdf-lib';
import type { Printer } from '../ports';
import { numberPages, sampleNumberHtml, type PageNumbering } from './pageNumbers';
import { pageCharacters } from './pageText';

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
  let rowsPerPart = table.rowsPerPart;
  const print = (start: number) => {
    const end = Math.min(table.rows, start + rowsPerPart);
    const printed = printer.pdf(table.html(start, end)).then((bytes) => ({ start, end, bytes }));
    // Awaited in the next turn of the loop; until then a failure must not count as unhandled.
    printed.catch(() => undefined);
    return printed;
  };
  let printing = print(0);
  // The sample page number prints beside the first part, on the other core.
  const sample = printer.pdf(sampleNumberHtml(numbering));
  sample.catch(() => undefined);
  for (;;) {
    const { start, end, bytes } = await printing;
    const part = await PDFDocument.load(bytes);
    let pages = part.getPageCount();
    let next = end;
    if (end < table.rows && pages === 1) {
      // Rows that fit on one page: no page to give up, so the part prints again, larger.
      rowsPerPart *= 2;
      printing = print(start);
      continue;
    }
    if (end < table.rows) {
      const row = firstRowOfPage(table, start, end, await pageCharacters(bytes, pages));
      if (row !== undefined) {
        pages -= 1;
        next = row;
      }
      // The next part prints while this one is merged.
      printing = print(next);
    }
    const indices = Array.from({ length: pages }, (_, i) => i);
    for (const page of await merged.copyPages(part, indices)) merged.addPage(page);
    if (next >= table.rows) break;
  }
  await numberPages(merged, numbering, await sample);
  return merged.save({ useObjectStreams: false });
}
