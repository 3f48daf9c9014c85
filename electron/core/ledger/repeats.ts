// 屡查屡犯: a problem registered that resembles one already signed off — the same
// department, the same category, and text alike — is linked to the earlier one,
// so the ledger shows it as a repeat and the summary counts repeats.
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, get, run, sql, value } from '../db/sql';

/** Text as compared: no spaces or punctuation, so wording around the same facts still matches. */
const normalized = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '');

function bigrams(text: string): Map<string, number> {
  const chars = [...normalized(text)];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  if (chars.length === 1) out.set(chars[0]!, 1);
  return out;
}

/** Dice coefficient over character bigrams, 0–1: how alike two Chinese descriptions are. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [g, n] of y) {
    total += n;
    shared += Math.min(n, x.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** How alike a description must be to count as the same problem found again. */
export const REPEAT_THRESHOLD = 0.5;

export interface RepeatMatch { id: number; number: string; similarity: number }

/** The signed-off problem this one most resembles, if any passes the threshold. */
export function findRepeatOf(db: Db, problemId: number): RepeatMatch | null {
  const p = get<Pick<Row<'problem'>, 'id' | 'department_id' | 'category' | 'description'>>(
    db,
    sql`SELECT id, department_id, category, description FROM problem WHERE id = ${problemId}`,
  );
  if (!p || p.department_id === null || !p.category.trim()) return null;
  const earlier = all<Pick<Row<'problem'>, 'id' | 'number' | 'description'>>(
    db,
    sql`SELECT id, number, description FROM problem
        WHERE id <> ${p.id} AND status = 'signedOff' AND department_id = ${p.department_id} AND category = ${p.category}`,
  );
  let best: RepeatMatch | null = null;
  for (const e of earlier) {
    const s = similarity(p.description, e.description);
    if (s >= REPEAT_THRESHOLD && (!best || s > best.similarity)) best = { id: e.id, number: e.number, similarity: s };
  }
  return best;
}

/** Links a newly registered problem to the one it repeats, with a line in its history. */
export function flagRepeat(db: Db, problemId: number, who: string, at: string): RepeatMatch | null {
  const match = findRepeatOf(db, problemId);
  if (!match) return null;
  run(db, sql`UPDATE problem SET repeat_of = ${match.id} WHERE id = ${problemId}`);
  const note = `屡查屡犯：与已销号问题 ${match.number} 相似`;
  run(db, sql`INSERT INTO problem_history (problem_id, at, by, field, old, new) VALUES (${problemId}, ${at}, ${who}, 'repeatOf', NULL, ${note})`);
  return match;
}

/** Problems of a campaign flagged 屡查屡犯. */
export function countRepeats(db: Db, campaignId: string): number {
  return value<number>(db, sql`SELECT count(*) FROM problem WHERE campaign_id = ${campaignId} AND repeat_of IS NOT NULL`) ?? 0;
}

/** The earlier problem a problem repeats, for the ledger's 屡查屡犯 link. */
export function repeatOf(db: Db, problemId: number): { id: number; number: string; description: string } | null {
  return (
    get<Pick<Row<'problem'>, 'id' | 'number' | 'description'>>(
      db,
      sql`SELECT e.id, e.number, e.description FROM problem p JOIN problem e ON e.id = p.repeat_of WHERE p.id = ${problemId}`,
    ) ?? null
  );
}
