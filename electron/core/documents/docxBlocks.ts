// The docx writer's pieces: runs that name their East Asian font every time (Word,
// WPS and LibreOffice each guess differently when it is missing), body paragraphs
// on the 22-line grid, and tables with repeated head rows.
import {
  AlignmentType,
  BorderStyle,
  HighlightColor,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { blankText, type Block, type DocTable, type Inline } from '../../../shared/document';
import { DOCX, FONTS, type FontKey } from './layout';

/** ascii/hAnsi in Times New Roman (digits), East Asian text in the named Chinese font. */
export function runFont(key: FontKey) {
  return { ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia: FONTS[key].docx };
}

export function run(text: string, key: FontKey = 'fangsong', extra: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun {
  return new TextRun({ text, font: runFont(key), ...extra });
}

function inlineRun(r: Inline, key: FontKey): TextRun {
  if (r.kind === 'blank') return run(blankText(r.label), key, { highlight: HighlightColor.YELLOW });
  return run(r.kind === 'text' ? r.text : (r.override ?? r.value), key);
}

/** One line of the grid: exact spacing, so every line of the 版心 is 579 twips. */
export const GRID_SPACING = { line: DOCX.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/**
 * No widow control (a 公文 page holds all 22 lines). The defaults docxXml.ts writes
 * say so too, and turn off Word's extra space between Chinese and digits.
 */
const PLAIN = { widowControl: false } as const;

export function gridParagraph(children: TextRun[], options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ spacing: GRID_SPACING, ...PLAIN, ...options, children });
}

/** The style of table text: its own line height, not snapped to the body grid (docxXml.ts adds the snapToGrid off). */
export const TABLE_STYLE = 'TableText';

/** An empty grid line (the "空一行" of GB/T 9704). */
export const blankLine = () => gridParagraph([]);

const HEADING_FONTS: Record<1 | 2 | 3 | 4, FontKey> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };
const HEADING_STYLES = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' } as const;

/** The print page's cell padding, 0.8 mm × 1.2 mm (none above and below on the grid), in twips. */
const CELL_MARGIN = { compact: { top: 45, bottom: 45, left: 68, right: 68 }, onGrid: { left: 68, right: 68 } } as const;
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Rows inside a merged group (a label cell spanning down) but its last: kept with the next, so a group stays on one page. */
function groupedRows(t: DocTable): Set<number> {
  const kept = new Set<number>();
  t.rows.forEach((cells, r) => {
    for (const c of cells) for (let i = r; i < r + (c.rowSpan ?? 1) - 1; i++) kept.add(i);
  });
  return kept;
}

function tableDocx(t: DocTable, widthTwips: number, onGrid: boolean, keepLast: boolean): Table {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const columnWidths = t.widths.map((w) => Math.floor((w / total) * widthTwips));
  const size = Math.round((t.fontPt ?? 14) * 2);
  // A body table keeps the grid (a text line per grid line), as the print page does; an attachment's is compact.
  const spacing = { line: onGrid ? DOCX.linePitch : Math.round((t.fontPt ?? 14) * 20 * 1.35), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const grouped = groupedRows(t);
  const rows = t.rows.map((cells, r) => {
    const head = r < t.headRows;
    return new TableRow({
      tableHeader: head,
      cantSplit: true,
      keepNext: head || grouped.has(r) || (keepLast && r === t.rows.length - 1),
      children: cells.map(
        (c) =>
          new TableCell({
            columnSpan: c.colSpan,
            rowSpan: c.rowSpan,
            verticalAlign: VerticalAlignTable.CENTER,
            borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
            margins: onGrid ? CELL_MARGIN.onGrid : CELL_MARGIN.compact,
            children: c.text.split('\n').map(
              (line) =>
                new Paragraph({
                  ...PLAIN,
                  style: onGrid ? undefined : TABLE_STYLE,
                  spacing,
                  alignment: head ? AlignmentType.CENTER : ALIGN[c.align ?? 'left'],
                  children: [run(line, head ? 'heiti' : 'fangsong', { size, characterSpacing: 0, bold: c.bold })],
                }),
            ),
          }),
      ),
    });
  });
  return new Table({ rows, columnWidths, width: { size: widthTwips, type: WidthType.DXA }, layout: TableLayoutType.FIXED });
}

/**
 * Blocks; `widthTwips` is the 版心's width on the page they go on, `onGrid` for the
 * body's (not an attachment's). `keepLast` keeps the last block with what follows:
 * the body's last lines with 附件说明, 署名 and date (GB/T 9704 §7.3.5).
 */
export function blocksDocx(blocks: Block[], widthTwips: number, onGrid = false, keepLast = false): (Paragraph | Table)[] {
  return blocks.map((b, i) => {
    const last = keepLast && i === blocks.length - 1;
    if (b.kind === 'table') return tableDocx(b.table, widthTwips, onGrid, last);
    if (b.kind === 'paragraph') {
      return gridParagraph(b.runs.map((r) => inlineRun(r, 'fangsong')), { alignment: AlignmentType.BOTH, indent: { firstLine: DOCX.firstLine }, keepNext: last });
    }
    return gridParagraph([run(b.text, HEADING_FONTS[b.level]), ...(b.runOn ?? []).map((r) => inlineRun(r, 'fangsong'))], {
      style: HEADING_STYLES[b.level],
      alignment: AlignmentType.BOTH,
      indent: { firstLine: DOCX.firstLine },
      // A heading stays with what follows, unless its own text runs on (a chain of
      // those would drag whole sections to the next page).
      keepNext: last || !b.runOn?.length,
    });
  });
}
