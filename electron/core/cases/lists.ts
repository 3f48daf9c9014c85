// Lists of clues and cases, filtered, searched and paged in SQLite. Lists show the
// names of the persons concerned; exports leave them out unless asked.
import type { CaseCategory, CaseRow, ClueChannel, ClueDisposal, ClueRow, Page } from '../../../shared/cases';
import type { Db } from '../db/open';
import { all, sql, sqlJoin, sqlList, value, type Sql } from '../db/sql';
import { caseSelect, type CaseSelected } from './caseRecords';
import { clueSelect, type ClueSelected } from './clues';
import { campaignCondition, withCampaigns } from './campaignLinks';
import { likePattern, pageOf } from './records';

export interface ClueQuery {
  search?: string;
  channels?: ClueChannel[];
  /** 'none' lists the clues not yet disposed of. */
  disposals?: (ClueDisposal | 'none')[];
  from?: string;
  to?: string;
  ids?: number[];
  /** A campaign's id, 'none' or 'review' (see campaignCondition). */
  campaign?: string;
  page?: number;
  pageSize?: number;
}

export interface CaseQuery {
  campaign?: string;
  search?: string;
  categories?: CaseCategory[];
  from?: string;
  to?: string;
  ids?: number[];
  page?: number;
  pageSize?: number;
}

/** The conditions of a list query, joined with AND. */
type Where = Sql[];

function inList(w: Where, column: Sql, values: readonly (string | number)[] | undefined): void {
  if (!values?.length) return;
  w.push(sql`${column} IN ${sqlList(values)}`);
}

function range(w: Where, column: Sql, from: string | undefined, to: string | undefined): void {
  if (from) w.push(sql`${column} >= ${from}`);
  if (to) w.push(sql`${column} <= ${to}`);
}

function search(w: Where, text: string | undefined, columns: Sql[], owner: 'clue_id' | 'case_id', key: Sql): void {
  const phrase = text?.trim();
  if (!phrase) return;
  const like = likePattern(phrase);
  const ownerColumn = owner === 'clue_id' ? sql`s.clue_id` : sql`s.case_id`;
  const names = sql`EXISTS (SELECT 1 FROM concerned_person s WHERE ${ownerColumn} = ${key} AND s.name LIKE ${like} ESCAPE '\\')`;
  w.push(sql`(${sqlJoin([...columns.map((c) => sql`${c} LIKE ${like} ESCAPE '\\'`), names], sql` OR `)})`);
}

function byCampaign(w: Where, kind: 'clue' | 'case', key: Sql, filter: string | undefined): void {
  if (filter) w.push(campaignCondition(kind, key, filter));
}

const clause = (w: Where): Sql => (w.length ? sql`WHERE ${sqlJoin(w, sql` AND `)}` : sql``);

export function listClues(db: Db, q: ClueQuery): Page<ClueRow> {
  const w: Where = [];
  inList(w, sql`c.channel`, q.channels);
  const disposals = q.disposals?.filter((d) => d !== 'none');
  if (q.disposals?.includes('none')) {
    w.push(disposals?.length ? sql`(c.disposal IS NULL OR c.disposal IN ${sqlList(disposals)})` : sql`(c.disposal IS NULL)`);
  } else {
    inList(w, sql`c.disposal`, disposals);
  }
  range(w, sql`c.received_on`, q.from, q.to);
  inList(w, sql`c.id`, q.ids);
  byCampaign(w, 'clue', sql`c.id`, q.campaign);
  search(w, q.search, [sql`c.number`, sql`c.summary`], 'clue_id', sql`c.id`);
  const { page, size, offset } = pageOf(q.page, q.pageSize);
  const total = value<number>(db, sql`SELECT count(*) FROM clue c ${clause(w)}`) ?? 0;
  const rows = all<ClueSelected>(db, sql`${clueSelect()} ${clause(w)} ORDER BY c.received_on DESC, c.id DESC LIMIT ${size} OFFSET ${offset}`);
  return { rows: rows.map((r): ClueRow => withCampaigns(r)), total, page, pageSize: size };
}

export function listCases(db: Db, q: CaseQuery): Page<CaseRow> {
  const w: Where = [];
  inList(w, sql`k.category`, q.categories);
  range(w, sql`k.opened_on`, q.from, q.to);
  inList(w, sql`k.id`, q.ids);
  byCampaign(w, 'case', sql`k.id`, q.campaign);
  search(w, q.search, [sql`k.number`, sql`k.title`], 'case_id', sql`k.id`);
  const { page, size, offset } = pageOf(q.page, q.pageSize);
  const total = value<number>(db, sql`SELECT count(*) FROM case_record k ${clause(w)}`) ?? 0;
  const rows = all<CaseSelected>(db, sql`${caseSelect()} ${clause(w)} ORDER BY k.opened_on DESC, k.id DESC LIMIT ${size} OFFSET ${offset}`);
  return { rows: rows.map((r): CaseRow => withCampaigns(r)), total, page, pageSize: size };
}
