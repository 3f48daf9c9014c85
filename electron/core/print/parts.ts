// A long print page in parts. Chromium fails ("Printing failed") on one page of
// about 20,000 table rows, and its memory grows with the rows it lays out at once
// (about 200 MB a thousand ledger rows in the renderer). So a long table is printed
// as several print pages of a few thousand rows, one after another through the
// same Printer port, and the PDFs are merged with pdf-lib.
//
// Page numbers run across the parts: a part cannot know its first page or the
// total, so the parts print without numbers and one more print page, of as many
// empty pages as the merged PDF has, carries "第 n 页，共 N 页" in the same @page
// margin box; each of its pages is laid over the merged page of the same number.
// The numbers stay text (pdftotext reads them) in the document's own font.
import { PDFDocument } from 'pdf-lib';
import type { Printer } from '../ports';

/** Parts printing at once: Chromium's memory is that of this many parts, so one; the next part prints while the last is merged. */
const IN_FLIGHT = 1;

/** How a numbered page looks: the @page rule's size and margins, and the number's own CSS inside @bottom-center. */
export interface PageNumbering {
  /** E.g. "size: A4 landscape; margin: 14mm 12mm 16mm;" */
  page: string;
  /** E.g. 'content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font: 9pt "SimSun", serif;' */
  number: string;
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
 * Prints the parts in order (each a whole print page whose @page has no page
 * number) and returns one PDF numbered across all of them. A document of one part
 * is better printed as one numbered page, with no merging (see ledger/pdf.ts).
 */
export async function pdfInParts(printer: Printer, parts: readonly string[], numbering: PageNumbering): Promise<Uint8Array> {
  const merged = await PDFDocument.create();
  // Parts print IN_FLIGHT at a time (each in a renderer of its own: the machine's
  // two cores both work), and are merged in order as they come back.
  const printed: Promise<Uint8Array>[] = [];
  const start = (i: number) => {
    const part = parts[i];
    if (part !== undefined) printed[i] = printer.pdf(part);
  };
  for (let i = 0; i < IN_FLIGHT; i++) start(i);
  for (let i = 0; i < parts.length; i++) {
    const bytes = await (printed[i] as Promise<Uint8Array>);
    delete printed[i];
    start(i + IN_FLIGHT);
    const source = await PDFDocument.load(bytes);
    for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page);
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
