// The sql tag: values are always bound (never spliced into the text), fragments
// and lists nest with their parameters in order, and reads come back typed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { all, get, iterate, pluck, run, sql, sqlIdent, sqlJoin, sqlList, value } from '../../electron/core/db/sql';

let dir: string;
let db: Db;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-sql-'));
  db = await openDatabase(path.join(dir, 't.sqlite'));
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT');
  for (const name of ['甲', "乙'); DROP TABLE t; --", '丙']) run(db, sql`INSERT INTO t (name) VALUES (${name})`);
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('sql', () => {
  it('binds values as parameters, user text included', () => {
    const evil = "乙'); DROP TABLE t; --";
    const q = sql`SELECT id FROM t WHERE name = ${evil}`;
    expect(q.text).toBe('SELECT id FROM t WHERE name = ?');
    expect(q.params).toEqual([evil]);
    expect(value<number>(db, q)).toBe(2);
    expect(value<number>(db, sql`SELECT count(*) FROM t`)).toBe(3);
  });

  it('nests fragments and lists with their parameters in order', () => {
    const where = sqlJoin([sql`id > ${0}`, sql`name IN ${sqlList(['甲', '丙'])}`], sql` AND `);
    const q = sql`SELECT ${sqlIdent('name')} FROM t WHERE ${where} ORDER BY id LIMIT ${10}`;
    expect(q.text).toBe('SELECT name FROM t WHERE id > ? AND name IN (?, ?) ORDER BY id LIMIT ?');
    expect(q.params).toEqual([0, '甲', '丙', 10]);
    expect(pluck<string>(db, q)).toEqual(['甲', '丙']);
  });

  it('reads an empty list as no rows for IN and all rows for NOT IN', () => {
    expect(pluck<number>(db, sql`SELECT id FROM t WHERE id IN ${sqlList([])}`)).toEqual([]);
    expect(pluck<number>(db, sql`SELECT id FROM t WHERE id NOT IN ${sqlList([])} ORDER BY id`)).toEqual([1, 2, 3]);
  });

  it('refuses an identifier that is not one', () => {
    expect(() => sqlIdent('name; DROP TABLE t')).toThrow(/identifier/);
    expect(sqlIdent('p.found_on').text).toBe('p.found_on');
  });

  it('gives rows, one row, first columns and an iterator from one cached statement per text', () => {
    const byId = (id: number) => get<{ id: number; name: string }>(db, sql`SELECT id, name FROM t WHERE id = ${id}`);
    expect(byId(1)).toEqual({ id: 1, name: '甲' });
    expect(byId(9)).toBeUndefined();
    // The same text read as rows after being read plucked: the statement's mode is set on every call.
    expect(value<string>(db, sql`SELECT name, id FROM t WHERE id = ${3}`)).toBe('丙');
    expect(get<{ name: string; id: number }>(db, sql`SELECT name, id FROM t WHERE id = ${3}`)).toEqual({ name: '丙', id: 3 });
    expect(all<{ id: number }>(db, sql`SELECT id FROM t ORDER BY id DESC`).map((r) => r.id)).toEqual([3, 2, 1]);
    const names: string[] = [];
    for (const r of iterate<{ name: string }>(db, sql`SELECT name FROM t ORDER BY id`)) {
      // Another read while iterating: the iterator's statement is its own.
      names.push(`${r.name}${value<number>(db, sql`SELECT count(*) FROM t`)}`);
    }
    expect(names[0]).toBe('甲3');
    expect(run(db, sql`DELETE FROM t WHERE id IN ${sqlList([1, 3])}`).changes).toBe(2);
  });
});
