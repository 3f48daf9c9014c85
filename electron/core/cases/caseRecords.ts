// Cases (案件): from a clue or entered directly; the category decides which
// statistics rows they feed. Figures are whole numbers, amounts fen and never negative.
import type { CaseDetail, CaseFields, CaseRow } from '../../../shared/cases';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { get, run, sql, sqlIdent, sqlJoin, type Sql } from '../db/sql';
import {
  checkConcerned, checkDate, entryColumns, nextNumber, readConcerned, readHistory, recordHistory, writeConcerned,
  type Entry,
} from './records';
import { concernedNames } from './reads';
import { campaignColumns, checkCampaigns, readCampaigns, withCampaigns, writeCampaigns, type CampaignJson } from './campaignLinks';

type Scalar = Exclude<keyof CaseFields, 'concerned' | 'campaignIds'>;
const COLUMNS: Record<Scalar, string> = {
  clueId: 'clue_id', title: 'title', category: 'category', openedOn: 'opened_on', closedOn: 'closed_on', amountFen: 'amount_fen',
  persons: 'persons', penalized: 'penalized', toDiscipline: 'to_discipline', toJudicial: 'to_judicial',
  agreementAction: 'agreement_action', refundFen: 'refund_fen', supervision: 'supervision', note: 'note',
};

/** A case row as caseSelect reads it, before withCampaigns. */
export type CaseSelected = Omit<CaseRow, 'campaignIds' | 'review'> & CampaignJson;

/** The columns of a listed case; `extra` adds columns (with a leading comma) before FROM. */
export const caseSelect = (extra: Sql = sql``): Sql => sql`
  SELECT k.id, k.number, k.clue_id AS clueId, c.number AS clueNumber, ${campaignColumns('case', sql`k.id`)}, k.title, k.category, k.opened_on AS openedOn,
         k.closed_on AS closedOn, k.amount_fen AS amountFen, k.persons, k.penalized, k.to_discipline AS toDiscipline,
         k.to_judicial AS toJudicial, k.agreement_action AS agreementAction, k.refund_fen AS refundFen, k.supervision,
         COALESCE(${concernedNames('case', sql`k.id`)}, '') AS concernedText${extra}
  FROM case_record k LEFT JOIN clue c ON c.id = k.clue_id`;

const PARTS: [keyof CaseFields, string][] = [['penalized', '行政处罚人次'], ['toDiscipline', '移交纪检人次'], ['toJudicial', '移交司法人次']];

/** Checks the fields as they will be after the change (`merged`), naming the field that is wrong. */
function check(db: Db, merged: CaseFields): void {
  if (!merged.title.trim()) throw new AppError('titleRequired', '请填写案件名称', 'title');
  checkDate(merged.openedOn, '立案（登记）日期', 'openedOn');
  checkDate(merged.closedOn, '结案日期', 'closedOn');
  if (merged.closedOn && merged.closedOn < merged.openedOn) {
    throw new AppError('invalidDate', `结案日期（${merged.closedOn}）不能早于立案日期（${merged.openedOn}）`, 'closedOn');
  }
  for (const [key, label] of PARTS) {
    if ((merged[key] as number) > merged.persons) {
      throw new AppError('tooMany', `${label}（${String(merged[key])}）不能超过涉及人员人次（${merged.persons}）`, key);
    }
  }
  if (merged.clueId !== null && !get(db, sql`SELECT 1 FROM clue WHERE id = ${merged.clueId}`)) {
    throw new AppError('clueNotFound', `找不到编号为 ${merged.clueId} 的线索`, 'clueId');
  }
  checkConcerned(db, merged.concerned);
  checkCampaigns(db, merged.campaignIds);
}

type Stored = CaseRow & { note: string; createdAt: string; createdBy: string };

export function caseRow(db: Db, id: number): Stored {
  const row = get<CaseSelected & Entry>(db, sql`${caseSelect(entryColumns('k'))} WHERE k.id = ${id}`);
  if (!row) throw new AppError('caseNotFound', `找不到编号为 ${id} 的案件`, 'id');
  return withCampaigns(row);
}

export function createCase(db: Db, f: CaseFields, who: string, at: string): number {
  check(db, f);
  return db.transaction(() => {
    const scalars = Object.keys(COLUMNS) as Scalar[];
    const number = nextNumber(db, 'AJ', f.openedOn);
    const columns = sqlJoin(scalars.map((k) => sqlIdent(COLUMNS[k])));
    const values = sqlJoin(scalars.map((k) => sql`${k === 'title' ? f.title.trim() : f[k]}`));
    const id = Number(
      run(
        db,
        sql`INSERT INTO case_record (number, ${columns}, created_at, created_by, updated_at)
            VALUES (${number}, ${values}, ${at}, ${who}, ${at})`,
      ).lastInsertRowid,
    );
    writeConcerned(db, { kind: 'case', id }, f.concerned);
    writeCampaigns(db, { kind: 'case', id }, f.campaignIds);
    recordHistory(db, { kind: 'case', id }, 'created', null, '登记', who, at);
    return id;
  })();
}

/** Changes the fields given; moving a case to another category moves its figures with it. */
export function updateCase(db: Db, id: number, patch: Partial<CaseFields>, who: string, at: string): void {
  const before = caseRow(db, id);
  const owner = { kind: 'case', id } as const;
  const concerned = readConcerned(db, owner);
  // A key present but undefined ({ title: undefined } passes the partial schema) leaves the field as it is.
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<CaseFields>;
  const merged: CaseFields = { ...before, concerned, campaignIds: readCampaigns(db, owner), ...given };
  check(db, merged);
  db.transaction(() => {
    for (const key of Object.keys(COLUMNS) as Scalar[]) {
      const value = patch[key];
      if (value === undefined) continue;
      const stored = key === 'title' && typeof value === 'string' ? value.trim() : value;
      if (stored === before[key]) continue;
      run(db, sql`UPDATE case_record SET ${sqlIdent(COLUMNS[key])} = ${stored}, updated_at = ${at} WHERE id = ${id}`);
      recordHistory(db, owner, key, before[key], stored, who, at);
    }
    if (patch.campaignIds) {
      const { before: old, after } = writeCampaigns(db, owner, patch.campaignIds);
      if (JSON.stringify(old) !== JSON.stringify(after)) recordHistory(db, owner, 'campaignIds', old, after, who, at);
    }
    if (patch.concerned) {
      writeConcerned(db, owner, patch.concerned);
      const now = readConcerned(db, owner);
      if (JSON.stringify(now) !== JSON.stringify(concerned)) {
        recordHistory(db, owner, 'concerned', concerned.map((p) => p.name).join('、'), now.map((p) => p.name).join('、'), who, at);
      }
    }
  })();
}

export function deleteCase(db: Db, id: number): void {
  caseRow(db, id);
  db.transaction(() => run(db, sql`DELETE FROM case_record WHERE id = ${id}`))();
}

export function getCase(db: Db, id: number): CaseDetail {
  const owner = { kind: 'case', id } as const;
  return { case: caseRow(db, id), concerned: readConcerned(db, owner), history: readHistory(db, owner) };
}
