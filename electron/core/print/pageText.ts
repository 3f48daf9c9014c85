// What one page of a printed PDF says, read back with pdf.js: how a long print in
// parts learns which row its last page begins with (print/parts.ts).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

async function loadPdfjs() {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // In Node pdf.js runs its worker in-process; it must be told where the module is.
  const require = createRequire(import.meta.url);
  pdfjs.GlobalWorkerOptions.workerSrc ||= pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  return pdfjs;
}

/** A run of text as pdf.js reads it: in PDF user space (points, y up), `transform` its text matrix with the font size in it. */
export interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

/** The text runs of a page (1-based) of a PDF: text as printed, not normalised. */
export async function pageText(pdf: Uint8Array, page: number): Promise<TextItem[]> {
  const pdfjs = await loadPdfjs();
  // pdf.js takes the buffer over: a copy, so that the caller's bytes stay whole.
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const content = await (await doc.getPage(page)).getTextContent({ disableNormalization: true });
    return content.items.flatMap((item) => ('str' in item ? [{ str: item.str, transform: item.transform as number[], width: item.width }] : []));
  } finally {
    await doc.destroy();
  }
}

/** Characters other than white space on a page (1-based) of a PDF. */
export async function pageCharacters(pdf: Uint8Array, page: number): Promise<number> {
  return (await pageText(pdf, page)).reduce((n, item) => n + visibleLength(item.str), 0);
}

/** Code points other than white space: what a string prints as text. */
export function visibleLength(text: string): number {
  let count = 0;
  for (const c of text) if (!/\s/.test(c)) count++;
  return count;
}
