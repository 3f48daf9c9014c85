// A measure's figure from a period's facts: whole numbers, fen for money; null
// when there is nothing to read it from (no self-inspection round, no answer).
import { HANDLED_DISPOSALS } from '../../../shared/cases';
import type { AnswerValue } from '../../../shared/inspection';
import type { Measure } from '../../../shared/stats';
import type { CaseGroup, Facts } from './facts';

const CASE_SUMS: Record<Exclude<Extract<Measure, { source: 'cases' }>['value'], 'cases' | 'agreement' | 'supervised' | 'transferred'>, keyof CaseGroup> = {
  amount: 'amount', persons: 'persons', penalized: 'penalized', toDiscipline: 'toDiscipline', toJudicial: 'toJudicial', refund: 'refund',
};

function caseValue(m: Extract<Measure, { source: 'cases' }>, g: CaseGroup): number {
  switch (m.value) {
    case 'cases':
      return g.n;
    case 'agreement':
      return g.agreement ? g.n : 0;
    case 'supervised':
      return g.supervised ? g.n : 0;
    case 'transferred':
      return g.toDiscipline + g.toJudicial;
    default:
      return g[CASE_SUMS[m.value]] as number;
  }
}

/** 1 when the answer says something is there: 有, violations, an amount or a count above zero. */
function answersYes(a: AnswerValue): number {
  switch (a.kind) {
    case 'yesno':
      return a.value === '有' ? 1 : 0;
    case 'sampled':
      return a.violating > 0 ? 1 : 0;
    case 'amount':
      return a.fen > 0 ? 1 : 0;
    case 'count':
      return a.count > 0 ? 1 : 0;
    case 'persons':
      return Object.values(a.byRole).some((n) => n > 0) ? 1 : 0;
    default:
      return 0;
  }
}

function answerNumber(m: Extract<Measure, { source: 'answers' }>, a: AnswerValue): number | null {
  if (m.pick === 'sampled' && a.kind === 'sampled') return a.sampled;
  if (m.pick === 'violating' && a.kind === 'sampled') return a.violating;
  if (m.pick === 'amount' && a.kind === 'amount') return a.fen;
  if (m.pick === 'count' && a.kind === 'count') return a.count;
  if (m.pick === 'role' && a.kind === 'persons') return a.byRole[m.role ?? ''] ?? 0;
  return null;
}

export function evaluate(m: Measure, facts: Facts): number | null {
  switch (m.source) {
    case 'clues':
      return facts.clues
        .filter((g) => (m.channels.length === 0 || m.channels.includes(g.channel)) && (!m.handledOnly || (g.disposal !== null && HANDLED_DISPOSALS.includes(g.disposal))))
        .reduce((n, g) => n + g.n, 0);
    case 'cases':
      return facts.cases
        .filter((g) => m.categories.length === 0 || m.categories.includes(g.category))
        .reduce((n, g) => n + caseValue(m, g), 0);
    case 'answers': {
      if (!facts.round) return null;
      const answers = m.itemIds.map((id) => facts.round?.answers.get(id)).filter((a): a is AnswerValue => a !== undefined);
      if (answers.length === 0) return null;
      if (m.pick === 'yes') return Math.max(...answers.map(answersYes));
      const numbers = answers.map((a) => answerNumber(m, a)).filter((n): n is number => n !== null);
      return numbers.length ? numbers.reduce((s, n) => s + n, 0) : null;
    }
    case 'self':
      return m.value === 'institution' ? 1 : facts.inspected ? 1 : 0;
  }
}
