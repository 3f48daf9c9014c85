// Attached tables across pages, the same in both writers: a group of rows under a
// merged label cell stays on one page, and a group too tall for any page is cut
// where a page ends, its label written again at the top of the next (neither Word,
// LibreOffice nor Chromium repeats a merged cell's text). Where a page ends is
// estimated here from the table's own measures, on the tall side, so each piece
// fits its page in every renderer and the break falls between the pieces.
import { inlineText, type Block, type DocCell, type DocTable } from '../../../shared/document';
import { CHARS_PER_LINE, CSS, PT, TEXT_MM, TITLE_CHARS, textWidthChars } from './layout';
import { titleLines } from './titleLines';

const MM_PER_PT = 25.4 / 72;
/** The print page's cell padding and rule, in mm (html.ts, docxBlocks.ts). */
const PAD_Y = 1.6;
const PAD_X = 2.4;
const RULE = 0.2;
/** Estimates err tall by this much, so a piece never overruns its page. */
const SAFETY = 1.1;
/** Line height of table text, as a multiple of its size (html.ts's 1.35, docx's exact line). */
export const TABLE_LINE = 1.35;

interface Placed {
  cell: DocCell;
  row: number;
  col: number;
}

/** Each cell with its grid row and column (spanned-over positions are absent from `rows`). */
function placeCells(t: DocTable): Placed[] {
  const taken = new Set<string>();
  const out: Placed[] = [];
  t.rows.forEach((cells, r) => {
    let col = 0;
    for (const cell of cells) {
      while (taken.has(`${r}:${col}`)) col++;
      out.push({ cell, row: r, col });
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) taken.add(`${r + dr}:${col + dc}`);
      col += cell.colSpan ?? 1;
    }
  });
  return out;
}

function rowHeights(t: DocTable, widthMm: number, placed: Placed[]): number[] {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const fontPt = t.fontPt ?? PT.size4;
  const charMm = fontPt * MM_PER_PT;
  const lineMm = fontPt * TABLE_LINE * MM_PER_PT;
  const heights = t.rows.map(() => PAD_Y + RULE + lineMm);
  for (const p of placed) {
    if ((p.cell.rowSpan ?? 1) > 1) continue;
    const w = t.widths.slice(p.col, p.col + (p.cell.colSpan ?? 1)).reduce((a, b) => a + b, 0);
    const perLine = Math.max(1, Math.floor(((w / total) * widthMm - PAD_X) / charMm) - 1);
    const lines = p.cell.text.split('\n').reduce((n, piece) => n + Math.max(1, Math.ceil(textWidthChars(piece) / perLine)), 0);
    heights[p.row] = Math.max(heights[p.row] ?? 0, PAD_Y + RULE + lines * lineMm);
  }
  return heights.map((h) => h * SAFETY);
}

/** Row ranges [start, end) that merged cells tie together, in order. */
export function rowGroups(t: DocTable): [number, number][] {
  const end = t.rows.map((_, r) => r + 1);
  for (const p of placeCells(t)) end[p.row] = Math.max(end[p.row] ?? 0, p.row + (p.cell.rowSpan ?? 1));
  const groups: [number, number][] = [];
  for (let r = t.headRows; r < t.rows.length; ) {
    let e = end[r] ?? r + 1;
    for (let i = r; i < e; i++) e = Math.max(e, end[i] ?? 0);
    groups.push([r, e]);
    r = e;
  }
  return groups;
}

/** Cuts every merged cell that spans row `at`, repeating its text in row `at`. */
function cutAt(t: DocTable, at: number): DocTable {
  const rows = t.rows.map((cells) => [...cells]);
  const placed = placeCells(t);
  const crossing = placed.filter((p) => p.row < at && p.row + (p.cell.rowSpan ?? 1) > at).sort((a, b) => a.col - b.col);
  for (const p of crossing) {
    const r = rows[p.row]!;
    const i = r.indexOf(p.cell);
    r[i] = { ...p.cell, rowSpan: at - p.row };
    const rest = p.row + (p.cell.rowSpan ?? 1) - at;
    const copy: DocCell = { ...p.cell, rowSpan: rest > 1 ? rest : undefined };
    // Into row `at` before the first cell to its right.
    const target = rows[at]!;
    const before = placed.filter((q) => q.row === at && q.col < p.col).length + crossing.filter((q) => q !== p && q.col < p.col).length;
    target.splice(Math.min(before, target.length), 0, copy);
  }
  return { ...t, rows };
}

/**
 * The table cut for its pages. `firstMm` is the room left on the page it starts on,
 * `pageMm` a whole page's; `widthMm` the 版心's width there.
 */
export function paginateTable(t: DocTable, widthMm: number, firstMm: number, pageMm: number): { table: DocTable; endMm: number } {
  const heights = rowHeights(t, widthMm, placeCells(t));
  const head = heights.slice(0, t.headRows).reduce((a, b) => a + b, 0);
  const cuts: number[] = [];
  let room = firstMm - head;
  const newPage = () => {
    room = pageMm - head;
  };
  for (const [start, end] of rowGroups(t)) {
    const tall = heights.slice(start, end).reduce((a, b) => a + b, 0);
    if (tall <= room) {
      room -= tall;
      continue;
    }
    if (tall <= pageMm - head) {
      newPage();
      room -= tall;
      continue;
    }
    // Taller than a page: fill this one, then each next, cutting where each ends.
    for (let r = start; r < end; r++) {
      const h = heights[r] ?? 0;
      if (h > room) {
        if (r > start) cuts.push(r);
        newPage();
      }
      room -= h;
    }
  }
  let table = t;
  for (const at of cuts) table = cutAt(table, at);
  return { table, endMm: pageMm - room };
}

/** Grid lines a paragraph takes: its width with the two-character indent, over the line's characters. */
function paragraphLines(text: string, chars: number): number {
  return Math.max(1, Math.ceil((textWidthChars(text) + 2) / chars));
}

/**
 * An attachment's blocks with its tables cut for their pages: the page starts with
 * "附件", a blank line, the title and a blank line, then the blocks in order.
 */
export function paginateAttachment(title: string, blocks: Block[], landscape: boolean): Block[] {
  const pageMm = landscape ? TEXT_MM.width : TEXT_MM.height;
  const widthMm = landscape ? TEXT_MM.height : TEXT_MM.width;
  const chars = landscape ? Math.floor(TEXT_MM.height / CSS.charMm) : CHARS_PER_LINE;
  let y = (3 + titleLines(title, landscape ? TITLE_CHARS.landscape : TITLE_CHARS.portrait).length) * CSS.lineMm;
  return blocks.map((b) => {
    if (b.kind !== 'table') {
      const text = b.kind === 'heading' ? b.text + (b.runOn ?? []).map(inlineText).join('') : b.runs.map(inlineText).join('');
      y += paragraphLines(text, chars) * CSS.lineMm;
      while (y > pageMm) y -= pageMm;
      return b;
    }
    const { table, endMm } = paginateTable(b.table, widthMm, pageMm - y, pageMm);
    y = endMm;
    return { ...b, table };
  });
}
