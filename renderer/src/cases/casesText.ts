// Addresses and wording shared by the clue and case pages.
import { CASE_CATEGORIES, CASE_CATEGORY_KEYS, type ClueRow } from '../../../shared/cases';
import { ApiError } from '../api';

export const clueHref = (id: number) => `/cases/clues/${id}`;
export const caseHref = (id: number) => `/cases/cases/${id}`;

export const categoryOptions = CASE_CATEGORY_KEYS.map((k) => ({ value: k, label: CASE_CATEGORIES[k] }));

/** "拟立案审查（属实）", or 未处置 while the clue waits. */
export function disposalText(c: Pick<ClueRow, 'disposal' | 'outcome'>): string {
  if (!c.disposal) return '未处置';
  return c.outcome ? `${c.disposal}（${c.outcome}）` : c.disposal;
}

/**
 * The field a core error points at ("concerned[0].name" → "concerned") and the words
 * to show beside it: the line of a zod listing about that path, else the whole message.
 */
export function errorField(e: unknown): { field: string; message: string } | null {
  if (!(e instanceof ApiError) || !e.where) return null;
  const field = /^[A-Za-z]+/.exec(e.where)?.[0];
  if (!field) return null;
  const line = e.message.split('\n').find((l) => l.startsWith(`${e.where}：`));
  return { field, message: line ? line.slice(e.where.length + 1) : e.message };
}

/** A route id that is a positive whole number, or null. */
export function routeId(text: string | undefined): number | null {
  const id = Number(text);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
