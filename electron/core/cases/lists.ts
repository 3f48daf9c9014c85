// Lists of clues and cases, filtered, searched and paged in SQLite. Lists show the
// names of the persons concerned; exports leave them out unless asked.
import type { CaseCategory, CaseRow, ClueChannel, ClueDisposal, ClueRow, Page } from '../../../shared/cases';
import type { Db } from '../db/open';
import { CASE_SELECT } from './caseRecords';
import { CLUE_SELECT } from './clues';
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

interface Where {
  sql: string[];
  params: (string | number)[];
}

function inList(w: Where, column: string, values: readonly (string | number)[] | undefined): void {
  if (!values?.length) return;
  w.sql.push(`${column} IN (${values.map(() => '?').join(', ')})`);
  w.params.push(...values);
}

function range(w: Where, column: string, from: string | undefined, to: string | undefined): void {
  if (from) {
    w.sql.push(`${column} >= ?`);
    w.params.push(from);
  }
  if (to) {
    w.sql.push(`${column} <= ?`);
    w.params.push(to);
  }
}

function search(w: Where, text: string | undefined, columns: string[], owner: 'clue_id' | 'case_id', key: string): void {
  const phrase = text?.trim();
  if (!phrase) return;
  const like = likePattern(phrase);
  const names = `EXISTS (SELECT 1 FROM concerned_person s WHERE s.${owner} = ${key} AND s.name LIKE ? ESCAPE '\\')`;
  w.sql.push(`(${[...columns.map((c) => `${c} LIKE ? ESCAPE '\\'`), names].join(' OR ')})`);
  w.params.push(...columns.map(() => like), like);
}

function byCampaign(w: Where, kind: 'clue' | 'case', key: string, filter: string | undefined): void {
  if (!filter) return;
  const c = campaignCondition(kind, key, filter);
  w.sql.push(c.sql);
  w.params.push(...c.params);
}

const clause = (w: Where) => (w.sql.length ? `WHERE ${w.sql.join(' AND ')}` : '');

export function listClues(db: Db, q: ClueQuery): Page<ClueRow> {
  const w: Where = { sql: [], params: [] };
  inList(w, 'c.channel', q.channels);
  const disposals = q.disposals?.filter((d) => d !== 'none');
  if (q.disposals?.includes('none')) {
    w.sql.push(`(c.disposal IS NULL${disposals?.length ? ` OR c.disposal IN (${disposals.map(() => '?').join(', ')})` : ''})`);
    w.params.push(...(disposals ?? []));
  } else {
    inList(w, 'c.disposal', disposals);
  }
  range(w, 'c.received_on', q.from, q.to);
  inList(w, 'c.id', q.ids);
  byCampaign(w, 'clue', 'c.id', q.campaign);
  search(w, q.search, ['c.number', 'c.summary'], 'clue_id', 'c.id');
  const { page, size, offset } = pageOf(q.page, q.pageSize);
  const total = db.prepare(`SELECT count(*) FROM clue c ${clause(w)}`).pluck().get(...w.params) as number;
  const rows = db
    .prepare(`${CLUE_SELECT} ${clause(w)} ORDER BY c.received_on DESC, c.id DESC LIMIT ? OFFSET ?`)
    .all(...w.params, size, offset);
  return { rows: rows.map((r) => withCampaigns<ClueRow>(r)), total, page, pageSize: size };
}

export function listCases(db: Db, q: CaseQuery): Page<CaseRow> {
  const w: Where = { sql: [], params: [] };
  inList(w, 'k.category', q.categories);
  range(w, 'k.opened_on', q.from, q.to);
  inList(w, 'k.id', q.ids);
  byCampaign(w, 'case', 'k.id', q.campaign);
  search(w, q.search, ['k.number', 'k.title'], 'case_id', 'k.id');
  const { page, size, offset } = pageOf(q.page, q.pageSize);
  const total = db.prepare(`SELECT count(*) FROM case_record k ${clause(w)}`).pluck().get(...w.params) as number;
  const rows = db
    .prepare(`${CASE_SELECT} ${clause(w)} ORDER BY k.opened_on DESC, k.id DESC LIMIT ? OFFSET ?`)
    .all(...w.params, size, offset);
  return { rows: rows.map((r) => withCampaigns<CaseRow>(r)), total, page, pageSize: size };
}
