// A case as the form holds it: amounts as typed 万元 text (stored in fen), so that
// "1.5" stays "1.5" while the officer types; converted once on save.
import type { CaseCategory, CaseDetail, CaseFields, PersonConcerned } from '../../../shared/cases';
import { formatWan, parseWan } from '../../../shared/money';

export interface CaseDraft extends Omit<CaseFields, 'amountFen' | 'refundFen'> {
  amount: string;
  refund: string;
}

export function emptyCaseDraft(today: string, clue?: { id: number; summary: string; concerned: PersonConcerned[]; campaignIds: string[] }): CaseDraft {
  return {
    clueId: clue?.id ?? null,
    // A case opened from a clue belongs, unless the officer says otherwise, to the clue's campaigns.
    campaignIds: clue?.campaignIds ?? [],
    title: clue ? clue.summary.slice(0, 60) : '',
    category: 'insuranceOther' as CaseCategory,
    openedOn: today,
    closedOn: null,
    amount: '',
    persons: clue?.concerned.length ?? 0,
    penalized: 0,
    toDiscipline: 0,
    toJudicial: 0,
    agreementAction: null,
    refund: '',
    supervision: null,
    concerned: clue?.concerned.map(({ name, role, departmentId }) => ({ name, role, departmentId })) ?? [],
    note: '',
  };
}

export function draftOf(d: CaseDetail): CaseDraft {
  const { amountFen, refundFen, title, category, openedOn, closedOn, persons, penalized, toDiscipline, toJudicial } = d.case;
  return {
    clueId: d.case.clueId, campaignIds: d.case.campaignIds, title, category, openedOn, closedOn, persons, penalized, toDiscipline, toJudicial,
    agreementAction: d.case.agreementAction, supervision: d.case.supervision, note: d.case.note,
    amount: amountFen ? formatWan(amountFen) : '',
    refund: refundFen ? formatWan(refundFen) : '',
    concerned: d.concerned.map(({ name, role, departmentId }) => ({ name, role, departmentId })),
  };
}

/** The errors the window can tell before asking the core: amounts that are not 万元. */
export function draftErrors(d: CaseDraft): Partial<Record<keyof CaseDraft, string>> {
  const errors: Partial<Record<keyof CaseDraft, string>> = {};
  if (d.amount.trim() && parseWan(d.amount) === null) errors.amount = '请填写万元金额，最多 4 位小数';
  if (d.refund.trim() && parseWan(d.refund) === null) errors.refund = '请填写万元金额，最多 4 位小数';
  return errors;
}

export function fieldsOf(d: CaseDraft): CaseFields {
  const { amount, refund, ...rest } = d;
  return {
    ...rest,
    amountFen: parseWan(amount) ?? 0,
    refundFen: parseWan(refund) ?? 0,
    // Blank rows are ones the officer added and left empty, not persons.
    concerned: d.concerned.filter((p) => p.name.trim() || p.departmentId !== null),
  };
}
