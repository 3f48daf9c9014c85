// Finding tasks, checklist items and table rows across all campaigns by a phrase, and
// the office's own records (ledger problems, clues, cases) that contain it.
import { SEARCH_MIN_CHARS, type RecordHit, type RecordHitKind, type SearchHit, type SearchHitKind } from '../../../shared/catalog';
import { AppError } from '../../../shared/errors';
import { casesMatching, cluesMatching } from '../cases/reads';
import type { Db } from '../db/open';
import { all, sql, type Sql } from '../db/sql';
import { problemsMatching } from '../ledger/reads';

const SNIPPET_CONTEXT = 18;
export const SEARCH_LIMIT = 200;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Records of each kind shown at most; the lists themselves page through the rest. */
export const RECORD_LIMIT = 30;

function snippetOf(text: string, phrase: string): SearchHit['snippet'] {
  const at = text.indexOf(phrase);
  return {
    before: (at > SNIPPET_CONTEXT ? '…' : '') + text.slice(Math.max(0, at - SNIPPET_CONTEXT), at),
    match: text.slice(at, at + phrase.length),
    after: text.slice(at + phrase.length, at + phrase.length + SNIPPET_CONTEXT) + (at + phrase.length + SNIPPET_CONTEXT < text.length ? '…' : ''),
  };
}

export function searchCatalog(db: Db, query: string): { hits: SearchHit[]; truncated: boolean; records: RecordHit[] } {
  const phrase = query.replace(/[\s\u3000\u0000-\u001f]/g, '');
  if ([...phrase].length < SEARCH_MIN_CHARS) {
    throw new AppError('queryTooShort', `请输入至少 ${SEARCH_MIN_CHARS} 个字再搜索`, 'query');
  }
  const rows = all<{
    campaign_id: string;
    campaign_title: string;
    doc_number: string | null;
    kind: SearchHitKind;
    element_id: string;
    label: string;
    search_text: string;
  }>(
    db,
    sql`SELECT e.campaign_id, c.title AS campaign_title, c.doc_number, e.kind, e.element_id, e.label, e.search_text
       FROM campaign_element e JOIN campaign c ON c.id = e.campaign_id
       WHERE e.retired_in IS NULL AND e.kind IN ('task', 'item', 'row') AND e.search_text LIKE ${`%${escapeLike(phrase)}%`} ESCAPE '\\'
       ORDER BY COALESCE(c.start_on, c.issued_on) DESC, e.campaign_id, e.rowid
       LIMIT ${SEARCH_LIMIT + 1}`,
  );
  const hits = rows.slice(0, SEARCH_LIMIT).map((r) => ({
    campaignId: r.campaign_id,
    campaignTitle: r.campaign_title,
    docNumber: r.doc_number,
    kind: r.kind,
    elementId: r.element_id,
    label: r.label,
    snippet: snippetOf(r.search_text, phrase),
  }));
  return { hits, truncated: rows.length > SEARCH_LIMIT, records: searchRecords(db, phrase) };
}

/** Each kind of record read by its owner, its texts the name first (the snippet comes from the first text that matches). */
const RECORD_READS: Record<RecordHitKind, typeof problemsMatching> = { problem: problemsMatching, clue: cluesMatching, case: casesMatching };

/** Where the phrase (spaces removed) lies in the text when its spaces are ignored: the original span. */
function spanIgnoringSpaces(text: string, phrase: string): [number, number] | null {
  const kept: number[] = [];
  let stripped = '';
  for (let i = 0; i < text.length; i++) {
    if (/[\s\u3000]/.test(text[i] ?? '')) continue;
    kept.push(i);
    stripped += text[i];
  }
  const at = stripped.indexOf(phrase);
  if (at < 0) return null;
  return [kept[at] ?? 0, (kept[at + phrase.length - 1] ?? 0) + 1];
}

const noSpaces = (column: Sql) => sql`replace(replace(replace(replace(${column}, ' ', ''), '\u3000', ''), char(10), ''), char(13), '')`;

/**
 * Problems, clues and cases whose own text contains the phrase, spaces ignored as the
 * catalog search does, newest first. Names of persons concerned are not searched
 * (they are sensitive and hidden in lists unless asked).
 */
function searchRecords(db: Db, phrase: string): RecordHit[] {
  const like = `%${escapeLike(phrase)}%`;
  const matches = (column: Sql) => sql`${noSpaces(column)} LIKE ${like} ESCAPE '\\'`;
  return (Object.keys(RECORD_READS) as RecordHitKind[]).flatMap((kind) =>
    RECORD_READS[kind](db, matches, RECORD_LIMIT).map((r) => {
      const label = r.texts[0] ?? '';
      const text = r.texts.find((t) => spanIgnoringSpaces(t, phrase)) ?? label;
      const [from, to] = spanIgnoringSpaces(text, phrase) ?? [0, 0];
      return {
        kind,
        id: r.id,
        number: r.number,
        label,
        snippet: {
          before: (from > SNIPPET_CONTEXT ? '…' : '') + text.slice(Math.max(0, from - SNIPPET_CONTEXT), from),
          match: text.slice(from, to),
          after: text.slice(to, to + SNIPPET_CONTEXT) + (to + SNIPPET_CONTEXT < text.length ? '…' : ''),
        },
      };
    }),
  );
}
