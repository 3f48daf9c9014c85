// The hidden sheet (_zicha) a workbook carries back: which round and campaign it
// came from, and per item its row, answer kind, and the state at export time.
// Everything is written as text so no spreadsheet reformats it (LibreOffice turns
// 'veryHidden' into 'hidden' on saving; we find the sheet by name either way).
import type ExcelJS from 'exceljs';
import type { AnswerValueKind } from '../../../../shared/inspection';
import type { WorkbookError } from '../../../../shared/workbook';
import { cellString } from './cells';
import { HIDDEN_SHEET, FORMAT, FORMAT_VERSION, type Column, type ColumnKey } from './layout';

export interface HiddenItem {
  elementId: string;
  row: number;
  kind: AnswerValueKind;
  /** The answer's revision when exported (0: no answer yet). */
  revision: number;
  textSha256: string;
  /** Of the canonical answer and the note as exported: tells what the department changed. */
  valueSha256: string;
  noteSha256: string;
}

export interface HiddenMeta {
  roundId: number;
  campaignId: string;
  campaignRevision: number;
  departmentId: number | null;
  department: string;
  exportedAt: string;
  sheet: string;
  headerRow: number;
  columns: Pick<Column, 'key' | 'letter' | 'header'>[];
  items: (HiddenItem & { metaRow: number })[];
  /** The row of each key (roundId, campaignId …), for errors that point at it. */
  keyRows: Record<string, number>;
}

const ITEM_FIELDS = ['elementId', 'row', 'kind', 'revision', 'textSha256', 'valueSha256', 'noteSha256'] as const;

export function writeHidden(wb: ExcelJS.Workbook, meta: Omit<HiddenMeta, 'items' | 'keyRows'> & { items: HiddenItem[] }): void {
  const ws = wb.addWorksheet(HIDDEN_SHEET);
  ws.state = 'veryHidden';
  const pairs: [string, string][] = [
    ['format', FORMAT],
    ['version', String(FORMAT_VERSION)],
    ['roundId', String(meta.roundId)],
    ['campaignId', meta.campaignId],
    ['campaignRevision', String(meta.campaignRevision)],
    ['departmentId', meta.departmentId === null ? 'none' : String(meta.departmentId)],
    ['department', meta.department],
    ['exportedAt', meta.exportedAt],
    ['sheet', meta.sheet],
    ['headerRow', String(meta.headerRow)],
    ['columns', JSON.stringify(meta.columns)],
  ];
  for (const pair of pairs) ws.addRow(pair);
  ws.addRow([]);
  ws.addRow(['items', ...ITEM_FIELDS]);
  for (const item of meta.items) ws.addRow(['item', ...ITEM_FIELDS.map((f) => String(item[f]))]);
}

/** Text of a hidden-sheet cell: LibreOffice saves mixed Chinese and Latin text as rich text runs. */
const text = cellString;

const KINDS: readonly string[] = ['yesno', 'sampled', 'amount', 'count', 'persons', 'text', 'date', 'docNumber', 'percent', 'progress'];

/** Reads the hidden sheet, or says why this is not one of our workbooks. */
export function readHidden(wb: ExcelJS.Workbook, file: string): HiddenMeta | WorkbookError {
  const fail = (message: string, row: number | null = null, column: string | null = null): WorkbookError => ({
    file, sheet: row === null ? null : HIDDEN_SHEET, row, column, message,
  });
  const ws = wb.getWorksheet(HIDDEN_SHEET);
  if (!ws) return fail('不是自查通导出的科室自查表（缺少隐藏的 _zicha 工作表）；请使用自查通导出的自查表填写');
  const values = new Map<string, { value: string; row: number }>();
  const items: HiddenMeta['items'] = [];
  let bad: WorkbookError | null = null;
  ws.eachRow((row, r) => {
    const key = text(row.getCell(1));
    if (key === 'item') {
      const [elementId, rowText, kind, revision, textSha256, valueSha256, noteSha256] = ITEM_FIELDS.map((_, i) => text(row.getCell(i + 2)));
      const at = Number(rowText);
      const rev = Number(revision);
      if (!elementId || !Number.isInteger(at) || at < 1 || !KINDS.includes(kind ?? '') || !Number.isInteger(rev) || !textSha256) {
        bad ??= fail('隐藏的 _zicha 工作表内容已损坏；请重新导出科室自查表', r, 'A');
        return;
      }
      items.push({
        elementId, row: at, kind: kind as AnswerValueKind, revision: rev,
        textSha256: textSha256 ?? '', valueSha256: valueSha256 ?? '', noteSha256: noteSha256 ?? '', metaRow: r,
      });
    } else if (key) values.set(key, { value: text(row.getCell(2)), row: r });
  });
  if (values.get('format')?.value !== FORMAT) return fail('不是自查通导出的科室自查表（_zicha 工作表没有自查通的格式标记）');
  const version = Number(values.get('version')?.value);
  if (version !== FORMAT_VERSION) {
    return fail(`自查表格式版本 ${values.get('version')?.value ?? '?'} 不受支持（本程序为 ${FORMAT_VERSION}）；请用当前版本的自查通重新导出`, values.get('version')?.row ?? null, 'B');
  }
  if (bad) return bad;
  const num = (k: string) => Number(values.get(k)?.value ?? NaN);
  const dept = values.get('departmentId')?.value ?? 'none';
  let columns: HiddenMeta['columns'];
  try {
    columns = (JSON.parse(values.get('columns')?.value ?? '[]') as { key: ColumnKey; letter: string; header: string }[]).map((c) => ({
      key: String(c.key) as ColumnKey, letter: String(c.letter), header: String(c.header),
    }));
  } catch {
    return fail('隐藏的 _zicha 工作表内容已损坏（列说明无法读取）；请重新导出科室自查表', values.get('columns')?.row ?? null, 'B');
  }
  const meta: HiddenMeta = {
    roundId: num('roundId'),
    campaignId: values.get('campaignId')?.value ?? '',
    campaignRevision: num('campaignRevision'),
    departmentId: dept === 'none' ? null : Number(dept),
    department: values.get('department')?.value ?? '',
    exportedAt: values.get('exportedAt')?.value ?? '',
    sheet: values.get('sheet')?.value ?? '',
    headerRow: num('headerRow'),
    columns,
    items,
    keyRows: Object.fromEntries([...values].map(([k, v]) => [k, v.row])),
  };
  if (!Number.isInteger(meta.roundId) || !meta.campaignId || !meta.sheet || !Number.isInteger(meta.headerRow) || columns.length === 0) {
    return fail('隐藏的 _zicha 工作表内容已损坏；请重新导出科室自查表');
  }
  return meta;
}
