// Every query goes through the `sql` tag (as Signal Desktop's ts/sql/util.std.ts):
// values become bound parameters, fragments nest, lists expand to the right
// number of placeholders, and reads are typed in one place instead of an `as`
// cast per call site. Statements are prepared once per connection and text.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './open';

export type SqlValue = string | number | bigint | null | Uint8Array;

const FRAGMENT: unique symbol = Symbol('sql');

/** A piece of SQL with its parameters; only `sql`, `sqlJoin`, `sqlList` and `sqlIdent` make one. */
export interface Sql {
  readonly [FRAGMENT]: true;
  readonly text: string;
  readonly params: readonly SqlValue[];
}

function fragment(text: string, params: readonly SqlValue[]): Sql {
  return { [FRAGMENT]: true, text, params };
}

function isSql(value: unknown): value is Sql {
  return typeof value === 'object' && value !== null && FRAGMENT in value;
}

export function sql(strings: TemplateStringsArray, ...values: readonly (SqlValue | Sql)[]): Sql {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return fragment(text, params);
}

export const sqlEmpty: Sql = fragment('', []);

export function sqlJoin(parts: readonly Sql[], separator: Sql = sql`, `): Sql {
  if (parts.length === 0) return sqlEmpty;
  return parts.slice(1).reduce((acc, part) => sql`${acc}${separator}${part}`, parts[0] as Sql);
}

/**
 * A parenthesised list for `IN`: `(?, ?, ?)`. The empty list is a subquery of no
 * rows, so `x IN ()` matches nothing and `x NOT IN ()` everything, as one expects
 * (SQLite's `IN (NULL)` would make `NOT IN` match nothing).
 */
export function sqlList(values: readonly SqlValue[]): Sql {
  if (values.length === 0) return fragment('(SELECT NULL WHERE 0)', []);
  return fragment(`(${values.map(() => '?').join(', ')})`, values);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

/** A column or table name picked from the code's own map (never user text): checked, then inlined. */
export function sqlIdent(name: string): Sql {
  if (!IDENTIFIER.test(name)) throw new Error(`Not an SQL identifier: ${name}`);
  return fragment(name, []);
}

type Statement = Database.Statement<SqlValue[]>;
const MAX_CACHED = 400;
const cache = new WeakMap<Db, Map<string, Statement>>();

function statement(db: Db, text: string): Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  const found = byText.get(text);
  if (found) return found;
  const made = db.prepare<SqlValue[]>(text);
  // Most queries are fixed texts; the few built from filters vary, so the oldest go first.
  if (byText.size >= MAX_CACHED) byText.delete(byText.keys().next().value as string);
  byText.set(text, made);
  return made;
}

/** The rows of a read; `Row` is what the SELECT list names (see rows.ts for the tables' columns). */
export function all<Row>(db: Db, query: Sql): Row[] {
  return statement(db, query.text).pluck(false).all(...query.params) as Row[];
}

export function get<Row>(db: Db, query: Sql): Row | undefined {
  return statement(db, query.text).pluck(false).get(...query.params) as Row | undefined;
}

/** The first column of every row. */
export function pluck<Value>(db: Db, query: Sql): Value[] {
  return statement(db, query.text).pluck(true).all(...query.params) as Value[];
}

/** The first column of the first row (undefined when there is none). */
export function value<Value>(db: Db, query: Sql): Value | undefined {
  return statement(db, query.text).pluck(true).get(...query.params) as Value | undefined;
}

/** Rows one at a time, for exports too big to hold; prepared afresh, as a cached statement stays busy while iterated. */
export function iterate<Row>(db: Db, query: Sql): IterableIterator<Row> {
  return db.prepare<SqlValue[], Row>(query.text).iterate(...query.params);
}

export function run(db: Db, query: Sql): { changes: number; lastInsertRowid: number | bigint } {
  return statement(db, query.text).run(...query.params);
}
