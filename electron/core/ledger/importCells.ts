// Reading one cell of a filled-in problem import the way Excel, WPS and LibreOffice
// save it: dates as real dates or as typed text, amounts as numbers or text, rich
// text, blanks. Formulas are refused, not their cached results: the result may be
// stale or missing depending on the program that saved the file.
import type ExcelJS from 'exceljs';
import { isRealDate, isoOf } from '../../../shared/dates';
import { parseWan } from '../../../shared/money';

export type Raw =
  | { t: 'blank' }
  | { t: 'text'; text: string }
  | { t: 'number'; n: number }
  | { t: 'date'; iso: string }
  | { t: 'bad'; message: string };

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const FORMULA = '单元格含公式；请把公式改为它的结果（复制后“选择性粘贴”为数值）再导入';
/** Excel's serial day 25569 is 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25569;
/** Serial days 1954–2119: a date cell that lost its date format, not a typed number. */
const SERIAL_RANGE = [20000, 80000] as const;

const shown = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

function isoOfDate(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function rawOf(value: ExcelJS.CellValue): Raw {
  if (value === null || value === undefined) return { t: 'blank' };
  if (typeof value === 'number') return { t: 'number', n: value };
  if (typeof value === 'string') {
    const text = value.replace(/\r\n?/g, '\n').trim();
    return text ? { t: 'text', text } : { t: 'blank' };
  }
  if (typeof value === 'boolean') return { t: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    const iso = isoOfDate(value);
    return iso ? { t: 'date', iso } : { t: 'bad', message: '无法识别此单元格中的日期' };
  }
  if ('formula' in value || 'sharedFormula' in value) return { t: 'bad', message: FORMULA };
  if ('error' in value) return { t: 'bad', message: `单元格是错误值 ${String(value.error)}，请改为直接填写` };
  if ('richText' in value) return rawOf(value.richText.map((p) => p.text).join(''));
  if ('text' in value) return rawOf(value.text);
  return { t: 'bad', message: '无法识别此单元格的内容' };
}

/** 12.3 typed in Excel may be stored as 12.300000000000001: read it as people typed it. */
export function plain(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** Any cell as text: what a text column keeps. */
export function textOf(raw: Raw): Read<string> {
  switch (raw.t) {
    case 'blank': return { ok: true, value: '' };
    case 'bad': return { ok: false, message: raw.message };
    case 'number': return { ok: true, value: plain(raw.n) };
    case 'date': return { ok: true, value: raw.iso };
    case 'text': return { ok: true, value: raw.text };
  }
}

/** 2020-10-08, 2020/10/8, 2020.10.8, 2020年10月8日, 20201008 (full-width digits too). */
function dateText(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return isRealDate(iso) ? iso : null;
}

export function dateOf(raw: Raw): Read<string | null> {
  const bad = (what: string) => ({ ok: false as const, message: `“${shown(what)}”不是有效日期（应写作 YYYY-MM-DD，如 2020-10-08）` });
  switch (raw.t) {
    case 'blank': return { ok: true, value: null };
    case 'bad': return { ok: false, message: raw.message };
    case 'date': return { ok: true, value: raw.iso };
    case 'text': {
      const iso = dateText(raw.text);
      return iso ? { ok: true, value: iso } : bad(raw.text);
    }
    case 'number': {
      if (Number.isInteger(raw.n) && raw.n >= SERIAL_RANGE[0] && raw.n <= SERIAL_RANGE[1]) {
        return { ok: true, value: isoOfDate(new Date((raw.n - UNIX_EPOCH_SERIAL) * 86_400_000)) };
      }
      const iso = dateText(plain(raw.n)); // 20201008 typed as a number
      return iso ? { ok: true, value: iso } : bad(plain(raw.n));
    }
  }
}

/** 万元 as fen; blank is 0 (no money involved). */
export function amountOf(raw: Raw): Read<number> {
  if (raw.t === 'blank') return { ok: true, value: 0 };
  if (raw.t === 'bad') return { ok: false, message: raw.message };
  if (raw.t === 'date') return { ok: false, message: `应填写金额（万元），不能填写日期 ${raw.iso}` };
  const text = raw.t === 'number' ? plain(raw.n) : raw.text.normalize('NFKC').replace(/[,\s]/g, '').replace(/万元$/, '');
  if (/^-\d/.test(text)) return { ok: false, message: '金额不能为负数' };
  const fen = parseWan(text.replace(/^\+/, ''));
  return fen === null
    ? { ok: false, message: `“${shown(raw.t === 'number' ? text : raw.text)}”不是有效金额（单位万元，最多 4 位小数，如 12.3456）` }
    : { ok: true, value: fen };
}

export function choiceOf<T extends string>(raw: Raw, options: readonly T[]): Read<T | null> {
  const r = textOf(raw);
  if (!r.ok || r.value === '') return r.ok ? { ok: true, value: null } : r;
  const hit = options.find((o) => o === r.value);
  return hit ? { ok: true, value: hit } : { ok: false, message: `只能填写${options.map((o) => `“${o}”`).join('、')}，不能填写“${shown(r.value)}”` };
}
