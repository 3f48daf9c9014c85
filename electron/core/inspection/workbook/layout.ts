// The shape of a department workbook (科室自查表), shared by export and import so
// both sides agree on every column, label and hash.
import { createHash } from 'node:crypto';
import type { AnswerValue, Question, RoundElementView } from '../../../../shared/inspection';

export const FORMAT = 'zicha-workbook';
export const FORMAT_VERSION = 1;
export const SHEET = '自查表';
export const HIDDEN_SHEET = '_zicha';
export const TITLE_ROW = 1;
export const INFO_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_ITEM_ROW = 4;
export const UNASSIGNED = '未分配';

/** What each answer column holds; `role:<name>` is one column per persons role. */
export type ColumnKey =
  | 'no' | 'text' | 'how' | 'yesno' | 'sampled' | 'violating' | 'amount' | 'count'
  | `role:${string}` | 'textAnswer' | 'date' | 'docNumber' | 'percent' | 'status' | 'done' | 'note';

export interface Column {
  key: ColumnKey;
  header: string;
  /** In Excel character units; a Chinese character takes about two. */
  width: number;
  letter: string;
  /** Long text: wrapped, left-aligned. */
  wrap: boolean;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Roles of every persons item in the round, in first-seen order: all workbooks of a round share one layout. */
export function rolesOf(elements: readonly RoundElementView[]): string[] {
  const roles = new Set<string>();
  for (const e of elements) if (e.question.kind === 'persons') for (const r of e.question.roles) roles.add(r);
  return [...roles];
}

/** The date, 文号 and % columns, only in a round that asks for them: most rounds never do. */
const FORM_BLANKS = [
  ['date', '日期', 13],
  ['docNumber', '文号', 18],
  ['percent', '百分比（%）', 11],
] as const;

export function formBlanksOf(elements: readonly RoundElementView[]): ColumnKey[] {
  const kinds = new Set<string>(elements.map((e) => e.question.kind));
  return FORM_BLANKS.map(([key]) => key).filter((key) => kinds.has(key));
}

export function buildLayout(roles: readonly string[], formBlanks: readonly ColumnKey[] = []): Column[] {
  const spec: [ColumnKey, string, number, boolean][] = [
    ['no', '序号', 7, false],
    ['text', '检查内容', 44, true],
    ['how', '填报方式', 16, true],
    ['yesno', '有/无', 8, false],
    ['sampled', '抽查人数', 10, false],
    ['violating', '违法违规人数', 13, false],
    ['amount', '金额（万元）', 13, false],
    ['count', '数量', 9, false],
    ...roles.map((r): [ColumnKey, string, number, boolean] => [`role:${r}`, `${r}人数`, 10, false]),
    ...FORM_BLANKS.filter(([key]) => formBlanks.includes(key)).map(([key, header, width]): [ColumnKey, string, number, boolean] => [key, header, width, false]),
    ['textAnswer', '文字说明', 26, true],
    ['status', '推进状态', 11, false],
    ['done', '完成情况', 26, true],
    ['note', '备注', 22, true],
  ];
  return spec.map(([key, header, width, wrap], i) => ({ key, header, width, wrap, letter: columnLetter(i) }));
}

/** The answer columns an element of this question is filled in. */
export function inputKeys(question: Question): ColumnKey[] {
  switch (question.kind) {
    case 'yesno':
      return ['yesno'];
    case 'sampled':
      return ['sampled', 'violating'];
    case 'amount':
      return ['amount'];
    case 'count':
      return ['count'];
    case 'persons':
      return question.roles.map((r): ColumnKey => `role:${r}`);
    case 'text':
      return ['textAnswer'];
    case 'date':
    case 'docNumber':
    case 'percent':
      return [question.kind];
    case 'progress':
      return ['status', 'done'];
  }
}

/** Every column that holds an answer of some kind (not 序号, 检查内容, 填报方式, 备注). */
export function isAnswerColumn(key: ColumnKey): boolean {
  return !['no', 'text', 'how', 'note'].includes(key);
}

export function howToAnswer(question: Question): string {
  switch (question.kind) {
    case 'yesno':
      return '选“有”或“无”';
    case 'sampled':
      return `填抽查人数和违法违规人数（${question.unit}）`;
    case 'amount':
      return '填金额（万元，最多 4 位小数）';
    case 'count':
      return `填数量（${question.unit}）`;
    case 'persons':
      return `按${question.roles.join('、')}分别填人数（${question.unit}）`;
    case 'text':
      return '填文字说明';
    case 'date':
      return '填日期（如 2024-03-05）';
    case 'docNumber':
      return '填文号（如 〔2024〕12号）';
    case 'percent':
      return '填百分比（0–100，最多 2 位小数）';
    case 'progress':
      return '选推进状态，填完成情况';
  }
}

/** The 检查内容 cell: the element's text and, on a new line, its note. */
export function itemCellText(e: Pick<RoundElementView, 'text' | 'note'>): string {
  return e.note ? `${e.text}\n（${e.note}）` : e.text;
}

/** Line ends and surrounding blanks as any spreadsheet may rewrite them. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export function textHash(text: string): string {
  return sha256(normalizeText(text));
}

/** JSON with sorted keys, so two equal answers always compare equal as text. */
export function canonical(value: AnswerValue | null): string {
  const sort = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, sort(x)]))
      : v;
  return JSON.stringify(sort(value));
}

/** A file name Windows accepts: no <>:"/\|?* or control characters, no trailing dot or blank. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').trim();
  return cleaned.slice(0, 150) || '自查表';
}
