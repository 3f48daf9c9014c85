// Which rows the page shows. Taken as a snapshot when the officer picks a filter,
// so that a row does not vanish while it is being answered.
import type { RoundElementView } from '../../../shared/inspection';

export type AnswerFilter = 'all' | 'unanswered' | 'answered' | 'na';

export interface Filters {
  answer: AnswerFilter;
  /** 'all', 'none' (unassigned) or a department id. */
  department: string;
}

export const NO_FILTER: Filters = { answer: 'all', department: 'all' };

export const answerFilterLabel: Record<AnswerFilter, string> = {
  all: '全部',
  unanswered: '未作答',
  answered: '已作答',
  na: '不适用',
};

function matches(e: RoundElementView, f: Filters): boolean {
  if (f.department === 'none' && e.departmentId !== null) return false;
  if (f.department !== 'all' && f.department !== 'none' && String(e.departmentId) !== f.department) return false;
  switch (f.answer) {
    case 'all':
      return true;
    case 'unanswered':
      return e.applicable && !e.answer;
    case 'answered':
      return e.applicable && e.answer !== null;
    case 'na':
      return !e.applicable;
  }
}

/** The ids to show, or null for all. */
export function visibleIds(elements: readonly RoundElementView[], f: Filters): ReadonlySet<string> | null {
  if (f.answer === 'all' && f.department === 'all') return null;
  return new Set(elements.filter((e) => matches(e, f)).map((e) => e.elementId));
}
