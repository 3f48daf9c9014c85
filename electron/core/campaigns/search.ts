// Finding tasks, checklist items and table rows across all campaigns by a phrase.
import { SEARCH_MIN_CHARS, type SearchHit, type SearchHitKind } from '../../../shared/catalog';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';

const SNIPPET_CONTEXT = 18;
export const SEARCH_LIMIT = 200;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function searchCatalog(db: Db, query: string): { hits: SearchHit[]; truncated: boolean } {
  const phrase = query.replace(/[\s\u3000]/g, '');
  if ([...phrase].length < SEARCH_MIN_CHARS) {
    throw new AppError('queryTooShort', `请输入至少 ${SEARCH_MIN_CHARS} 个字再搜索`, 'query');
  }
  const rows = db
    .prepare(
      `SELECT e.campaign_id, c.title AS campaign_title, c.doc_number, e.kind, e.element_id, e.label, e.search_text
       FROM campaign_element e JOIN campaign c ON c.id = e.campaign_id
       WHERE e.retired_in IS NULL AND e.kind IN ('task', 'item', 'row') AND e.search_text LIKE ? ESCAPE '\\'
       ORDER BY COALESCE(c.start_on, c.issued_on) DESC, e.campaign_id, e.rowid
       LIMIT ${SEARCH_LIMIT + 1}`,
    )
    .all(`%${escapeLike(phrase)}%`) as {
    campaign_id: string;
    campaign_title: string;
    doc_number: string | null;
    kind: SearchHitKind;
    element_id: string;
    label: string;
    search_text: string;
  }[];
  const hits = rows.slice(0, SEARCH_LIMIT).map((r) => {
    const at = r.search_text.indexOf(phrase);
    return {
      campaignId: r.campaign_id,
      campaignTitle: r.campaign_title,
      docNumber: r.doc_number,
      kind: r.kind,
      elementId: r.element_id,
      label: r.label,
      snippet: {
        before: (at > SNIPPET_CONTEXT ? '…' : '') + r.search_text.slice(Math.max(0, at - SNIPPET_CONTEXT), at),
        match: r.search_text.slice(at, at + phrase.length),
        after:
          r.search_text.slice(at + phrase.length, at + phrase.length + SNIPPET_CONTEXT) +
          (at + phrase.length + SNIPPET_CONTEXT < r.search_text.length ? '…' : ''),
      },
    };
  });
  return { hits, truncated: rows.length > SEARCH_LIMIT };
}
