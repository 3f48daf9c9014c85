// Reading one filled-in row back into an answer, the way Excel, WPS and
// LibreOffice save cells: numbers as numbers or as text, rich text, blanks as
// nothing. Formula cells are refused outright (not their cached result): a
// department's =SUM(...) should be typed as the number it means, and a cached
// value can be stale or absent depending on the program that saved it.
import type ExcelJS from 'exceljs';
import { parseTypedDate } from '../../../../shared/dates';
import { PROGRESS_STATUSES, isPercentPrecision, type AnswerValue, type Question } from '../../../../shared/inspection';
import { parseWan } from '../../../../shared/money';
import { MAX_NOTE_CHARS, checkAnswer } from '../answers';
import { inputKeys, isAnswerColumn, normalizeText, type ColumnKey } from './layout';

type Raw = { t: 'blank' } | { t: 'text'; text: string } | { t: 'number'; n: number } | { t: 'bad'; message: string };

const FORMULA = '单元格含公式；自查表只接受直接填写的数值或文字，请把公式改为它的结果';

function rawOf(value: ExcelJS.CellValue): Raw {
  if (value === null || value === undefined) return { t: 'blank' };
  if (typeof value === 'number') return { t: 'number', n: value };
  if (typeof value === 'string') return normalizeText(value) ? { t: 'text', text: normalizeText(value) } : { t: 'blank' };
  if (typeof value === 'boolean') return { t: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { t: 'text', text: value.toISOString().slice(0, 10) };
  if ('formula' in value || 'sharedFormula' in value) return { t: 'bad', message: FORMULA };
  if ('error' in value) return { t: 'bad', message: `单元格是错误值 ${String(value.error)}，请改为直接填写` };
  if ('richText' in value) return rawOf(value.richText.map((p) => p.text).join(''));
  if ('text' in value) return rawOf(value.text);
  return { t: 'bad', message: '无法识别此单元格的内容' };
}

/** 12.3 typed in Excel may be stored as 12.300000000000001: read it as people typed it. */
function plain(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** Text a number was typed as, with full-width digits (Chinese input methods) made ASCII. */
function numericText(text: string): string | null {
  const t = text.replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, '');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? t : null;
}

type Read<T> = { ok: true; value: T | null } | { ok: false; message: string };

function numberOf(raw: Raw): Read<number> {
  if (raw.t === 'blank') return { ok: true, value: null };
  if (raw.t === 'bad') return { ok: false, message: raw.message };
  if (raw.t === 'number') return { ok: true, value: raw.n };
  const t = numericText(raw.text);
  return t === null ? { ok: false, message: `应填写数字，不能填写文字“${raw.text.slice(0, 20)}”` } : { ok: true, value: Number(t) };
}

function wholeOf(raw: Raw): Read<number> {
  const r = numberOf(raw);
  if (!r.ok || r.value === null) return r;
  if (r.value < 0) return { ok: false, message: '不能为负数' };
  if (!Number.isInteger(r.value)) return { ok: false, message: `应为整数，不能有小数（填的是 ${plain(r.value)}）` };
  return r;
}

function fenOf(raw: Raw): Read<number> {
  const r = numberOf(raw);
  if (!r.ok || r.value === null) return r;
  if (r.value < 0) return { ok: false, message: '金额不能为负数' };
  const fen = parseWan(plain(r.value).replace(/^\+/, ''));
  if (fen === null) return { ok: false, message: `金额应为万元数，最多 4 位小数（填的是 ${plain(r.value)}）` };
  return { ok: true, value: fen };
}

function percentOf(raw: Raw): Read<number> {
  const r = numberOf(raw);
  if (!r.ok || r.value === null) return r;
  const n = Number(plain(r.value));
  if (n < 0 || n > 100 || !isPercentPrecision(n)) return { ok: false, message: `百分比应为 0 到 100 之间的数，最多 2 位小数（填的是 ${plain(r.value)}）` };
  return { ok: true, value: n };
}

function dateOf(raw: Raw): Read<string> {
  if (raw.t === 'blank') return { ok: true, value: null };
  if (raw.t === 'bad') return { ok: false, message: raw.message };
  const iso = raw.t === 'text' ? parseTypedDate(raw.text) : null;
  return iso ? { ok: true, value: iso } : { ok: false, message: `无法识别的日期“${(raw.t === 'text' ? raw.text : plain(raw.n)).slice(0, 20)}”，请按 2024-03-05 或 2024年3月5日 填写` };
}

function choiceOf<T extends string>(raw: Raw, options: readonly T[]): Read<T> {
  if (raw.t === 'blank') return { ok: true, value: null };
  if (raw.t === 'bad') return { ok: false, message: raw.message };
  const text = raw.t === 'number' ? plain(raw.n) : raw.text;
  const hit = options.find((o) => o === text);
  return hit ? { ok: true, value: hit } : { ok: false, message: `只能选择${options.map((o) => `“${o}”`).join('、')}，不能填写“${text.slice(0, 20)}”` };
}

function textOf(raw: Raw): Read<string> {
  if (raw.t === 'blank') return { ok: true, value: null };
  if (raw.t === 'bad') return { ok: false, message: raw.message };
  return { ok: true, value: raw.t === 'number' ? plain(raw.n) : raw.text };
}

export interface RowRead {
  /** null: the department left every answer cell blank. */
  value: AnswerValue | null;
  /** '' when blank. */
  note: string;
  errors: { key: ColumnKey; message: string }[];
}

/** Which cell a message of checkAnswer is about, from its path ("violating：…"). */
function keyOfPath(path: string, question: Question): ColumnKey {
  const known: Record<string, ColumnKey> = {
    value: 'yesno', sampled: 'sampled', violating: 'violating', fen: 'amount', count: 'count', text: 'textAnswer',
    date: 'date', number: 'docNumber', percent: 'percent', status: 'status', done: 'done',
  };
  if (path.startsWith('byRole.')) return `role:${path.slice(7)}`;
  return known[path] ?? inputKeys(question)[0] ?? 'note';
}

/** Reads a row by column key; `cellOf` gives the cell of a column in this row. */
export function readRow(question: Question, cellOf: (key: ColumnKey) => ExcelJS.Cell | null, answerKeys: readonly ColumnKey[]): RowRead {
  const errors: RowRead['errors'] = [];
  const read = <T>(key: ColumnKey, fn: (raw: Raw) => Read<T>): T | null => {
    const cell = cellOf(key);
    if (!cell) {
      errors.push({ key, message: '自查表缺少此列，请重新导出' });
      return null;
    }
    const r = fn(rawOf(cell.value));
    if (!r.ok) errors.push({ key, message: r.message });
    return r.ok ? r.value : null;
  };
  const asked = inputKeys(question);
  // A value typed into a cell this item does not use (e.g. after unprotecting the sheet) is a mistake, not noise.
  for (const key of answerKeys) {
    if (!isAnswerColumn(key) || asked.includes(key)) continue;
    const cell = cellOf(key);
    if (cell && rawOf(cell.value).t !== 'blank') errors.push({ key, message: '本项不用填写此格，请清空' });
  }
  let value: AnswerValue | null = null;
  switch (question.kind) {
    case 'yesno': {
      const v = read('yesno', (r) => choiceOf(r, ['有', '无'] as const));
      if (v) value = { kind: 'yesno', value: v };
      break;
    }
    case 'sampled': {
      const sampled = read('sampled', wholeOf);
      const violating = read('violating', wholeOf);
      // One of the two left blank means none, as on the paper form.
      if (sampled !== null || violating !== null) value = { kind: 'sampled', sampled: sampled ?? 0, violating: violating ?? 0 };
      break;
    }
    case 'amount': {
      const fen = read('amount', fenOf);
      if (fen !== null) value = { kind: 'amount', fen };
      break;
    }
    case 'count': {
      const count = read('count', wholeOf);
      if (count !== null) value = { kind: 'count', count };
      break;
    }
    case 'persons': {
      const byRole: Record<string, number> = {};
      for (const role of question.roles) {
        const n = read(`role:${role}`, wholeOf);
        if (n !== null) byRole[role] = n;
      }
      if (Object.keys(byRole).length) value = { kind: 'persons', byRole };
      break;
    }
    case 'text': {
      const text = read('textAnswer', textOf);
      if (text !== null) value = { kind: 'text', text };
      break;
    }
    case 'date': {
      const date = read('date', dateOf);
      if (date !== null) value = { kind: 'date', date };
      break;
    }
    case 'docNumber': {
      const number = read('docNumber', textOf);
      if (number !== null) value = { kind: 'docNumber', number };
      break;
    }
    case 'percent': {
      const percent = read('percent', percentOf);
      if (percent !== null) value = { kind: 'percent', percent };
      break;
    }
    case 'progress': {
      const status = read('status', (r) => choiceOf(r, PROGRESS_STATUSES));
      const done = read('done', textOf);
      if (status) value = { kind: 'progress', status, done: done ?? '' };
      else if (done !== null && !errors.some((e) => e.key === 'status')) errors.push({ key: 'status', message: '填写了完成情况，请同时选择推进状态' });
      break;
    }
  }
  const note = read('note', textOf) ?? '';
  if (note.length > MAX_NOTE_CHARS) errors.push({ key: 'note', message: `备注不能超过 ${MAX_NOTE_CHARS} 字（现有 ${note.length} 字）` });
  if (value && errors.length === 0) {
    // The same rules the window uses, so a workbook can never store what the window would refuse.
    const reason = checkAnswer(question, value);
    if (reason) {
      const m = /^([A-Za-z][\w.]*(?:\.[^：]+)?)：(.*)$/s.exec(reason);
      errors.push(m ? { key: keyOfPath(m[1] ?? '', question), message: m[2] ?? reason } : { key: inputKeys(question)[0] ?? 'note', message: reason });
    }
  }
  return { value: errors.length ? null : value, note, errors };
}

/** The text of a label-like cell (检查内容, 表头) as any program saved it. */
export function cellString(cell: ExcelJS.Cell): string {
  const raw = rawOf(cell.value);
  if (raw.t === 'text') return raw.text;
  if (raw.t === 'number') return plain(raw.n);
  return '';
}
