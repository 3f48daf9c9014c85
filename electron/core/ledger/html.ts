// The printable ledger as a print page for Chromium: A4 landscape, the header row
// repeated on every page (thead), rows never split across pages, and page numbers
// in the @page margin box. The same LedgerDocument feeds the .xlsx writer.
// A long ledger prints in parts (print/parts.ts): the title on the first, 合计 and
// 制表人 on the last, the page numbers drawn on the merged PDF.
import { chineseDate, type LedgerDocument } from '../../../shared/ledgerDocument';
import type { Printer } from '../ports';
import { visibleLength } from '../print/pageText';
import { numberCss, type PageNumbering } from '../print/pageNumbers';
import { pdfInParts, type TableParts } from '../print/parts';
import { PRINT_CSP, escapeHtml } from '../print/printer';

export const LEDGER_NUMBERING: PageNumbering = {
  page: 'size: A4 landscape; margin: 14mm 12mm 16mm;',
  font: '9pt "SimSun", "宋体", serif',
  label: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
};

/** Rows a print part lays out at once (Chromium's memory grows with them). */
export const ROWS_PER_PART = 2_000;

/** The ledger as PDF: one numbered print page, or parts merged and numbered across. */
export function ledgerPdf(printer: Printer, doc: LedgerDocument, rowsPerPart = ROWS_PER_PART): Promise<Uint8Array> {
  if (doc.rows.length <= rowsPerPart) return printer.pdf(ledgerHtml(doc));
  return pdfInParts(printer, ledgerTable(doc, rowsPerPart), LEDGER_NUMBERING);
}

const pageRule = (numbered: boolean) =>
  `@page { ${LEDGER_NUMBERING.page}${numbered ? ` @bottom-center { ${numberCss(LEDGER_NUMBERING)} }` : ''} }`;

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; color: #000; font: 10.5pt/1.35 "SimSun", "宋体", serif; }
table { font-size: 9pt; }
h1 { margin: 0 0 3mm; font: 18pt "SimHei", "黑体", sans-serif; text-align: center; letter-spacing: 0.3em; }
/* A title naming hospital and campaign fills the line: set solid, so it stays on one line (or breaks between its own lines). */
h1.long { letter-spacing: 0; }
.meta { display: flex; justify-content: space-between; margin: 0 0 1.5mm; }
.filter { margin: 0 0 1.5mm; }
/* Separate borders, each rule drawn once (right and bottom, the first cell's left, the head's top):
   the same grid as collapsed borders, which Chromium lays out and paints far slower on long tables. */
table { width: 100%; border-collapse: separate; border-spacing: 0; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0 solid #000; border-width: 0 0.6pt 0.6pt 0; padding: 0.8mm 1.2mm; vertical-align: middle; white-space: pre-wrap; overflow-wrap: anywhere; }
th { border-top-width: 0.6pt; font-family: "SimHei", "黑体", sans-serif; font-weight: normal; background: #eee; text-align: center; }
th:first-child, td:first-child { border-left-width: 0.6pt; }
td.left { text-align: left; } td.center { text-align: center; } td.right { text-align: right; }
td.empty { text-align: center; color: #555; padding: 4mm; }
/* 合计 and 制表人 go to a new page only with the last rows: never alone there. */
.totals { margin: 2mm 0 0; break-before: avoid; }
.sign { display: flex; justify-content: space-between; margin: 5mm 8mm 0; break-inside: avoid; break-before: avoid; }
.sign span { min-width: 55mm; }
`;

/** A4 landscape less the side margins, and the cell's side padding, in mm. */
const CONTENT_MM = 297 - 24;
const PADDING_MM = 2.4;
const FONT_PT = 9;
const CHAR_MM = (FONT_PT * 25.4) / 72;

/** Short columns get the width their text needs; long text shares what is left. */
export function columnWidthsMm(doc: Pick<LedgerDocument, 'widths' | 'grows'>): number[] {
  const fixed = doc.widths.map((w, i) => (doc.grows[i] ? 0 : w * CHAR_MM + PADDING_MM));
  const left = Math.max(0, CONTENT_MM - fixed.reduce((a, b) => a + b, 0));
  const growing = doc.widths.reduce((n, w, i) => n + (doc.grows[i] ? w : 0), 0);
  return doc.widths.map((w, i) => (doc.grows[i] ? (left * w) / growing : (fixed[i] ?? 0)));
}

/** The ledger as one print page, numbered by Chromium: for a ledger of one part. */
export function ledgerHtml(doc: LedgerDocument): string {
  return ledgerPart(doc, doc.rows, { first: true, last: true, numbered: true });
}

/** The ledger as a table printed in parts of at most `rowsPerPart` rows, unnumbered, for pdfInParts. */
export function ledgerTable(doc: LedgerDocument, rowsPerPart = ROWS_PER_PART): TableParts {
  return {
    rows: doc.rows.length,
    rowsPerPart,
    html: (start, end) => ledgerPart(doc, doc.rows.slice(start, end), { first: start === 0, last: end >= doc.rows.length, numbered: false }),
    characters: (row) => (doc.rows[row] ?? []).reduce((n, cell) => n + visibleLength(cell), 0),
    pageCharacters: doc.headers.reduce((n, h) => n + visibleLength(h), 0),
  };
}

function ledgerPart(doc: LedgerDocument, rows: readonly string[][], part: { first: boolean; last: boolean; numbered: boolean }): string {
  const cols = columnWidthsMm(doc).map((mm) => `<col style="width:${mm.toFixed(1)}mm">`).join('');
  const head = doc.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.length
    ? rows.map((cells) => `<tr>${cells.map((c, i) => `<td class="${doc.aligns[i] ?? 'left'}">${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')
    : `<tr><td class="empty" colspan="${doc.headers.length}">（筛选范围内没有记录）</td></tr>`;
  const date = chineseDate(doc.date);
  const title = part.first
    ? `<h1${doc.title.length > 16 ? ' class="long"' : ''}>${escapeHtml(doc.title)}</h1>
<div class="meta"><span>填报单位：${doc.unit ? escapeHtml(doc.unit) : '＿＿＿＿＿＿＿＿'}</span><span>日期：${date}</span></div>
${doc.filter ? `<div class="filter">筛选条件：${escapeHtml(doc.filter)}</div>` : ''}`
    : '';
  const end = part.last
    ? `<p class="totals">${escapeHtml(doc.totalsLine)}</p>
<div class="sign"><span>制表人：${escapeHtml(doc.preparedBy)}</span><span>审核人：</span><span>日期：${date}</span></div>`
    : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">
<title>${escapeHtml(doc.title)}</title><style>${pageRule(part.numbered)}${STYLE}</style></head>
<body>
${title}
<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table>
${end}
</body></html>`;
}
