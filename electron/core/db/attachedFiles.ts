// The two evidence tables (a round item's, owned by inspection/, and a problem's,
// owned by ledger/) attach stored files in the same columns. Reading and changing
// what they share is written once here; each owner names its own tables, so db/
// still names no feature's table.
import type { Db } from './open';
import { all, get, run, sql, sqlIdent, sqlList } from './sql';

export interface AttachedFiles {
  /** The table of attached files (id, original_name, covers …). */
  files: string;
  /** The table they hang from, and the files' column pointing at it. */
  parent: string;
  parentKey: string;
}

export function coversOf(db: Db, t: AttachedFiles, ids: readonly number[]): { id: number; covers: string }[] {
  return all(db, sql`SELECT id, covers FROM ${sqlIdent(t.files)} WHERE id IN ${sqlList(ids)}`);
}

/** The file's name and its parent's status (a closed round's or signed-off problem's files are only shown). */
export function attachedState<State extends string>(db: Db, t: AttachedFiles, id: number): { name: string; state: State } | undefined {
  return get(
    db,
    sql`SELECT v.original_name AS name, p.status AS state FROM ${sqlIdent(t.files)} v
        JOIN ${sqlIdent(t.parent)} p ON p.id = v.${sqlIdent(t.parentKey)} WHERE v.id = ${id}`,
  );
}

export function setCovers(db: Db, t: AttachedFiles, id: number, covers: string): void {
  run(db, sql`UPDATE ${sqlIdent(t.files)} SET covers = ${covers} WHERE id = ${id}`);
}
