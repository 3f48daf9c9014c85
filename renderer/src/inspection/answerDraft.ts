// What the officer is typing for one answer, as the inputs hold it (text and
// numbers that may be half-filled), and how it turns into a value the core accepts.
import { formatWan, parseWan } from '../../../shared/money';
import { isPercentPrecision, type AnswerValue, type ProgressStatus, type Question } from '../../../shared/inspection';

/** A NumberInput's value: a number, or '' while empty. */
export type NumberText = number | string;

export type Raw =
  | { kind: 'yesno'; value: '' | '有' | '无' }
  | { kind: 'sampled'; sampled: NumberText; violating: NumberText }
  | { kind: 'amount'; text: string }
  | { kind: 'count'; count: NumberText }
  | { kind: 'persons'; byRole: Record<string, NumberText> }
  | { kind: 'text'; text: string }
  | { kind: 'date'; date: string | null }
  | { kind: 'docNumber'; number: string }
  | { kind: 'percent'; percent: NumberText }
  | { kind: 'progress'; status: '' | ProgressStatus; done: string };

/** The value to save (null clears the answer), or why it cannot be saved yet. */
export type Parsed = { ok: true; value: AnswerValue | null } | { ok: false; error: string; field: string };

export function rawOf(question: Question, answer: AnswerValue | null): Raw {
  const a = answer && answer.kind === question.kind ? answer : null;
  switch (question.kind) {
    case 'yesno':
      return { kind: 'yesno', value: a?.kind === 'yesno' ? a.value : '' };
    case 'sampled':
      return a?.kind === 'sampled'
        ? { kind: 'sampled', sampled: a.sampled, violating: a.violating }
        : { kind: 'sampled', sampled: '', violating: '' };
    case 'amount':
      return { kind: 'amount', text: a?.kind === 'amount' ? formatWan(a.fen) : '' };
    case 'count':
      return { kind: 'count', count: a?.kind === 'count' ? a.count : '' };
    case 'persons':
      return {
        kind: 'persons',
        byRole: Object.fromEntries(question.roles.map((r) => [r, a?.kind === 'persons' ? (a.byRole[r] ?? '') : ''])),
      };
    case 'text':
      return { kind: 'text', text: a?.kind === 'text' ? a.text : '' };
    case 'date':
      return { kind: 'date', date: a?.kind === 'date' ? a.date : null };
    case 'docNumber':
      return { kind: 'docNumber', number: a?.kind === 'docNumber' ? a.number : '' };
    case 'percent':
      return { kind: 'percent', percent: a?.kind === 'percent' ? a.percent : '' };
    case 'progress':
      return a?.kind === 'progress' ? { kind: 'progress', status: a.status, done: a.done } : { kind: 'progress', status: '', done: '' };
  }
}

const MAX_COUNT = 10_000_000;

function countOf(v: NumberText): number | null | 'bad' {
  if (v === '' || v === null) return null;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT) return 'bad';
  return n;
}

const badCount = '应为 0 到 10000000 之间的整数';

export function parseRaw(raw: Raw): Parsed {
  switch (raw.kind) {
    case 'yesno':
      return { ok: true, value: raw.value ? { kind: 'yesno', value: raw.value } : null };
    case 'sampled': {
      const sampled = countOf(raw.sampled);
      const violating = countOf(raw.violating);
      if (sampled === 'bad') return { ok: false, error: `抽查人数${badCount}`, field: 'sampled' };
      if (violating === 'bad') return { ok: false, error: `违法违规人数${badCount}`, field: 'violating' };
      if (sampled === null && violating === null) return { ok: true, value: null };
      if (sampled === null) return { ok: false, error: '请填写抽查人数', field: 'sampled' };
      if (violating === null) return { ok: false, error: '请填写违法违规人数（没有填 0）', field: 'violating' };
      if (violating > sampled) return { ok: false, error: '违法违规人数不能超过抽查人数', field: 'violating' };
      return { ok: true, value: { kind: 'sampled', sampled, violating } };
    }
    case 'amount': {
      if (raw.text.trim() === '') return { ok: true, value: null };
      const fen = parseWan(raw.text);
      if (fen === null) return { ok: false, error: '金额应为不小于 0 的万元数，最多 4 位小数', field: 'amount' };
      return { ok: true, value: { kind: 'amount', fen } };
    }
    case 'count': {
      const count = countOf(raw.count);
      if (count === 'bad') return { ok: false, error: `数量${badCount}`, field: 'count' };
      return { ok: true, value: count === null ? null : { kind: 'count', count } };
    }
    case 'persons': {
      const byRole: Record<string, number> = {};
      for (const [role, v] of Object.entries(raw.byRole)) {
        const n = countOf(v);
        if (n === 'bad') return { ok: false, error: `${role}人数${badCount}`, field: role };
        if (n !== null) byRole[role] = n;
      }
      return { ok: true, value: Object.keys(byRole).length ? { kind: 'persons', byRole } : null };
    }
    case 'text': {
      if (raw.text.trim() === '') return { ok: true, value: null };
      if (raw.text.length > 5000) return { ok: false, error: '不能超过 5000 字', field: 'text' };
      return { ok: true, value: { kind: 'text', text: raw.text } };
    }
    case 'date':
      return { ok: true, value: raw.date ? { kind: 'date', date: raw.date } : null };
    case 'docNumber': {
      if (raw.number.trim() === '') return { ok: true, value: null };
      if (raw.number.length > 100) return { ok: false, error: '文号不能超过 100 字', field: 'docNumber' };
      return { ok: true, value: { kind: 'docNumber', number: raw.number.trim() } };
    }
    case 'percent': {
      if (raw.percent === '') return { ok: true, value: null };
      const n = typeof raw.percent === 'number' ? raw.percent : Number(raw.percent);
      if (!Number.isFinite(n) || n < 0 || n > 100 || !isPercentPrecision(n)) return { ok: false, error: '百分比应为 0 到 100 之间的数，最多 2 位小数', field: 'percent' };
      return { ok: true, value: { kind: 'percent', percent: n } };
    }
    case 'progress': {
      if (raw.done.length > 5000) return { ok: false, error: '完成情况不能超过 5000 字', field: 'done' };
      if (!raw.status) {
        return raw.done.trim() ? { ok: false, error: '请选择推进状态', field: 'status' } : { ok: true, value: null };
      }
      return { ok: true, value: { kind: 'progress', status: raw.status, done: raw.done } };
    }
  }
}

/** Whether two values (or nulls) are the same answer. */
export function sameValue(a: AnswerValue | null, b: AnswerValue | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
