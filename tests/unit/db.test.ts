// The database file: WAL, foreign keys, STRICT tables, numbered migrations applied
// in one transaction after a backup, and a database from a newer version refused.
// Each real migration over real rows: tests/unit/migrations/NNN.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { backupBeforeMigration } from '../../electron/core/backup/take';
import { LATEST_VERSION, openDatabase, schemaVersion } from '../../electron/core/db/open';
import { migrations } from '../../electron/core/db/migrations';
import { fixedClock, tempDir } from '../support/temp';

describe('openDatabase', () => {
  it('creates a WAL database with foreign keys and STRICT tables at the latest version', async () => {
    const file = path.join(tempDir(), 'zicha.sqlite');
    const db = await openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    // Ordinary tables only: FTS's virtual and shadow tables cannot be STRICT.
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThan(10);
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    db.close();
  });

  it('migrates N-1 to N over real rows, after a backup of the file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'zicha.sqlite');
    const v1 = await openDatabase(file, { migrations: migrations.slice(0, 1) });
    v1.prepare("INSERT INTO department (name, category) VALUES ('医务科', '职能')").run();
    v1.close();
    const next = [...migrations.slice(0, 1), { version: 2, name: 'test', sql: "ALTER TABLE department ADD COLUMN code TEXT NOT NULL DEFAULT 'x'" }];
    const v2 = await openDatabase(file, { migrations: next, now: fixedClock('2026-11-23T08:00:00Z'), beforeMigrate: backupBeforeMigration });
    expect(schemaVersion(v2)).toBe(2);
    expect(v2.prepare('SELECT name, code FROM department').all()).toEqual([{ name: '医务科', code: 'x' }]);
    v2.close();
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/^zicha-v1-before-migration-20261123T080000-000-[0-9a-z]{4}\.sqlite$/)]);
    const copy = new Database(path.join(dir, 'backups', backups[0] ?? ''), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT name FROM department').pluck().all()).toEqual(['医务科']);
    copy.close();
  });

  it('rolls a failing migration back whole and keeps the data', async () => {
    const file = path.join(tempDir(), 'zicha.sqlite');
    const v1 = await openDatabase(file, { migrations: migrations.slice(0, 1) });
    v1.prepare("INSERT INTO department (name) VALUES ('药剂科')").run();
    v1.close();
    const broken = [
      ...migrations.slice(0, 1),
      { version: 2, name: 'half', sql: 'CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT; INSERT INTO no_such_table VALUES (1);' },
    ];
    await expect(openDatabase(file, { migrations: broken })).rejects.toThrow(/no_such_table/);
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT name FROM department').pluck().all()).toEqual(['药剂科']);
    db.close();
  });

  it('refuses a database made by a newer version, in Chinese, without changing it', async () => {
    const file = path.join(tempDir(), 'zicha.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    await expect(openDatabase(file)).rejects.toThrow(/更新版本的自查通/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('a file that is not a database', () => {
  it('is refused in Chinese and left as it was', async () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, '这不是数据库'.repeat(200));
    const before = fs.readFileSync(file);
    await expect(openDatabase(file)).rejects.toThrow(/不是自查通的数据库/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
