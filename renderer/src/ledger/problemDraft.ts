// A problem being typed (登记问题 or 编辑): amounts as 万元 text, dates possibly empty;
// checked here so the form can say what is wrong before the core does.
import type { Input } from '../../../shared/api';
import type { ProblemRow, ProblemSource } from '../../../shared/ledger';
import { formatWan, parseWan } from '../../../shared/money';

export interface ProblemDraft {
  source: ProblemSource;
  campaignId: string | null;
  category: string;
  description: string;
  departmentId: number | null;
  personId: number | null;
  foundOn: string | null;
  amount: string;
  note: string;
  measures: string;
  deadline: string | null;
  immediate: boolean;
}

export type ProblemFields = Input<'ledger.create'>;
export type DraftErrors = Partial<Record<keyof ProblemDraft, string>>;

export function emptyDraft(today: string, campaignId: string | null): ProblemDraft {
  return {
    source: '自查', campaignId, category: '', description: '', departmentId: null, personId: null, foundOn: today,
    amount: '', note: '', measures: '', deadline: null, immediate: false,
  };
}

export function draftOf(r: ProblemRow): ProblemDraft {
  return {
    source: r.source, campaignId: r.campaignId, category: r.category, description: r.description, departmentId: r.departmentId,
    personId: r.personId, foundOn: r.foundOn, amount: r.amountFen === 0 ? '' : formatWan(r.amountFen), note: r.note,
    measures: r.measures, deadline: r.deadline, immediate: r.immediate,
  };
}

export function draftErrors(d: ProblemDraft): DraftErrors {
  const e: DraftErrors = {};
  if (!d.description.trim()) e.description = '请填写问题描述';
  if (!d.foundOn) e.foundOn = '请填写发现时间';
  if (d.amount.trim() && parseWan(d.amount) === null) e.amount = '请填写万元数，最多 4 位小数，如 1.25';
  if (d.deadline && d.foundOn && d.deadline < d.foundOn) e.deadline = '整改时限早于发现时间';
  return e;
}

/** The fields to send; only call when draftErrors is empty. */
export function fieldsOf(d: ProblemDraft): ProblemFields {
  return {
    source: d.source, campaignId: d.campaignId, category: d.category.trim(), description: d.description.trim(),
    departmentId: d.departmentId, personId: d.personId, foundOn: d.foundOn ?? '', amountFen: d.amount.trim() ? (parseWan(d.amount) ?? 0) : 0,
    note: d.note, measures: d.measures, deadline: d.deadline, immediate: d.immediate,
  };
}

/** Only what changed, for ledger.update. */
export function patchOf(r: ProblemRow, d: ProblemDraft): Partial<ProblemFields> {
  const f = fieldsOf(d);
  const patch: Partial<ProblemFields> = {};
  for (const key of Object.keys(f) as (keyof ProblemFields)[]) {
    if (f[key] !== r[key]) Object.assign(patch, { [key]: f[key] });
  }
  return patch;
}
