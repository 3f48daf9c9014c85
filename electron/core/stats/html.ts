// Statistics tables as a print page for Chromium, laid out as the xlsx lays them
// out (the same view, the same columns and merges through statsDocTable): 附件
// label, title with the month, header fields two to a line, the head repeated on
// every page, thin borders, the 备注 line, A4 portrait or landscape per table and
// page numbers. Every piece of user text is escaped.
import type { DocCell } from '../../../shared/document';
import type { StatsTableView } from '../../../shared/stats';
import { PRINT_CSP, escapeHtml } from '../print/printer';
import { statsDocTable } from './docTable';

const MARGIN = { side: 12, top: 12, bottom: 14 };
const PAGE_NO = '@bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font: 9pt "SimSun", "宋体", serif; }';

const STYLE = `
@page { size: A4 portrait; margin: ${MARGIN.top}mm ${MARGIN.side}mm ${MARGIN.bottom}mm; ${PAGE_NO} }
@page portrait { size: A4 portrait; }
@page landscape { size: A4 landscape; }
* { box-sizing: border-box; }
body { margin: 0; color: #000; font: 10.5pt/1.35 "SimSun", "宋体", serif; }
.sheet.portrait { page: portrait; }
.sheet.landscape { page: landscape; }
.sheet + .sheet { break-before: page; }
.annex { font: 14pt "SimHei", "黑体", sans-serif; margin: 0 0 2mm; }
h1 { margin: 0 0 3mm; font: bold 16pt "SimSun", "宋体", serif; text-align: center; }
.fields { display: flex; flex-wrap: wrap; justify-content: space-between; margin: 0 0 1.5mm; }
.fields span { flex: 0 0 50%; }
.fields span:nth-child(even) { text-align: right; }
.fields.below { margin: 1.5mm 0 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
/* A row stays whole, but a merged section cell must be free to run over pages. */
td:not([rowspan]) { break-inside: avoid; }
th, td { border: 0.6pt solid #000; padding: 0.5mm 1mm; line-height: 1.3; vertical-align: middle; white-space: pre-wrap; overflow-wrap: anywhere; }
th { font-weight: bold; text-align: center; }
.left { text-align: left; } .center { text-align: center; } .right { text-align: right; }
.note { margin: 1.5mm 0 0; white-space: pre-wrap; }
`;

/** A4 less the side margins, in mm. */
const contentMm = (o: StatsTableView['layout']['orientation']) => (o === 'landscape' ? 297 : 210) - 2 * MARGIN.side;

function cellHtml(c: DocCell, tag: 'th' | 'td'): string {
  const span = `${c.colSpan ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}`;
  return `<${tag}${span} class="${c.align ?? 'left'}">${escapeHtml(c.text)}</${tag}>`;
}

const fieldText = (f: { label: string; value: string }) => (f.label ? `${f.label}：${f.value || '　　　　'}` : f.value);

function fieldsHtml(fields: { label: string; value: string }[], below = false): string {
  if (!fields.length) return '';
  return `<div class="fields${below ? ' below' : ''}">${fields.map((f) => `<span>${escapeHtml(fieldText(f))}</span>`).join('')}</div>`;
}

function sheetHtml(view: StatsTableView): string {
  const t = statsDocTable(view);
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cols = t.widths.map((w) => `<col style="width:${((contentMm(view.layout.orientation) * w) / total).toFixed(1)}mm">`).join('');
  const head = t.rows.slice(0, t.headRows).map((r) => `<tr>${r.map((c) => cellHtml(c, 'th')).join('')}</tr>`).join('\n');
  const body = t.rows.slice(t.headRows).map((r) => `<tr>${r.map((c) => cellHtml(c, 'td')).join('')}</tr>`).join('\n');
  const note = view.note ? (/^(备注|注)[:：]/.test(view.note) ? view.note : `备注：${view.note}`) : null;
  return `<section class="sheet ${view.layout.orientation}">
${view.annex ? `<div class="annex">${escapeHtml(view.annex)}</div>` : ''}
<h1>${escapeHtml(view.title)}</h1>
${fieldsHtml(view.headerFields)}
<table style="font-size:${t.fontPt ?? 10.5}pt"><colgroup>${cols}</colgroup>
<thead>${head}</thead>
<tbody>
${body}
</tbody></table>
${fieldsHtml(view.footerFields, true)}
${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}
</section>`;
}

/** One page (or more) per table, each in the orientation the xlsx gives it. */
export function statsHtml(views: StatsTableView[]): string {
  const title = views.length === 1 && views[0] ? views[0].title : `${views[0]?.campaignTitle ?? ''}统计表`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
${views.map(sheetHtml).join('\n')}
</body></html>`;
}
