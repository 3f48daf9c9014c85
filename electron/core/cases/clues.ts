// Clues (问题线索): received through a channel, disposed of the way 纪检 practice
// does (拟立案审查 … 予以了结), with an outcome and the problems they produced.
import type { ClueDetail, ClueDisposal, ClueFields, ClueOutcome, ClueRow } from '../../../shared/cases';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, get, pluck, run, sql, sqlIdent, type Sql } from '../db/sql';
import { problemBriefs, problemExists } from '../ledger/reads';
import {
  checkConcerned, checkDate, entryColumns, nextNumber, readConcerned, readHistory, recordHistory, writeConcerned,
  type Entry,
} from './records';
import { concernedNames } from './reads';
import { campaignColumns, checkCampaigns, withCampaigns, writeCampaigns, type CampaignJson } from './campaignLinks';

const COLUMNS: Record<Exclude<keyof ClueFields, 'concerned' | 'campaignIds'>, string> = {
  receivedOn: 'received_on', channel: 'channel', summary: 'summary', note: 'note',
};

/** A clue row as clueSelect reads it, before withCampaigns. */
export type ClueSelected = Omit<ClueRow, 'campaignIds' | 'review'> & CampaignJson;

/** The columns of a listed clue; `extra` adds columns (with a leading comma) before FROM. */
export const clueSelect = (extra: Sql = sql``): Sql => sql`
  SELECT c.id, c.number, c.received_on AS receivedOn, c.channel, c.summary, ${campaignColumns('clue', sql`c.id`)}, c.disposal,
         c.disposed_on AS disposedOn, c.outcome, COALESCE(${concernedNames('clue', sql`c.id`)}, '') AS concernedText,
         (SELECT count(*) FROM case_record k WHERE k.clue_id = c.id) AS caseCount,
         (SELECT count(*) FROM clue_problem l WHERE l.clue_id = c.id) AS problemCount${extra}
  FROM clue c`;

function check(db: Db, f: Partial<ClueFields>): void {
  if (f.summary !== undefined && !f.summary.trim()) throw new AppError('summaryRequired', '请填写线索摘要', 'summary');
  checkDate(f.receivedOn, '收到日期', 'receivedOn');
  checkCampaigns(db, f.campaignIds);
  checkConcerned(db, f.concerned);
}

type Stored = ClueDetail['clue'];

export function clueRow(db: Db, id: number): Stored {
  const row = get<ClueSelected & Entry>(db, sql`${clueSelect(entryColumns('c'))} WHERE c.id = ${id}`);
  if (!row) throw new AppError('clueNotFound', `找不到编号为 ${id} 的线索`, 'id');
  return withCampaigns(row);
}

export function createClue(db: Db, f: ClueFields, who: string, at: string): number {
  check(db, f);
  return db.transaction(() => {
    const number = nextNumber(db, 'XS', f.receivedOn);
    const id = Number(
      run(
        db,
        sql`INSERT INTO clue (number, received_on, channel, summary, note, created_at, created_by, updated_at)
            VALUES (${number}, ${f.receivedOn}, ${f.channel}, ${f.summary.trim()}, ${f.note}, ${at}, ${who}, ${at})`,
      ).lastInsertRowid,
    );
    writeConcerned(db, { kind: 'clue', id }, f.concerned);
    writeCampaigns(db, { kind: 'clue', id }, f.campaignIds);
    recordHistory(db, { kind: 'clue', id }, 'created', null, '登记', who, at);
    return id;
  })();
}

export function updateClue(db: Db, id: number, patch: Partial<ClueFields> & { problemIds?: number[] }, who: string, at: string): void {
  const before = clueRow(db, id);
  check(db, patch);
  const owner = { kind: 'clue', id } as const;
  if (patch.receivedOn && before.disposedOn && patch.receivedOn > before.disposedOn) {
    throw new AppError('invalidDate', `收到日期不能晚于处置日期（${before.disposedOn}）`, 'receivedOn');
  }
  db.transaction(() => {
    for (const [key, col] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
      const value = patch[key];
      if (value === undefined) continue;
      const stored = key === 'summary' && typeof value === 'string' ? value.trim() : value;
      if (stored === before[key]) continue;
      run(db, sql`UPDATE clue SET ${sqlIdent(col)} = ${stored}, updated_at = ${at} WHERE id = ${id}`);
      recordHistory(db, owner, key, before[key], stored, who, at);
    }
    if (patch.concerned) {
      const old = readConcerned(db, owner);
      writeConcerned(db, owner, patch.concerned);
      const now = readConcerned(db, owner);
      if (JSON.stringify(old) !== JSON.stringify(now)) recordHistory(db, owner, 'concerned', old.map((p) => p.name).join('、'), now.map((p) => p.name).join('、'), who, at);
    }
    if (patch.campaignIds) {
      const { before: old, after } = writeCampaigns(db, owner, patch.campaignIds);
      if (JSON.stringify(old) !== JSON.stringify(after)) recordHistory(db, owner, 'campaignIds', old, after, who, at);
    }
    if (patch.problemIds) setProblems(db, id, patch.problemIds, who, at);
  })();
}

function linkedProblemIds(db: Db, id: number): number[] {
  return pluck<number>(db, sql`SELECT problem_id FROM clue_problem WHERE clue_id = ${id} ORDER BY problem_id`);
}

function setProblems(db: Db, id: number, problemIds: readonly number[], who: string, at: string): void {
  for (const p of problemIds) if (!problemExists(db, p)) throw new AppError('problemNotFound', `问题台账中没有编号为 ${p} 的问题`, 'problemIds');
  const before = linkedProblemIds(db, id);
  const wanted = [...new Set(problemIds)].sort((a, b) => a - b);
  if (JSON.stringify(before) === JSON.stringify(wanted)) return;
  run(db, sql`DELETE FROM clue_problem WHERE clue_id = ${id}`);
  for (const p of wanted) run(db, sql`INSERT INTO clue_problem (clue_id, problem_id, linked_at, linked_by) VALUES (${id}, ${p}, ${at}, ${who})`);
  recordHistory(db, { kind: 'clue', id }, 'problems', before, wanted, who, at);
}

/** Records how the clue was disposed of (and, once known, whether it proved true). */
export function disposeClue(
  db: Db,
  id: number,
  d: { disposal: ClueDisposal; disposedOn: string; outcome: ClueOutcome | null },
  who: string,
  at: string,
): void {
  const before = clueRow(db, id);
  checkDate(d.disposedOn, '处置日期', 'disposedOn');
  if (d.disposedOn < before.receivedOn) {
    throw new AppError('invalidDate', `处置日期（${d.disposedOn}）不能早于收到日期（${before.receivedOn}）`, 'disposedOn');
  }
  db.transaction(() => {
    run(db, sql`UPDATE clue SET disposal = ${d.disposal}, disposed_on = ${d.disposedOn}, outcome = ${d.outcome}, updated_at = ${at} WHERE id = ${id}`);
    const owner = { kind: 'clue', id } as const;
    if (before.disposal !== d.disposal) recordHistory(db, owner, 'disposal', before.disposal, d.disposal, who, at);
    if (before.disposedOn !== d.disposedOn) recordHistory(db, owner, 'disposedOn', before.disposedOn, d.disposedOn, who, at);
    if (before.outcome !== d.outcome) recordHistory(db, owner, 'outcome', before.outcome, d.outcome, who, at);
  })();
}

export function getClue(db: Db, id: number): ClueDetail {
  const owner = { kind: 'clue', id } as const;
  return {
    clue: clueRow(db, id),
    concerned: readConcerned(db, owner),
    // clue_problem's problem_id references problem (ON DELETE CASCADE), so every linked id is a problem.
    problems: problemBriefs(db, linkedProblemIds(db, id)),
    cases: all<Pick<Row<'case_record'>, 'id' | 'number' | 'title'>>(db, sql`SELECT id, number, title FROM case_record WHERE clue_id = ${id} ORDER BY id`),
    history: readHistory(db, owner),
  };
}
