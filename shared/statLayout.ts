// Where the label cells of a statistics table merge: consecutive rows of a section
// with the same label and a sublabel share one label cell, as in the notice.
import type { TableRow } from './campaign';

export interface RowLayout {
  row: TableRow;
  /** Rows the label cell spans; 0 when an earlier row's label cell covers this one. */
  labelSpan: number;
}

export function layoutRows(rows: TableRow[]): RowLayout[] {
  const out: RowLayout[] = [];
  let i = 0;
  while (i < rows.length) {
    const first = rows[i] as TableRow;
    let j = i + 1;
    if (first.sublabel !== null) {
      while (j < rows.length && (rows[j] as TableRow).label === first.label && (rows[j] as TableRow).sublabel !== null) j++;
    }
    out.push({ row: first, labelSpan: j - i });
    for (let k = i + 1; k < j; k++) out.push({ row: rows[k] as TableRow, labelSpan: 0 });
    i = j;
  }
  return out;
}

/** A header field as printed: "统计月份：____", "____市", "2020年 __ 月- __ 月". */
export function headerFieldParts(field: string): { text: string; blank: boolean }[] {
  if (/\s/.test(field.trim())) {
    return field
      .trim()
      .split(/(\s+)/)
      .filter((p) => p.length > 0)
      .map((p) => (/^\s+$/.test(p) ? { text: '', blank: true } : { text: p, blank: false }));
  }
  if ([...field].length === 1) return [{ text: '', blank: true }, { text: field, blank: false }];
  return [{ text: `${field}：`, blank: false }, { text: '', blank: true }];
}
