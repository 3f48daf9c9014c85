// Positioned runs of a PDF's pages → text lines. Runs on one baseline make a line,
// a wide gap between runs becomes a tab (table cells), and a gap between lines
// wider than usual a blank line (a new paragraph).
//
// A text file with tab-separated table rows, printed by LibreOffice, puts every
// cell at a tab stop of a fixed grid (1.25 cm from the left margin): a row that
// starts with a tab (an empty first cell) is indented, an empty cell makes a
// wider jump, and a row longer than the page wraps, either inside a cell (the
// next line starts at the margin) or at a tab (the next line starts at a stop).
// When the document's wide gaps all land on that grid, tabs are counted by the
// stops they cross and a wrapped row is joined back, so that each row comes out
// as the text file had it, with as many cells as the table's first row.

export interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}
export interface PageRuns {
  runs: Run[];
  /** The page's left and right edges. */
  x0: number;
  x1: number;
}
interface Line {
  y: number;
  size: number;
  runs: Run[];
}
interface Grid {
  left: number;
  right: number;
}

/** LibreOffice's default tab stop distance, 1.25 cm in points. */
const TAB = (1.25 / 2.54) * 72;
const ON_STOP = 0.6;

function group(runs: Run[]): Line[] {
  const lines: Line[] = [];
  for (const r of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - r.y) <= Math.max(l.size, r.size) * 0.4);
    if (line) line.runs.push(r);
    else lines.push({ y: r.y, size: r.size, runs: [r] });
  }
  for (const l of lines) l.runs.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

const runEnd = (r: Run) => r.x + r.width;
const start = (l: Line) => (l.runs[0] as Run).x;
const end = (l: Line) => Math.max(...l.runs.map(runEnd));

/** The number of the tab stop at x, or null when x is not on one. */
function stopAt(g: Grid, x: number): number | null {
  const k = Math.round((x - g.left) / TAB);
  return k >= 1 && Math.abs(g.left + k * TAB - x) <= ON_STOP ? k : null;
}
/** Tab stops after x (strictly, as a tab at a stop moves on to the next). */
const stopsAfter = (g: Grid, x: number) => Math.floor((x - g.left + ON_STOP) / TAB);

/** Whether the document's wide gaps between runs all land on LibreOffice's tab grid. */
function onGrid(pages: { lines: Line[]; grid: Grid }[]): boolean {
  let wide = 0;
  let on = 0;
  for (const { lines, grid } of pages) {
    for (const l of lines) {
      l.runs.forEach((r, i) => {
        const prev = l.runs[i - 1];
        if (!prev || r.x - runEnd(prev) <= r.size) return;
        wide++;
        if (stopAt(grid, r.x) !== null) on++;
      });
    }
  }
  return wide >= 3 && on >= wide * 0.9;
}

const FULL_WIDTH = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/u;

/** pdf.js writes a narrow tab gap inside a run as a space; in a run of full-width
 * characters the position after that space is known, and on a stop it is a tab. */
function splitAtStop(r: Run, g: Grid): Run[] {
  const parts = r.str.split(' ');
  const [a = '', b = ''] = parts;
  if (parts.length !== 2 || ![...a, ...b].every((c) => FULL_WIDTH.test(c))) return [r];
  const x = r.x + r.width - [...b].length * r.size;
  if (stopAt(g, x) === null) return [r];
  return [
    { ...r, str: a, width: [...a].length * r.size },
    { ...r, str: b, x, width: r.x + r.width - x },
  ];
}

function lineText(l: Line, page: Grid | null): string {
  const first = page && stopAt(page, start(l));
  // A narrow gap may be a tab too, but only on a line that is a table row for sure
  // (indented to a stop, or with a wide gap): elsewhere a stop is hit by chance.
  const wide = l.runs.some((r, i) => i > 0 && r.x - runEnd(l.runs[i - 1] as Run) > r.size);
  const grid = page && (first || wide) ? page : null;
  const runs = grid ? l.runs.flatMap((r) => splitAtStop(r, grid)) : l.runs;
  let text = first ? '\t'.repeat(first) : '';
  let last: number | null = null;
  for (const r of runs) {
    const gap = last === null ? 0 : r.x - last;
    const stop = grid && last !== null && gap > 0.5 ? stopAt(grid, r.x) : null;
    if (grid && last !== null && stop !== null) text += '\t'.repeat(Math.max(1, stop - stopsAfter(grid, last)));
    else if (last !== null && gap > r.size) text += '\t';
    else if (last !== null && gap > r.size * 0.25) text += ' ';
    text += r.str;
    last = runEnd(r);
  }
  return text;
}

const tabs = (s: string) => s.split('\t').length - 1;
const isRow = (s: string) => s.replace(/^\t+/, '').includes('\t');

/** A table row that wrapped onto `next`: what joins them, or null when `next` is a line of its own. */
function joint(g: Grid, prev: Line, row: string, width: number, next: Line): string | null {
  const at = start(next);
  if (Math.abs(at - g.left) <= ON_STOP) return tabs(row) < width && end(prev) >= g.right - 2 * prev.size ? '' : null;
  const k = stopAt(g, at);
  if (k === null) return null;
  // The tab that did not fit went to the next line; those that still fit were used up before it.
  const added = Math.max(0, stopsAfter(g, g.right) - stopsAfter(g, end(prev))) + k;
  return tabs(row) + added <= width ? '\t'.repeat(added) : null;
}

function pageText(lines: Line[], grid: Grid | null): string[] {
  const out: string[] = [];
  let previous: Line | null = null;
  // Tabs in the current table's first row; 0 outside a table.
  let width = 0;
  for (const line of lines) {
    const gapBefore = previous !== null && previous.y - line.y > Math.max(previous.size, line.size) * 2.2;
    const text = lineText(line, grid);
    const joined = grid && previous && !gapBefore && width ? joint(grid, previous, out[out.length - 1] as string, width, line) : null;
    if (joined !== null) {
      out[out.length - 1] += joined + text.replace(/^\t+/, '');
    } else {
      if (gapBefore) out.push('');
      if (!isRow(text)) width = 0;
      else if (gapBefore || !width) width = tabs(text);
      out.push(text);
    }
    previous = line;
  }
  return out;
}

export function pdfLines(pages: PageRuns[]): string {
  const laid = pages.map((p) => {
    const lines = group(p.runs);
    const left = Math.min(...lines.map(start));
    // The right margin is taken to be as wide as the left one.
    return { lines, grid: { left, right: p.x1 - (left - p.x0) } };
  });
  const grid = onGrid(laid);
  return laid.map((p) => pageText(p.lines, grid && p.lines.length ? p.grid : null).join('\n')).join('\n\n');
}
