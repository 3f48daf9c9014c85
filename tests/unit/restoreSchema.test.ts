// restore and package import compare the whole schema (tables, indexes, FTS
// tables, triggers) with that of the file's own version, derived from the
// migrations; a damaged page is refused in Chinese, without SQLite's English.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { expectedSchema, schemaDifference } from '../../electron/core/db/schema';
import { LATEST_VERSION } from '../../electron/core/db/open';
import { migrations } from '../../electron/core/db/migrations';
import { cliRunner } from '../support/cli';
import { tempDir } from '../support/temp';

const cli = cliRunner('2026-11-23T10:00:00+08:00');

async function demoWithBackup() {
  const dir = tempDir();
  const db = path.join(dir, 'zicha.sqlite');
  expect((await cli('demo', '--db', db)).code).toBe(0);
  const made = await cli('backup', '--db', db);
  const backup = /已备份：(.+)$/.exec(made.out)?.[1] ?? '';
  expect(fs.existsSync(backup)).toBe(true);
  return { dir, db, backup };
}

describe('the schema of a version', () => {
  it('is what migrations 1..N make, for every N, and a real database of that version has it', async () => {
    for (const m of migrations) expect(expectedSchema(m.version).size).toBeGreaterThan(0);
    expect(expectedSchema(LATEST_VERSION)).not.toEqual(expectedSchema(LATEST_VERSION - 1));
    const { backup } = await demoWithBackup();
    const db = new Database(backup, { readonly: true });
    expect(schemaDifference(db, LATEST_VERSION)).toBeNull();
    db.close();
  });
});

describe('restore', () => {
  it('refuses a backup of the right version with the FTS table and a trigger dropped, changing nothing', async () => {
    const { dir, db, backup } = await demoWithBackup();
    const altered = path.join(dir, 'altered.sqlite');
    fs.copyFileSync(backup, altered);
    const raw = new Database(altered);
    raw.exec('DROP TABLE problem_fts; DROP TRIGGER problem_fts_insert;');
    raw.close();
    const before = fs.readFileSync(db);
    const run = await cli('restore', '--db', db, '--from', altered);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/数据结构与结构版本 \d+ 不符（缺少或被改动：.*problem_fts/);
    expect(run.err).toMatch(/等 \d+ 项/);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it('refuses a backup with a damaged page in Chinese only', async () => {
    const { dir, db, backup } = await demoWithBackup();
    const damaged = path.join(dir, 'damaged.sqlite');
    const bytes = fs.readFileSync(backup);
    const page = bytes.readUInt16BE(16) || 65536;
    bytes.fill(0x5a, page * 3 + 8, page * 3 + 400);
    fs.writeFileSync(damaged, bytes);
    const run = await cli('restore', '--db', db, '--from', damaged);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/已损坏/);
    expect(run.err).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{4,}/);
  });
});
