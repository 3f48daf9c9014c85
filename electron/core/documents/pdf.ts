// The PDF of a 公文: its print page, printed by Chromium (DESIGN.md print path).
// A document with a 版记 is printed twice: CSS cannot say "the bottom of the last
// page", so the first printout finds where the text ends (a probe read back by
// pdf.js) and the second puts the 版记's last rule on the 版心's bottom (GB/T 9704 §A).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { OfficialDocument } from '../../../shared/document';
import type { Printer } from '../ports';
import { withEmbeddedFonts } from '../print/embed';
import { COLOPHON_PROBE, colophonHeightMm, documentHtml, type ColophonPlace, type SealImage } from './html';
import { TEXT_MM } from './layout';

const MM = 72 / 25.4;
/** Chromium's layout rounds; a 版记 filling the page to the last hundredth could spill onto a new one. */
const SLACK_MM = 0.2;

async function loadPdfjs() {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const require = createRequire(import.meta.url);
  pdfjs.GlobalWorkerOptions.workerSrc ||= pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  return pdfjs;
}

/** How far down the 版心 of the last page (mm from its top) the probe stands, or null where it is not there. */
async function probeTopMm(pdf: Uint8Array): Promise<number | null> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const probeY = async (n: number): Promise<number | null> => {
    const page = await doc.getPage(n);
    const items = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.includes(COLOPHON_PROBE));
    const last = items.at(-1);
    return last && 'transform' in last ? ((page.view[3] ?? 0) - ((last.transform as number[])[5] ?? 0)) / MM : null;
  };
  try {
    // The first probe stands on the 版心's top: its reading there is the offset of both.
    const [first, last] = [await probeY(1), await probeY(doc.numPages)];
    return first === null || last === null ? null : last - first;
  } finally {
    await doc.destroy();
  }
}

/** Everything the print page sets bold: the titles (bold 宋体 where 小标宋 is missing) and the bold table cells. */
function boldTextOf(doc: OfficialDocument): string {
  const cells = [doc.body, ...doc.attachments.map((a) => a.blocks)].flatMap((blocks) =>
    blocks.flatMap((b) => (b.kind === 'table' ? b.table.rows.flatMap((r) => r.filter((c) => c.bold).map((c) => c.text)) : [])),
  );
  return [doc.head.title, ...doc.attachments.map((a) => a.title), ...cells].join('');
}

export async function documentPdf(printer: Printer, doc: OfficialDocument, options: { seal?: SealImage; xiaobiaosong?: boolean } = {}): Promise<Uint8Array> {
  // The page carries its faces cut to its own glyphs, where the printer can say which they are (print/embed.ts).
  const boldText = boldTextOf(doc);
  const pdf = async (html: string) => printer.pdf(printer.fontFace ? await withEmbeddedFonts(html, (f) => printer.fontFace?.(f) ?? Promise.resolve(null), { boldText }) : html);
  if (!doc.colophon) return pdf(documentHtml(doc, options));
  const top = await probeTopMm(await pdf(documentHtml(doc, { ...options, colophon: { probe: true } })));
  const height = colophonHeightMm(doc);
  // The probe stands where the 版记 would start: below it, the space to the 版心's bottom.
  const place: ColophonPlace = top !== null && TEXT_MM.height - top >= height
    ? { spaceMm: TEXT_MM.height - top - height - SLACK_MM, newPage: false }
    : { spaceMm: TEXT_MM.height - height - SLACK_MM, newPage: true };
  return pdf(documentHtml(doc, { ...options, colophon: place }));
}
