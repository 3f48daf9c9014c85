// Tables drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘) or in ASCII
// (+---+---+, | a | b |, and Markdown's |---|---|), as web pages and plain-text mail
// print them. Rows between two rules are one row whose cells wrapped over lines.
import { concat, slice, trim, type Mapped } from './mapped';

/** A notice line as lines.ts makes it; named here by its shape, as lines.ts imports this file. */
type Line = { m: Mapped; blank: boolean };

const RULE = /^\s*(?:[\u2500-\u257f]{3,}|\+[-=:+ ]*-[-=:+ ]*\+|\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*)\s*$/;
const BAR = /[│┃║|]/;
const ROW = /^\s*[│┃║|].*[│┃║|]\s*$/;

/** A rule under some columns only, the first cell merged down: "│    ├──────┼────┤". */
const PARTIAL_RULE = /^\s*[│┃║](?:\s*[│┃║])*\s*[├┝┠┼][\u2500-\u257f\s]*$/;
export const isRule = (t: string) => (RULE.test(t) || PARTIAL_RULE.test(t)) && !/^\s*[-—–]+\s*$/.test(t);
export const isBoxRow = (t: string) => ROW.test(t) && t.trim().length > 2;
export const isBoxLine = (t: string) => isRule(t) || isBoxRow(t);

/** The cells of one printed line, between its bars. */
function cellsOf(m: Mapped): Mapped[] {
  const bars: number[] = [];
  for (let i = 0; i < m.text.length; i++) if (BAR.test(m.text[i] ?? '')) bars.push(i);
  return bars.slice(0, -1).map((b, k) => trim(slice(m, b + 1, bars[k + 1])));
}

/** Reads the table starting at `start`; returns its rows and the index after it. */
export function readBoxTable(lines: readonly Line[], start: number): { rows: Mapped[][]; next: number } {
  const groups: Mapped[][][] = [[]];
  let rules = 0;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    const t = line.m.text;
    if (line.blank && !isBoxLine(t)) break;
    if (isRule(t)) {
      rules++;
      if ((groups[groups.length - 1] as Mapped[][]).length) groups.push([]);
    } else if (isBoxRow(t)) {
      (groups[groups.length - 1] as Mapped[][]).push(cellsOf(line.m));
    } else {
      break;
    }
  }
  const filled = groups.filter((g) => g.length);
  // Rules between every row: a group of several lines is one row with wrapped cells.
  // Rules only around the header: every line is a row.
  const ruledRows = rules - 2 >= filled.length - 1 && filled.length > 2;
  const rows = ruledRows
    ? filled.map((g) => {
        const width = Math.max(...g.map((l) => l.length));
        return Array.from({ length: width }, (_, k) => trim(concat(g.map((l) => l[k]).filter((c): c is Mapped => !!c && c.text !== ''), '\n')));
      })
    : filled.flat();
  return { rows, next: i };
}
