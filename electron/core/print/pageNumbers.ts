// Page numbers across a PDF merged from parts (print/parts.ts). A part cannot know
// the total, so the numbers are drawn after the merge: Chromium prints one sample
// number, in the @page margin box the one-part print uses, and each page gets its
// "第 n 页，共 N 页" as text in that sample's font subset, centred where the sample
// stands. The numbers stay real text (pdftotext reads them, through the font's
// ToUnicode map) in the document's own font; no print of N empty pages (whose cost
// grew faster than the pages: 3,000 took 23 s of CPU).
import {
  PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, beginText, decodePDFRawStream,
  endText, popGraphicsState, pushGraphicsState, setFontAndSize, setTextMatrix, showText, type PDFOperator,
} from 'pdf-lib';
import { pageText } from './pageText';

/** How a numbered page looks: the @page rule's size and margins, the number's font and words. */
export interface PageNumbering {
  /** E.g. "size: A4 landscape; margin: 14mm 12mm 16mm;" */
  page: string;
  /** A CSS font, e.g. '9pt "SimSun", serif'. */
  font: string;
  /** The words around the numbers, e.g. (n, total) => `第 ${n} 页，共 ${total} 页`. */
  label: (page: string, pages: string) => string;
}

const PAGE = '\u0001';
const PAGES = '\u0002';

/** The number's CSS inside @bottom-center, counted by Chromium: for a print of one part. */
export function numberCss(numbering: PageNumbering): string {
  const content = numbering
    .label(PAGE, PAGES)
    .split(/([\u0001\u0002])/)
    .filter(Boolean)
    .map((piece) => (piece === PAGE ? 'counter(page)' : piece === PAGES ? 'counter(pages)' : `"${piece.replace(/["\\]/g, '\\$&')}"`));
  return `content: ${content.join(' ')}; font: ${numbering.font};`;
}

/** Every digit once, and every other character the label has. */
const sampleLabel = (numbering: PageNumbering) => numbering.label('1234567890', '0');

interface Glyph {
  /** The font's key in the sample page's resources. */
  font: PDFName;
  /** The glyph's two-byte code (Identity-H), in hex. */
  code: string;
  /** Advance in thousandths of the font size. */
  width: number;
}

/** The print page of one sample number, whose font and place numberPages takes. */
export function sampleNumberHtml(numbering: PageNumbering): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { ${numbering.page} @bottom-center { content: "${sampleLabel(numbering)}"; font: ${numbering.font}; } }
body { margin: 0; } div { height: 1px; }
</style></head><body><div></div></body></html>`;
}

/** Draws "第 n 页，共 N 页" on every page of `doc`, after the sample (sampleNumberHtml) as Chromium printed it. */
export async function numberPages(doc: PDFDocument, numbering: PageNumbering, sampleBytes: Uint8Array): Promise<void> {
  const runs = await pageText(sampleBytes, 1);
  // The sample page is copied, never added: its fonts come into `doc`, to be named on every page.
  const [sample] = await doc.copyPages(await PDFDocument.load(sampleBytes), [0]);
  const fonts = sample?.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  if (!fonts || !runs[0]) throw new Error('page numbers: the sample number printed no text');
  const glyphs = glyphTable(doc, fonts);
  const [a = 0, , , , x0 = 0, y = 0] = runs[0].transform;
  const size = a;
  const measure = (text: string) => [...text].reduce((w, c) => w + (glyphs.get(c)?.width ?? NaN), 0) * (size / 1000);
  const centre = x0 + measure(sampleLabel(numbering)) / 2;
  if (!Number.isFinite(centre)) throw new Error('page numbers: the sample number has a character without a glyph');
  // Under names of our own: a page's own fonts keep theirs.
  const used = fonts.entries().flatMap(([name, ref], i) => (ref instanceof PDFRef ? [{ name, ref, key: PDFName.of(`ZichaNumber${i}`) }] : []));
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const label = numbering.label(String(i + 1), String(pages.length));
    const shown: PDFOperator[] = [];
    let font: PDFName | undefined;
    let code = '';
    const flush = () => {
      const entry = used.find((u) => u.name === font);
      if (!code || !entry) return;
      page.node.setFontDictionary(entry.key, entry.ref);
      shown.push(setFontAndSize(entry.key, size), showText(PDFHexString.of(code)));
      code = '';
    };
    for (const c of label) {
      const glyph = glyphs.get(c);
      if (!glyph) throw new Error(`page numbers: no glyph for ${c}`);
      if (glyph.font !== font) flush();
      font = glyph.font;
      code += glyph.code;
    }
    flush();
    page.pushOperators(pushGraphicsState(), beginText(), setTextMatrix(1, 0, 0, 1, centre - measure(label) / 2, y), ...shown, endText(), popGraphicsState());
  });
}

/** Character → glyph, from each Type0 font's ToUnicode map and widths. */
function glyphTable(doc: PDFDocument, fonts: PDFDict): Map<string, Glyph> {
  const glyphs = new Map<string, Glyph>();
  for (const [name, ref] of fonts.entries()) {
    const font = doc.context.lookup(ref, PDFDict);
    const toUnicode = font.lookup(PDFName.of('ToUnicode'));
    const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
    if (!(toUnicode instanceof PDFRawStream) || !descendant) continue;
    const widths = cidWidths(descendant);
    for (const [code, char] of unicodeOf(Buffer.from(decodePDFRawStream(toUnicode).decode()).toString('latin1'))) {
      if (!glyphs.has(char)) glyphs.set(char, { font: name, code: code.toString(16).padStart(4, '0'), width: widths(code) });
    }
  }
  return glyphs;
}

/** A CIDFont's advance per code: its W array, else DW (1000 when absent). */
function cidWidths(cidFont: PDFDict): (code: number) => number {
  const byCode = new Map<number, number>();
  const w = cidFont.lookupMaybe(PDFName.of('W'), PDFArray)?.asArray() ?? [];
  const num = (i: number) => (w[i] instanceof PDFNumber ? (w[i] as PDFNumber).asNumber() : NaN);
  for (let i = 0; i < w.length; ) {
    const first = num(i);
    const next = w[i + 1];
    if (next instanceof PDFArray) {
      next.asArray().forEach((v, k) => byCode.set(first + k, v instanceof PDFNumber ? v.asNumber() : NaN));
      i += 2;
    } else {
      for (let c = first; c <= num(i + 1); c++) byCode.set(c, num(i + 2));
      i += 3;
    }
  }
  const fallback = cidFont.lookupMaybe(PDFName.of('DW'), PDFNumber)?.asNumber() ?? 1000;
  return (code) => byCode.get(code) ?? fallback;
}

/** A ToUnicode CMap's one-character mappings: code → character. */
function unicodeOf(cmap: string): [number, string][] {
  const hex = (h: string) => parseInt(h, 16);
  const text = (h: string) => String.fromCharCode(...(h.match(/.{4}/g) ?? []).map(hex));
  const out: [number, string][] = [];
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) out.push([hex(m[1] ?? ''), text(m[2] ?? '')]);
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const [lo, hi, dst = ''] = [hex(m[1] ?? ''), hex(m[2] ?? ''), m[3]];
      const list = dst.startsWith('[') ? [...dst.matchAll(/<([0-9a-fA-F]+)>/g)].map((d) => text(d[1] ?? '')) : undefined;
      const start = list ? 0 : hex(dst.slice(1, -1));
      for (let c = lo; c <= hi; c++) out.push([c, list ? (list[c - lo] ?? '') : String.fromCharCode(start + c - lo)]);
    }
  }
  return out.filter(([, char]) => [...char].length === 1);
}
