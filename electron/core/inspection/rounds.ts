// Rounds of self-inspection (自查轮次): started for a campaign, closed (归档) to
// make them read-only, reopened with a reason.
import type { Progress, RoundDetail, RoundElementView, RoundQuestion, RoundSummary } from '../../../shared/inspection';
import { AppError } from '../../../shared/errors';
import { campaignFileOf, resolveCampaignId, retiredLabels } from '../campaigns/catalog';
import { campaignTitle } from '../campaigns/reads';
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, get, run, sql, value } from '../db/sql';
import { firstProblemOfRoundElement } from '../ledger/reads';
import { departmentExists, departmentNames, personExists } from '../org/reads';
import { campaignQuestions } from './questions';
import { chineseDate } from '../../../shared/dates';

export interface NewRound {
  campaignId: string;
  name: string;
  periodStart: string | null;
  periodEnd: string | null;
  dueOn: string | null;
}

type RoundRow = Pick<Row<'inspection_round'>, 'id' | 'campaign_id' | 'name' | 'period_start' | 'period_end' | 'due_on' | 'created_at'> & {
  campaign_title: string;
  status: RoundSummary['status'];
  answered: number;
  applicable: number;
};

// Every round's campaign exists (campaign_id is NOT NULL and RESTRICTs deletion), so the title is never NULL.
const ROUND_SELECT = sql`
  SELECT r.id, r.campaign_id, ${campaignTitle(sql`r.campaign_id`)} AS campaign_title, r.name, r.period_start, r.period_end, r.due_on,
         r.status, r.created_at,
         (SELECT count(*) FROM round_element e JOIN answer a ON a.round_id = e.round_id AND a.element_id = e.element_id
           WHERE e.round_id = r.id AND e.applicable = 1 AND a.value_json IS NOT NULL) AS answered,
         (SELECT count(*) FROM round_element e WHERE e.round_id = r.id AND e.applicable = 1) AS applicable
  FROM inspection_round r`;

function summaryOf(r: RoundRow): RoundSummary {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    campaignTitle: r.campaign_title,
    name: r.name,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    dueOn: r.due_on,
    status: r.status,
    createdAt: r.created_at,
    progress: { answered: r.answered, applicable: r.applicable },
  };
}

export function createRound(db: Db, input: NewRound, who: string, at: string): RoundSummary {
  const campaignId = resolveCampaignId(db, input.campaignId);
  const campaign = campaignFileOf(db, campaignId);
  const questions = campaignQuestions(campaign);
  if (questions.length === 0) {
    throw new AppError('nothingToInspect', '该专项行动没有检查要点或重点任务，无法开始自查', 'campaignId');
  }
  if (input.periodStart && input.periodEnd && input.periodStart > input.periodEnd) {
    throw new AppError('invalidPeriod', '自查期间的结束日期早于开始日期', 'periodEnd');
  }
  // A round finishes within its campaign: a due date outside the campaign's period is a typo (2022 for 2020).
  const { start, end } = campaign.period;
  if (input.dueOn && ((start && input.dueOn < start) || (end && input.dueOn > end))) {
    throw new AppError(
      'dueOutsideCampaign',
      `完成时限 ${chineseDate(input.dueOn)} 不在专项行动的期限（${start ? chineseDate(start) : '未定'} 至 ${end ? chineseDate(end) : '未定'}）内`,
      'dueOn',
    );
  }
  const id = db.transaction(() => {
    const roundId = Number(
      run(
        db,
        sql`INSERT INTO inspection_round (campaign_id, name, period_start, period_end, due_on, status, created_at, created_by)
            VALUES (${campaignId}, ${input.name.trim()}, ${input.periodStart}, ${input.periodEnd}, ${input.dueOn}, 'open', ${at}, ${who})`,
      ).lastInsertRowid,
    );
    questions.forEach((q, i) => run(db, sql`INSERT INTO round_element (round_id, element_id, kind, sort) VALUES (${roundId}, ${q.elementId}, ${q.kind}, ${i})`));
    run(db, sql`INSERT INTO round_event (round_id, at, kind, by) VALUES (${roundId}, ${at}, 'opened', ${who})`);
    return roundId;
  })();
  return getRoundSummary(db, id);
}

export function listRounds(db: Db, campaignId?: string): RoundSummary[] {
  const rows = campaignId
    ? all<RoundRow>(db, sql`${ROUND_SELECT} WHERE r.campaign_id = ${resolveCampaignId(db, campaignId)} ORDER BY r.id DESC`)
    : all<RoundRow>(db, sql`${ROUND_SELECT} ORDER BY r.status = 'closed', r.id DESC`);
  return rows.map(summaryOf);
}

export function getRoundSummary(db: Db, roundId: number): RoundSummary {
  const row = get<RoundRow>(db, sql`${ROUND_SELECT} WHERE r.id = ${roundId}`);
  if (!row) throw new AppError('roundNotFound', `找不到编号为 ${roundId} 的自查轮次`, 'roundId');
  return summaryOf(row);
}

/** `latest` or a number, as the command line accepts. */
export function resolveRoundId(db: Db, ref: string): number {
  if (ref === 'latest') {
    const id = value<number | null>(db, sql`SELECT max(id) FROM inspection_round`) ?? null;
    if (id === null) throw new AppError('roundNotFound', '还没有任何自查轮次');
    return id;
  }
  const id = Number(ref);
  if (!Number.isInteger(id) || id < 1) throw new AppError('roundNotFound', `“${ref}”不是自查轮次编号（应为数字或 latest）`);
  return getRoundSummary(db, id).id;
}

export function assertOpen(db: Db, roundId: number): RoundSummary {
  const round = getRoundSummary(db, roundId);
  if (round.status === 'closed') {
    throw new AppError('roundClosed', `自查轮次“${round.name}”已归档，只能查看；如需修改，请先重新打开`, 'roundId');
  }
  return round;
}

type ElementRow = Pick<Row<'round_element'>, 'element_id' | 'applicable' | 'na_reason' | 'department_id' | 'person_id'> & {
  kind: RoundElementView['kind'];
  // The answer's columns, NULL where the item has no answer row (LEFT JOIN).
  value_json: string | null;
  note: string | null;
  revision: number | null;
  updated_at: string | null;
  updated_by: string | null;
  evidence_count: number;
  problem_id: number | null;
};

export function roundElements(db: Db, roundId: number, campaignId: string): RoundElementView[] {
  const questions = new Map<string, RoundQuestion>(campaignQuestions(campaignFileOf(db, campaignId)).map((q) => [q.elementId, q]));
  const retired = retiredLabels(db, campaignId);
  const rows = all<ElementRow>(
    db,
    sql`SELECT e.element_id, e.kind, e.applicable, e.na_reason, e.department_id, e.person_id,
               a.value_json, a.note, a.revision, a.updated_at, a.updated_by,
               (SELECT count(*) FROM evidence v WHERE v.round_id = e.round_id AND v.element_id = e.element_id AND v.removed_at IS NULL) AS evidence_count,
               ${firstProblemOfRoundElement(sql`e.round_id`, sql`e.element_id`)} AS problem_id
        FROM round_element e LEFT JOIN answer a ON a.round_id = e.round_id AND a.element_id = e.element_id
        WHERE e.round_id = ${roundId} ORDER BY e.sort`,
  );
  return rows.map((r) => {
    const q = questions.get(r.element_id);
    return {
      elementId: r.element_id,
      kind: r.kind,
      no: q?.no ?? '',
      text: q?.text ?? retired.get(r.element_id) ?? r.element_id,
      group: q?.group ?? '已停用',
      groupId: q?.groupId ?? 'retired',
      note: q?.note ?? null,
      question: q?.question ?? { kind: 'text' },
      applicable: r.applicable === 1,
      notApplicableReason: r.na_reason,
      departmentId: r.department_id,
      personId: r.person_id,
      answer: r.value_json ? (JSON.parse(r.value_json) as RoundElementView['answer']) : null,
      answerNote: r.note ?? '',
      answerRevision: r.revision ?? 0,
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
      evidenceCount: r.evidence_count,
      problemLinked: r.problem_id !== null,
      problemId: r.problem_id,
      retired: !q,
    };
  });
}

function tally<K>(elements: RoundElementView[], key: (e: RoundElementView) => K): Map<K, Progress> {
  const out = new Map<K, Progress>();
  for (const e of elements) {
    const p = out.get(key(e)) ?? { answered: 0, applicable: 0 };
    if (e.applicable) {
      p.applicable += 1;
      if (e.answer) p.answered += 1;
    }
    out.set(key(e), p);
  }
  return out;
}

export function getRoundDetail(db: Db, roundId: number): RoundDetail {
  const round = getRoundSummary(db, roundId);
  const elements = roundElements(db, roundId, round.campaignId);
  const events = all<RoundDetail['events'][number]>(db, sql`SELECT at, kind, by, reason FROM round_event WHERE round_id = ${roundId} ORDER BY id`);
  const groupNames = new Map(elements.map((e) => [e.groupId, e.group]));
  const departments = departmentNames(db);
  return {
    round,
    events,
    elements,
    byGroup: [...tally(elements, (e) => e.groupId)].map(([groupId, p]) => ({ groupId, group: groupNames.get(groupId) ?? '', ...p })),
    byDepartment: [...tally(elements, (e) => e.departmentId)].map(([departmentId, p]) => ({
      departmentId,
      department: departmentId === null ? '未分配' : (departments.get(departmentId) ?? '未分配'),
      ...p,
    })),
  };
}

export function closeRound(db: Db, roundId: number, who: string, at: string): RoundSummary {
  assertOpen(db, roundId);
  db.transaction(() => {
    run(db, sql`UPDATE inspection_round SET status = 'closed' WHERE id = ${roundId}`);
    run(db, sql`INSERT INTO round_event (round_id, at, kind, by) VALUES (${roundId}, ${at}, 'closed', ${who})`);
  })();
  return getRoundSummary(db, roundId);
}

export function reopenRound(db: Db, roundId: number, reason: string, who: string, at: string): RoundSummary {
  const round = getRoundSummary(db, roundId);
  if (round.status === 'open') throw new AppError('roundOpen', `自查轮次“${round.name}”未归档，无需重新打开`, 'roundId');
  if (!reason.trim()) throw new AppError('reasonRequired', '重新打开已归档的自查轮次须填写原因', 'reason');
  db.transaction(() => {
    run(db, sql`UPDATE inspection_round SET status = 'open' WHERE id = ${roundId}`);
    run(db, sql`INSERT INTO round_event (round_id, at, kind, by, reason) VALUES (${roundId}, ${at}, 'reopened', ${who}, ${reason.trim()})`);
  })();
  return getRoundSummary(db, roundId);
}

function assertElements(db: Db, roundId: number, elementIds: readonly string[]): void {
  for (const id of elementIds) {
    if (!get(db, sql`SELECT 1 FROM round_element WHERE round_id = ${roundId} AND element_id = ${id}`)) throw new AppError('elementNotFound', `本轮自查中没有编号为“${id}”的检查项`, 'elementIds');
  }
}

export function setApplicable(db: Db, roundId: number, elementIds: readonly string[], applicable: boolean, reason: string): void {
  assertOpen(db, roundId);
  assertElements(db, roundId, elementIds);
  if (!applicable && !reason.trim()) throw new AppError('reasonRequired', '标记为不适用须填写原因', 'reason');
  const flag = applicable ? 1 : 0;
  const why = applicable ? '' : reason.trim();
  db.transaction(() => {
    for (const id of elementIds) run(db, sql`UPDATE round_element SET applicable = ${flag}, na_reason = ${why} WHERE round_id = ${roundId} AND element_id = ${id}`);
  })();
}

export function assignElements(db: Db, roundId: number, elementIds: readonly string[], departmentId: number | null, personId: number | null): void {
  assertOpen(db, roundId);
  assertElements(db, roundId, elementIds);
  if (departmentId !== null && !departmentExists(db, departmentId)) {
    throw new AppError('departmentNotFound', '所选科室不存在', 'departmentId');
  }
  if (personId !== null && !personExists(db, personId)) {
    throw new AppError('personNotFound', '所选人员不存在', 'personId');
  }
  db.transaction(() => {
    for (const id of elementIds) {
      run(db, sql`UPDATE round_element SET department_id = ${departmentId}, person_id = ${personId} WHERE round_id = ${roundId} AND element_id = ${id}`);
    }
  })();
}
