// A 公文 as a print page for Chromium (FORMATS.md §D): the 版心 is a 22 × 28 grid
// set by line-height and letter-spacing, page numbers live in the @page margin
// boxes, attachments start new (named, possibly landscape) pages. With a seal the
// signature block takes GB/T 9704's stamped layout and never leaves the last body
// lines behind. Pages fill all 22 lines (no widow control), as 公文 do.
import { blankText, documentDate, type Block, type DocTable, type Inline, type OfficialDocument } from '../../../shared/document';
import { PRINT_CSP, escapeHtml } from '../print/printer';
import { COLOPHON_RULE_MM, CSS, FONTS, MARGIN_MM, PT, SEAL_DIAMETER_MM, TITLE_CHARS, cssFontFamily, signatureRightGaps, textWidthChars } from './layout';
import { paginateAttachment, rowGroups } from './tableChunks';
import { titleLines } from './titleLines';

export interface SealImage {
  png: Uint8Array;
  diameterMm: number;
}

const pageNumber = (side: 'right' | 'left') => `@page :${side} {
  @bottom-${side} {
    content: "— " counter(page) " —";
    font-family: ${cssFontFamily('songti')}; font-size: ${PT.size4}pt; line-height: 1; letter-spacing: 0;
    vertical-align: top; padding-top: ${CSS.pageNumberTopMm.toFixed(2)}mm; margin-${side}: ${PT.size4}pt;
  }
}`;

/**
 * A landscape (横排) table page keeps its number where the other pages have it
 * (GB/T 9704 §10.2): its head lies toward the 订口 on odd pages and the 切口 on even
 * ones, both the sheet's left edge, so the sheet's foot is the turned page's left
 * side. The number runs down that side, 7 mm out from the 版心, one character from
 * its end: the bottom on odd pages, the top on even ones.
 */
const landscapeNumber = (side: 'right' | 'left') => `@page landscape:${side} {
  @bottom-${side} { content: none; }
  /* Padded on both sides to the margin's width, so the line stands where it should however the box is placed. */
  @left-${side === 'right' ? 'bottom' : 'top'} {
    padding: 0 ${CSS.pageNumberTopMm.toFixed(2)}mm 0 ${(MARGIN_MM.bottom - CSS.pageNumberTopMm - (PT.size4 * 25.4) / 72).toFixed(2)}mm;
    content: "— " counter(page) " —"; writing-mode: vertical-rl;
    font-family: ${cssFontFamily('songti')}; font-size: ${PT.size4}pt; line-height: 1; letter-spacing: 0;
    text-align: ${side === 'right' ? 'end' : 'start'}; margin-${side === 'right' ? 'bottom' : 'top'}: ${PT.size4}pt;
  }
}`;

const STYLE = `
@page { size: A4; margin: ${CSS.pageMargin}; }
@page landscape { size: A4 landscape; margin: ${CSS.landscapeMargin}; }
${pageNumber('right')}
${pageNumber('left')}
${landscapeNumber('right')}
${landscapeNumber('left')}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { color: #000; font-family: ${cssFontFamily('fangsong')}; font-size: ${PT.size3}pt; line-height: ${CSS.lineHeight};
  letter-spacing: ${CSS.letterSpacing}; text-align: justify; orphans: 1; widows: 1; }
p { margin: 0; text-indent: calc(${CSS.char} * 2); overflow-wrap: anywhere; }
/* A span in another face (楷体 heading, highlighted blank) would grow its line box past the grid; a 1.0 line-height keeps it inside the strut. */
p span { line-height: 1; }
.gap { height: ${CSS.lineHeight}; }
/* 小标宋 is declared a bold face, so that where it is installed it prints as it is, and where it is not the title falls back to bold 宋体 (FORMATS.md §C). */
@font-face { font-family: ZichaTitle; font-weight: 700; src: ${FONTS.xiaobiaosong.css.map((n) => `local("${n}")`).join(', ')}; }
.title { font-family: ZichaTitle, ${cssFontFamily('songti')}; font-weight: 700; font-size: ${PT.size2}pt; text-align: center; text-indent: 0; letter-spacing: 0; overflow-wrap: normal; }
.title.fallback { font-family: ${cssFontFamily('songti')}; }
.flush { text-indent: 0; }
.h1 { font-family: ${cssFontFamily('heiti')}; }
.h2 { font-family: ${cssFontFamily('kaiti')}; }
.heading.alone { break-after: avoid; }
.heading .run-on { font-family: ${cssFontFamily('fangsong')}; }
.blank { background: #ffff00; }
.issuer { color: #f00; text-align: center; text-indent: 0; font-family: ${cssFontFamily('xiaobiaosong')}; font-size: ${PT.size2}pt; letter-spacing: 0.1em; }
.number { text-align: center; text-indent: 0; }
.number.upward { display: flex; justify-content: space-between; align-items: center; padding: 0 ${CSS.char}; }
.red-rule { border-bottom: 0.5mm solid #f00; margin-top: 4mm; height: 0; }
.annex { text-indent: 0; }
.closing { break-inside: avoid; break-before: avoid; }
.keep { break-inside: avoid; }
.sign { text-indent: 0; text-align: right; white-space: nowrap; }
.signoff { position: relative; }
.seal { position: absolute; mix-blend-mode: multiply; }
.attachment { break-before: page; }
.attachment.landscape { page: landscape; }
.attachment-label { font-family: ${cssFontFamily('heiti')}; text-indent: 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; letter-spacing: 0; line-height: 1.35; margin: 0; }
thead { display: table-header-group; }
tr, tbody { break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 0.8mm 1.2mm; vertical-align: middle; text-align: left; font-weight: normal; white-space: pre-wrap; overflow-wrap: anywhere; }
th { font-family: ${cssFontFamily('heiti')}; text-align: center; }
/* A body table keeps the grid: a text line per grid line, and rules drawn as outlines, which take no room, so the text after it stays on the grid. */
table.on-grid { border-collapse: separate; border-spacing: 0; line-height: ${CSS.lineHeight}; }
table.on-grid th, table.on-grid td { border: 0; padding: 0 1.2mm; outline: 0.5pt solid #000; outline-offset: -0.25pt; }
td.center, th.center { text-align: center; } td.right, th.right { text-align: right; } .bold { font-weight: 700; }
.colophon { font-size: ${PT.size4}pt; letter-spacing: 0; break-inside: avoid; border-top: ${COLOPHON_RULE_MM.thick}mm solid #000; border-bottom: ${COLOPHON_RULE_MM.thick}mm solid #000; }
/* One grid line each (the thin rule inside it), so the 版记's height is known before it is laid out. */
.colophon p { text-indent: 0; padding: 0 ${PT.size4}pt; height: ${CSS.lineHeight}; }
.colophon-space.new-page { break-before: page; }
.colophon-probe { height: 0; font-size: 1pt; line-height: 2pt; letter-spacing: 0; text-indent: 0; }
.colophon .copy { border-bottom: ${COLOPHON_RULE_MM.thin}mm solid #000; }
.colophon .print { display: flex; justify-content: space-between; align-items: center; }
`;

const ch = (n: number) => `calc(${CSS.char} * ${n})`;

function inlineHtml(run: Inline): string {
  if (run.kind === 'text') return escapeHtml(run.text);
  if (run.kind === 'figure') return escapeHtml(run.override ?? run.value);
  return `<span class="blank">${escapeHtml(blankText(run.label))}</span>`;
}

function tableHtml(t: DocTable, onGrid: boolean): string {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cols = t.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const row = (cells: DocTable['rows'][number], tag: 'th' | 'td') =>
    `<tr>${cells
      .map((c) => {
        const span = `${c.colSpan ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}`;
        const cls = [c.align ?? '', c.bold ? 'bold' : ''].filter(Boolean).join(' ');
        return `<${tag}${span}${cls ? ` class="${cls}"` : ''}>${escapeHtml(c.text)}</${tag}>`;
      })
      .join('')}</tr>`;
  const head = t.rows.slice(0, t.headRows).map((r) => row(r, 'th')).join('');
  // A tbody per group of rows a merged cell ties together, kept on one page (tableChunks.ts cuts the taller ones).
  const body = rowGroups(t).map(([start, end]) => `<tbody>${t.rows.slice(start, end).map((r) => row(r, 'td')).join('\n')}</tbody>`).join('\n');
  const size = t.fontPt ?? PT.size4;
  return `<table${onGrid ? ' class="on-grid"' : ''} style="font-size:${size}pt"><colgroup>${cols}</colgroup>${head ? `<thead>${head}</thead>` : ''}${body}</table>`;
}

/**
 * `onGrid` for the body; an attachment's tables, on pages of their own, stay compact.
 * `keepLast` keeps the last paragraph whole (it goes with 附件说明 and 署名, as the
 * docx's keep-with-next chain takes it in Word and LibreOffice).
 */
function blocksHtml(blocks: Block[], onGrid = false, keepLast = false): string {
  return blocks
    .map((b, i) => {
      const keep = keepLast && i === blocks.length - 1 ? ' keep' : '';
      if (b.kind === 'table') return tableHtml(b.table, onGrid);
      if (b.kind === 'paragraph') return `<p${keep ? ' class="keep"' : ''}>${b.runs.map(inlineHtml).join('')}</p>`;
      const runOn = b.runOn?.length ? `<span class="run-on">${b.runOn.map(inlineHtml).join('')}</span>` : '';
      return `<p class="heading h${b.level}${runOn ? '' : ' alone'}${keep}">${escapeHtml(b.text)}${runOn}</p>`;
    })
    .join('\n');
}

function headHtml(doc: OfficialDocument, xiaobiaosong: boolean): string {
  const h = doc.head;
  const parts: string[] = [];
  if (h.issuerMark) {
    // 标志 35 mm below the 版心's top: three grid lines and a little.
    parts.push(`<div style="height:35mm"></div><p class="issuer">${escapeHtml(h.issuerMark)}</p><div class="gap"></div><div class="gap"></div>`);
    if (h.documentNumber && h.signer) {
      parts.push(`<p class="number upward"><span>${escapeHtml(h.documentNumber)}</span><span>签发人：<span class="h2">${escapeHtml(h.signer)}</span></span></p>`);
    } else if (h.documentNumber) parts.push(`<p class="number">${escapeHtml(h.documentNumber)}</p>`);
    parts.push('<div class="red-rule"></div><div class="gap"></div><div class="gap"></div>');
  }
  const title = titleLines(h.title, TITLE_CHARS.portrait).map(escapeHtml).join('<br>');
  parts.push(`<p class="title${xiaobiaosong ? '' : ' fallback'}">${title}</p><div class="gap"></div>`);
  if (h.addressee) parts.push(`<p class="flush">${escapeHtml(h.addressee)}：</p>`);
  return parts.join('\n');
}

function annexNoteHtml(doc: OfficialDocument): string {
  const n = doc.attachments.length;
  if (!n) return '';
  // "附件：" then "1." take three and one characters; wrapped lines align with the name.
  const lead = n > 1 ? 4 : 3;
  const items = doc.attachments.map((a, i) => {
    const label = `${i === 0 ? '附件：' : ''}${n > 1 ? `${i + 1}.` : ''}`;
    const indent = i === 0 ? lead : n > 1 ? 1 : 0;
    return `<p class="annex" style="padding-left:${ch(2 + lead)};text-indent:${ch(-indent)}">${escapeHtml(label + a.title)}</p>`;
  });
  return `<div class="gap"></div>${items.join('')}`;
}

function closingHtml(doc: OfficialDocument, seal: SealImage | undefined): string {
  const date = documentDate(doc.head.date);
  const gaps = signatureRightGaps(doc.head.signature, date, Boolean(seal));
  const sign = `<p class="sign" style="padding-right:${ch(gaps.signature)}">${escapeHtml(doc.head.signature)}</p>
<p class="sign" style="padding-right:${ch(gaps.date)}">${escapeHtml(date)}</p>`;
  if (!seal) return `<div class="closing">${annexNoteHtml(doc)}<div class="gap"></div>${sign}</div>`;
  // Both lines sit just below the seal's centre; its top then falls within a line of
  // the text above: as many blank lines as half the seal takes.
  const d = seal.diameterMm > 0 ? seal.diameterMm : SEAL_DIAMETER_MM;
  const blankLines = Math.max(1, Math.round(d / 2 / CSS.lineMm));
  const dateWidth = textWidthChars(date);
  const src = `data:image/png;base64,${Buffer.from(seal.png).toString('base64')}`;
  const img = `<img class="seal" alt="" src="${src}" style="width:${d}mm;height:${d}mm;top:${(-d / 2 - 0.4).toFixed(2)}mm;right:calc(${ch(4 + dateWidth / 2)} - ${d / 2}mm)">`;
  return `<div class="closing">${annexNoteHtml(doc)}${'<div class="gap"></div>'.repeat(blankLines)}<div class="signoff">${sign}${img}</div></div>`;
}

/** The 版记's height: its lines on the grid between 0.35 mm rules. */
export function colophonHeightMm(doc: OfficialDocument): number {
  return doc.colophon ? (doc.colophon.copyTo ? 2 : 1) * CSS.lineMm + 2 * COLOPHON_RULE_MM.thick : 0;
}

/**
 * Where the 版记 goes: a print page cannot tell where its last page ends, so the PDF
 * writer prints once with a probe where the 版记 would start, then again with the
 * space that puts the 版记's last rule on the 版心's bottom (on a page of its own
 * when it does not fit below the text).
 */
export type ColophonPlace = { probe: true } | { spaceMm: number; newPage: boolean };

/** The probe's text, found in the first printout by pdf.js: once at the 版心's top on page 1 (to learn where in its box pdf.js puts it), once where the 版记 would start. */
export const COLOPHON_PROBE = 'ZICHACOLOPHONPROBE';

function colophonHtml(doc: OfficialDocument, place: ColophonPlace | undefined): string {
  const c = doc.colophon;
  if (!c) return '';
  if (place && 'probe' in place) return `<div class="colophon-probe">${COLOPHON_PROBE}</div>`;
  const space = place ? `<div class="colophon-space${place.newPage ? ' new-page' : ''}" style="height:${Math.max(0, place.spaceMm).toFixed(2)}mm"></div>` : '';
  const copy = c.copyTo ? `<p class="copy">抄送：${escapeHtml(c.copyTo)}。</p>` : '';
  return `${space}<div class="colophon">${copy}<p class="print"><span>${escapeHtml(c.printer)}</span><span>${escapeHtml(documentDate(c.printedOn))}印发</span></p></div>`;
}

export interface HtmlOptions {
  seal?: SealImage;
  xiaobiaosong?: boolean;
  colophon?: ColophonPlace;
}

/** A stamped file is what goes out: a blank the officer chose to leave is printed plainly, never highlighted. */
const STAMPED_STYLE = '.blank { background: none; }';

export function documentHtml(doc: OfficialDocument, options: HtmlOptions = {}): string {
  const xiaobiaosong = options.xiaobiaosong ?? true;
  const attachments = doc.attachments.map((a, i) => {
    const label = doc.attachments.length > 1 ? `附件${i + 1}` : '附件';
    const title = titleLines(a.title, a.landscape ? TITLE_CHARS.landscape : TITLE_CHARS.portrait).map(escapeHtml).join('<br>');
    return `<section class="attachment${a.landscape ? ' landscape' : ''}">
<p class="attachment-label">${label}</p><div class="gap"></div>
<p class="title${xiaobiaosong ? '' : ' fallback'}">${title}</p><div class="gap"></div>
${blocksHtml(paginateAttachment(a.title, a.blocks, a.landscape))}
</section>`;
  });
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">
<title>${escapeHtml(doc.head.title)}</title><style>${STYLE}${options.seal ? STAMPED_STYLE : ''}</style></head>
<body>
${options.colophon && 'probe' in options.colophon ? `<div class="colophon-probe">${COLOPHON_PROBE}</div>` : ''}
<main>
${headHtml(doc, xiaobiaosong)}
${blocksHtml(doc.body, true, true)}
${closingHtml(doc, options.seal)}
</main>
${attachments.join('\n')}
${colophonHtml(doc, options.colophon)}
</body></html>`;
}
