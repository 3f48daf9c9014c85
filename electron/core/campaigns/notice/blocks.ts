// Lines → blocks: tables (one cell per line as Word exports them, one row per line
// separated by tabs, or drawn with box-drawing characters) and paragraphs (lines joined where a page end or a
// line wrap broke a sentence).
import { isBoxLine, readBoxTable } from './boxTable';
import type { Line } from './lines';
import { collapseSpaces, concat, slice, trim, type Mapped } from './mapped';

export type Cell = Mapped;
export interface Table {
  kind: 'table';
  rows: Cell[][];
  /** Index of the block in the document, for ordering. */
  line: number;
}
export interface Paragraph {
  kind: 'paragraph';
  m: Mapped;
  /** The lines as they were, for header parsing (issuers separated by spaces). */
  raw: Mapped[];
  line: number;
}
export type Block = Table | Paragraph;

const MARKER = /^\s*(?:[一二三四五六七八九十]+[、.．]|[⑴-⒇㈠-㈩]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳]|附件|附表|[一二三四五六七八九十]+是)/;
const SENTENCE_END = /[。！？；：:]$/;
const TITLE_END = /(通知|方案|要点|表[一二三四五六七八九十\d]?|意见|办法|决定|函|名单|清单)$/;
const DATE_LINE = /^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年.{1,6}日\s*$/;
const DOC_NUMBER_LINE = /^\s*\S{1,16}\s*[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号\s*$/;

const isCellLine = (l: Line) => !l.blank && l.m.text.startsWith('\t') && l.m.text.indexOf('\t', 1) < 0;
const isRowLine = (l: Line) => !l.blank && l.m.text.replace(/^\t/, '').includes('\t');
const cellText = (m: Mapped) => trim(m);

export function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.blank) {
      i++;
    } else if (isBoxLine(line.m.text)) {
      const { rows, next } = readBoxTable(lines, i);
      if (rows.length) blocks.push({ kind: 'table', rows, line: i });
      i = Math.max(next, i + 1);
    } else if (isCellLine(line)) {
      i = readCellTable(lines, i, blocks);
    } else if (isRowLine(line)) {
      i = readRowTable(lines, i, blocks);
    } else {
      i = readParagraph(lines, i, blocks);
    }
  }
  return blocks;
}

/** Word's table as text: each cell on a line of its own after a tab, rows apart by blank lines. */
function readCellTable(lines: Line[], start: number, blocks: Block[]): number {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  // The header's width decides where a row ends; the widest row whether a line after a blank still belongs to it.
  let width = 0;
  let widest = 0;
  let sawBlank = false;
  let lastWasCell = true;
  let i = start;
  const close = () => {
    if (row.length) rows.push(row);
    if (rows.length === 1) width = row.length;
    widest = Math.max(widest, row.length);
    row = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.blank) {
      sawBlank = true;
      continue;
    }
    if (isCellLine(line)) {
      // A blank line ends the row once it is as wide as the header; after a cell that
      // wrapped over blank lines, only once it is as wide as the widest row.
      if (sawBlank && (row.length >= Math.max(widest, 1) || (lastWasCell && row.length >= width))) close();
      row.push(slice(line.m, 1));
      lastWasCell = true;
    } else {
      const last = row[row.length - 1];
      const ended = /^\s*附件|^\s*附表/.test(line.m.text) || isRowLine(line);
      if (ended || !last || (sawBlank && row.length >= Math.max(widest, 1))) break;
      // A cell that wrapped onto lines of its own.
      row[row.length - 1] = concat([last, line.m], '\n');
      lastWasCell = false;
    }
    sawBlank = false;
  }
  close();
  blocks.push({ kind: 'table', rows: rows.map((r) => r.map(cellText)), line: start });
  return i;
}

function readRowTable(lines: Line[], start: number, blocks: Block[]): number {
  const rows: Cell[][] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.blank) continue;
    if (!isRowLine(line)) break;
    const cells: Cell[] = [];
    let from = 0;
    const t = line.m.text;
    for (let k = 0; k <= t.length; k++) {
      if (k === t.length || t[k] === '\t') {
        cells.push(cellText(slice(line.m, from, k)));
        from = k + 1;
      }
    }
    rows.push(cells);
  }
  blocks.push({ kind: 'table', rows, line: start });
  return i;
}

const visibleLength = (s: string) => s.replace(/\s/g, '').length;

/** Whether the sentence of `prev` runs on into `next` (a wrapped line or a page break). */
function continues(prev: string, next: string, acrossBlank: boolean): boolean {
  const p = prev.trim();
  if (MARKER.test(next) || DATE_LINE.test(next) || DOC_NUMBER_LINE.test(next)) return false;
  if (SENTENCE_END.test(p) || TITLE_END.test(p) || DATE_LINE.test(p) || DOC_NUMBER_LINE.test(p)) return false;
  if (/[，、（(]$/.test(p)) return true;
  // A heading line (一、整治时间) stands alone.
  if (MARKER.test(p) && visibleLength(p) < 40 && !/[。]/.test(p)) return false;
  return visibleLength(p) >= (acrossBlank ? 25 : 20);
}

function readParagraph(lines: Line[], start: number, blocks: Block[]): number {
  const raw: Mapped[] = [(lines[start] as Line).m];
  let i = start + 1;
  for (;;) {
    let j = i;
    while (j < lines.length && (lines[j] as Line).blank) j++;
    const next = lines[j];
    if (!next || isCellLine(next) || isRowLine(next) || isBoxLine(next.m.text)) break;
    const prev = raw[raw.length - 1] as Mapped;
    if (!continues(prev.text, next.m.text, j > i)) break;
    raw.push(next.m);
    i = j + 1;
  }
  const m = collapseSpaces(concat(raw.map(trim)));
  blocks.push({ kind: 'paragraph', m, raw, line: start });
  return i;
}
