// The sample's 广西 self-inspection answers told the same story as its cases: each
// violation item of the Annex 2 checklist says 有 exactly when Annex 4 counts cases
// (with how many in its note), and the 合计 item adds up its parts, so that the
// sample tables pass their checks.
import type { AnswerValue } from '../../../shared/inspection';
import { campaignFileOf } from '../campaigns/catalog';
import type { Db } from '../db/open';
import { applyAnswerChanges, type AnswerChange } from '../inspection/answers';
import { storedAnswers } from '../inspection/reads';
import { listRounds } from '../inspection/rounds';
import { SAME_QUESTION } from '../stats/builtinGx';
import { computation, computeTable } from '../stats/compute';
import { readSettings } from '../stats/header';

const WHO = '王芳';
const AT = '2020-11-18T02:00:00.000Z';

export function alignGuangxiChecklist(db: Db): void {
  const rounds = listRounds(db)
    .filter((r) => r.campaignId === 'gx-2020-special' && r.status === 'open')
    .sort((a, b) => a.id - b.id);
  // The sample's rounds run over their campaign's period; one without dates has nothing to align with.
  for (const r of rounds) if (r.periodStart !== null && r.periodEnd !== null) alignRound(db, { id: r.id, start: r.periodStart, end: r.periodEnd });
}

function alignRound(db: Db, round: { id: number; start: string; end: string }): void {
  const period = { key: 'all', kind: 'all' as const, start: round.start, end: round.end, label: '', months: '' };
  const view = computeTable(computation(db, readSettings(db, round.end)), { campaignId: 'gx-2020-special', tableId: 'tb4', period, roundId: round.id }, false);
  const own = view.ownColumnId;
  if (own === null) return;
  const figure = (rowId: string) =>
    view.sections.flatMap((s) => s.rows).find((r) => r.id === rowId)?.cells.find((c) => c.columnId === own)?.value ?? 0;
  const current = new Map(storedAnswers(db, round.id).map((a) => [a.id, JSON.parse(a.json) as AnswerValue]));
  const kinds = new Map(campaignFileOf(db, 'gx-2020-special').checklists.flatMap((c) => c.groups.flatMap((g) => g.items.map((i) => [i.id, i.answer.kind]))));
  const changes: AnswerChange[] = [];
  for (const [rowIds, item] of SAME_QUESTION) {
    const n = rowIds.reduce((s, r) => s + figure(r), 0);
    const old = current.get(item);
    const sampled = old?.kind === 'sampled' ? old.sampled : 20;
    if (kinds.get(item) === 'sampled') changes.push({ elementId: item, value: { kind: 'sampled', sampled: Math.max(sampled, n), violating: n }, note: '' });
    else {
      // 主诊医师 (tb4-r22) counts persons, the other rows cases.
      const note = n > 0 ? `本期查处 ${n} ${rowIds.includes('tb4-r22') ? '人' : '件'}，见案件台账` : '';
      changes.push({ elementId: item, value: { kind: 'yesno', value: n > 0 ? '有' : '无' }, note });
    }
  }
  const persons = (item: string) => {
    const a = current.get(item);
    return a?.kind === 'persons' ? Object.values(a.byRole).reduce((s, n) => s + n, 0) : 0;
  };
  // A fine, one 医师 and one 护士 dealt with and one 医师 handed to the courts: the penalty rows have figures too.
  changes.push(
    { elementId: 'cl2-i28', value: { kind: 'amount', fen: 2_500_000 }, note: '' },
    { elementId: 'cl2-i30', value: { kind: 'persons', byRole: { 医师: 1, 护士: 0 } }, note: '' },
    { elementId: 'cl2-i31', value: { kind: 'persons', byRole: { 医师: 0, 护士: 1 } }, note: '' },
    { elementId: 'cl2-i32', value: { kind: 'persons', byRole: { 医师: 1, 护士: 0, 其他人员: 0 } }, note: '' },
  );
  for (const c of changes.slice(-3)) current.set(c.elementId, c.value as AnswerValue);
  changes.push({ elementId: 'cl2-i33', value: { kind: 'persons', byRole: { 行政处罚: persons('cl2-i30') + persons('cl2-i31'), 移送司法机关: persons('cl2-i32') } }, note: '' });
  applyAnswerChanges(db, round.id, changes, WHO, AT);
}
