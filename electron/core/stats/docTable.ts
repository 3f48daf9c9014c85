// A filled statistics table as the generic document table (shared/document.ts):
// the same columns, heads, merged section and label cells and units as the xlsx,
// so that a report can carry the table and the PDF prints it. Spans follow HTML:
// a cell covered by another's span is simply absent.
import type { DocCell, DocTable } from '../../../shared/document';
import type { StatsRowView, StatsTableView } from '../../../shared/stats';
import { sheetColumns, type SheetColumn } from './xlsxLayout';

const head = (text: string, span: { colSpan?: number; rowSpan?: number } = {}): DocCell => ({
  text, align: 'center', bold: true,
  ...(span.colSpan && span.colSpan > 1 ? { colSpan: span.colSpan } : {}),
  ...(span.rowSpan && span.rowSpan > 1 ? { rowSpan: span.rowSpan } : {}),
});

/** One or two head rows, merged as writeHeads merges them in the xlsx. */
function headRows(view: StatsTableView, cols: SheetColumn[]): DocCell[][] {
  // Two head rows when the figures sit under one group head (数量 over the institution classes).
  const two = view.columns.length > 1 && view.layout.headings.value !== '';
  const rowSpan = two ? 2 : 1;
  const top: DocCell[] = [];
  const at = (k: SheetColumn['kind']) => cols.findIndex((c) => c.kind === k);
  // 机构类型 spans the section and label columns; 检查要点 spans the label and sublabel columns.
  const block: [number, number] | null =
    view.layout.headings.label === null ? [0, at('label')] : view.layout.sublabels ? [at('label'), at('sublabel')] : null;
  const values = cols.filter((c) => c.kind === 'value');
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i] as SheetColumn;
    if (block && i === block[0]) {
      top.push(head(c.head, { colSpan: block[1] - block[0] + 1, rowSpan }));
      i = block[1];
    } else if (c.kind === 'value' && two) {
      top.push(head(view.layout.headings.value, { colSpan: values.length }));
      i += values.length - 1;
    } else {
      top.push(head(c.head, { rowSpan }));
    }
  }
  return two ? [top, values.map((c) => head(c.head))] : [top];
}

function figureText(row: StatsRowView, columnId: string | undefined): string {
  return row.cells.find((x) => x.columnId === columnId)?.text ?? '';
}

function bodyRows(view: StatsTableView, cols: SheetColumn[]): DocCell[][] {
  const out: DocCell[][] = [];
  const checklist = view.kind === 'checklist';
  const cell = (text: string, align: DocCell['align'], span: { colSpan?: number; rowSpan?: number } = {}): DocCell => ({
    text, align,
    ...(span.colSpan && span.colSpan > 1 ? { colSpan: span.colSpan } : {}),
    ...(span.rowSpan && span.rowSpan > 1 ? { rowSpan: span.rowSpan } : {}),
  });
  for (const s of view.sections) {
    s.rows.forEach((row, k) => {
      const cells: DocCell[] = [];
      for (const c of cols) {
        const align = checklist && c.kind !== 'section' && c.kind !== 'value' ? 'left' : 'center';
        switch (c.kind) {
          case 'section':
            if (k === 0) cells.push(cell(s.title, 'center', { rowSpan: s.rows.length }));
            break;
          case 'no':
            cells.push(cell(row.no, 'center'));
            break;
          case 'label':
            if (row.labelSpan === 0) break;
            cells.push(cell(row.label, 'left', { rowSpan: row.labelSpan, colSpan: view.layout.sublabels && row.sublabel === null ? 2 : 1 }));
            break;
          case 'sublabel':
            if (row.sublabel !== null) cells.push(cell(row.sublabel, align));
            break;
          case 'value':
            cells.push(cell(figureText(row, c.id), checklist ? 'left' : 'center'));
            break;
          case 'unit':
            cells.push(cell(row.unit ?? '', 'center'));
            break;
          case 'remark':
            cells.push(cell(row.remark, 'left'));
            break;
        }
      }
      out.push(cells);
    });
  }
  return out;
}

/** The table part of a statistics table (no title, header fields or 备注: the report prints those around it). */
export function statsDocTable(view: StatsTableView): DocTable {
  const cols = sheetColumns(view);
  const heads = headRows(view, cols);
  return {
    widths: cols.map((c) => c.width),
    headRows: heads.length,
    rows: [...heads, ...bodyRows(view, cols)],
    ...(cols.length > 7 || view.layout.orientation === 'landscape' ? { fontPt: 9 } : { fontPt: 10.5 }),
  };
}
