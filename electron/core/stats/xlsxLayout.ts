// Where each part of a statistics table goes on the sheet: the columns the notice
// prints (重点检查内容 | 序号 | 检查要点 | … | 数量 | 单位), their widths, and the head rows.
import type { StatsTableView } from '../../../shared/stats';

export type ColumnKind = 'section' | 'no' | 'label' | 'sublabel' | 'value' | 'unit' | 'remark';

export interface SheetColumn {
  kind: ColumnKind;
  /** The figure column's id, for 'value'. */
  id?: string;
  head: string;
  width: number;
}

export function sheetColumns(view: StatsTableView): SheetColumn[] {
  const l = view.layout;
  const many = view.columns.length > 1;
  const cols: SheetColumn[] = [{ kind: 'section', head: l.headings.section, width: view.kind === 'checklist' ? 12 : 14 }];
  if (l.numbered) cols.push({ kind: 'no', head: '序号', width: 6 });
  cols.push({ kind: 'label', head: l.headings.label ?? l.headings.section, width: view.kind === 'checklist' ? 40 : many ? 36 : l.sublabels ? 37 : 40 });
  if (l.sublabels) cols.push({ kind: 'sublabel', head: l.headings.label ?? '', width: 20 });
  for (const c of view.columns) {
    cols.push({ kind: 'value', id: c.id, head: many || view.kind === 'checklist' || !l.headings.value ? c.label : l.headings.value, width: view.kind === 'checklist' ? 26 : many ? 14 : 10 });
  }
  if (l.unitColumn) cols.push({ kind: 'unit', head: '单位', width: 7 });
  if (view.kind === 'checklist') cols.push({ kind: 'remark', head: '备注', width: 16 });
  return cols;
}

/** Lines of wrapped text a cell needs, counting a CJK character as two widths. */
export function linesFor(text: string, width: number): number {
  let n = 0;
  for (const para of text.split('\n')) {
    const w = [...para].reduce((s, ch) => s + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
    n += Math.max(1, Math.ceil(w / Math.max(1, width - 1)));
  }
  return n;
}

/** Rows do not grow by themselves in every program: the height the tallest wrapped cell needs. */
export function heightFor(texts: { text: string; width: number }[], lineHeight = 14.5): number {
  const lines = Math.max(1, ...texts.map((t) => linesFor(t.text, t.width)));
  return Math.min(409, Math.max(20, lines * lineHeight + 6));
}
