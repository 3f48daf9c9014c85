// Rows as a PDF or a web page breaks them, put back together before a table is read:
// a header row glued to the first row ("序号 自查项目 单位 数量1 自查科室数 个"), and a
// row whose label wrapped onto the next line ("2 自查发现问题数(含已整改和正在" /
// "整改的问题) 个"). Only where the row lengths say so: every other row keeps its cells.
import type { Table } from './blocks';
import { concat, slice, trim, type Mapped } from './mapped';

const NUMBER = /^\d{1,3}$/;
const text = (m: Mapped | undefined) => (m?.text ?? '').trim();

function modeLength(rows: Mapped[][]): number {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

export function repairTable(t: Table): Table {
  if (t.rows.length < 3) return t;
  let rows = t.rows.map((r) => [...r]);
  const width = modeLength(rows.slice(1));
  const head = rows[0] as Mapped[];
  // The header's last cell ends in the first row's number: "数量1".
  const last = head[width - 1];
  const glued = last ? /^(.*?\D)(\d{1,3})$/.exec(text(last)) : null;
  if (width >= 2 && head.length > width && last && glued) {
    const cut = last.text.lastIndexOf(glued[2] ?? '');
    const first = [trim(slice(last, cut)), ...head.slice(width)];
    rows = [[...head.slice(0, width - 1), trim(slice(last, 0, cut))], first, ...rows.slice(1)];
  }
  // A numbered row short of cells, then a row that carries on its label: one row.
  const out: Mapped[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Mapped[];
    const next = rows[i + 1];
    if (next && r.length < width && NUMBER.test(text(r[0])) && !NUMBER.test(text(next[0])) && r.length + next.length - 1 === width) {
      out.push([...r.slice(0, -1), concat([r[r.length - 1] as Mapped, next[0] as Mapped]), ...next.slice(1)]);
      i++;
    } else out.push(r);
  }
  return { ...t, rows: out };
}
