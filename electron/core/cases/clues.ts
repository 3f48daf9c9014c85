// Clues (问题线索): received through a channel, disposed of the way 纪检 practice
// does (拟立案审查 … 予以了结), with an outcome and the problems they produced.
import type { ClueDetail, ClueDisposal, ClueFields, ClueOutcome, ClueRow } from '../../../shared/cases';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import {
  checkConcerned, checkDate, concernedSql, nextNumber, readConcerned, readHistory, recordHistory, writeConcerned,
} from './records';
import { campaignColumns, checkCampaigns, withCampaigns, writeCampaigns } from './campaignLinks';

const COLUMNS: Record<Exclude<keyof ClueFields, 'concerned' | 'campaignIds'>, string> = {
  receivedOn: 'received_on', channel: 'channel', summary: 'summary', note: 'note',
};

export const CLUE_SELECT = `
  SELECT c.id, c.number, c.received_on AS receivedOn, c.channel, c.summary, ${campaignColumns('clue', 'c.id')}, c.disposal,
         c.disposed_on AS disposedOn, c.outcome, COALESCE(${concernedSql('clue', 'c.id')}, '') AS concernedText,
         (SELECT count(*) FROM case_record k WHERE k.clue_id = c.id) AS caseCount,
         (SELECT count(*) FROM clue_problem l WHERE l.clue_id = c.id) AS problemCount
  FROM clue c`;

function check(db: Db, f: Partial<ClueFields>): void {
  if (f.summary !== undefined && !f.summary.trim()) throw new AppError('summaryRequired', '请填写线索摘要', 'summary');
  checkDate(f.receivedOn, '收到日期', 'receivedOn');
  checkCampaigns(db, f.campaignIds);
  checkConcerned(db, f.concerned);
}

export function clueRow(db: Db, id: number): ClueRow & { note: string; createdAt: string; createdBy: string } {
  const row = db
    .prepare(`${CLUE_SELECT.replace('FROM clue c', ', c.note, c.created_at AS createdAt, c.created_by AS createdBy FROM clue c')} WHERE c.id = ?`)
    .get(id);
  if (!row) throw new AppError('clueNotFound', `找不到编号为 ${id} 的线索`, 'id');
  return withCampaigns<ClueRow & { note: string; createdAt: string; createdBy: string }>(row);
}

export function createClue(db: Db, f: ClueFields, who: string, at: string): number {
  check(db, f);
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO clue (number, received_on, channel, summary, note, created_at, created_by, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(nextNumber(db, 'XS', f.receivedOn), f.receivedOn, f.channel, f.summary.trim(), f.note, at, who, at).lastInsertRowid,
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
      db.prepare(`UPDATE clue SET ${col} = ?, updated_at = ? WHERE id = ?`).run(stored, at, id);
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

function setProblems(db: Db, id: number, problemIds: readonly number[], who: string, at: string): void {
  const exists = db.prepare('SELECT 1 FROM problem WHERE id = ?').pluck();
  for (const p of problemIds) if (!exists.get(p)) throw new AppError('problemNotFound', `问题台账中没有编号为 ${p} 的问题`, 'problemIds');
  const before = db.prepare('SELECT problem_id FROM clue_problem WHERE clue_id = ? ORDER BY problem_id').pluck().all(id) as number[];
  const wanted = [...new Set(problemIds)].sort((a, b) => a - b);
  if (JSON.stringify(before) === JSON.stringify(wanted)) return;
  db.prepare('DELETE FROM clue_problem WHERE clue_id = ?').run(id);
  const add = db.prepare('INSERT INTO clue_problem (clue_id, problem_id, linked_at, linked_by) VALUES (?, ?, ?, ?)');
  for (const p of wanted) add.run(id, p, at, who);
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
    db.prepare('UPDATE clue SET disposal = ?, disposed_on = ?, outcome = ?, updated_at = ? WHERE id = ?').run(d.disposal, d.disposedOn, d.outcome, at, id);
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
    problems: db
      .prepare('SELECT p.id, p.number, p.description, p.status FROM clue_problem l JOIN problem p ON p.id = l.problem_id WHERE l.clue_id = ? ORDER BY p.id')
      .all(id) as ClueDetail['problems'],
    cases: db.prepare('SELECT id, number, title FROM case_record WHERE clue_id = ? ORDER BY id').all(id) as ClueDetail['cases'],
    history: readHistory(db, owner),
  };
}
