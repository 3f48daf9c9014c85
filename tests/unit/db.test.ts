// The database file: WAL, foreign keys, STRICT tables, numbered migrations applied
// in one transaction after a backup, and a database from a newer version refused.
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

describe('each migration over real rows', () => {
  it('001 → 002 keeps the catalog and the hospital, and adds self-inspection', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'zicha.sqlite');
    const v1 = await openDatabase(file, { migrations: migrations.slice(0, 1) });
    v1.prepare("INSERT INTO department (name, category) VALUES ('医务科', '职能')").run();
    v1.prepare("INSERT INTO setting (key, value) VALUES ('hospital', '{}')").run();
    v1.close();
    const v2 = await openDatabase(file, { migrations: migrations.slice(0, 2), beforeMigrate: backupBeforeMigration });
    expect(schemaVersion(v2)).toBe(2);
    expect(v2.prepare('SELECT name FROM department').pluck().all()).toEqual(['医务科']);
    expect(v2.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('inspection_round', 'answer', 'evidence')").pluck().get()).toBe(3);
    v2.close();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });
});

describe('002 → 003 over real rows', () => {
  it('turns problems flagged in self-inspection into ledger problems', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'zicha.sqlite');
    const v2 = await openDatabase(file, { migrations: migrations.slice(0, 2) });
    v2.prepare("INSERT INTO campaign (id, revision, origin, kind, title, issuers, file_json, file_sha256, loaded_at) VALUES ('c', 1, 'user', 'campaign', '测试', '[]', '{}', 'x', 'now')").run();
    v2.prepare("INSERT INTO department (id, name) VALUES (5, '医务科')").run();
    v2.prepare("INSERT INTO inspection_round (id, campaign_id, name, status, created_at, created_by) VALUES (1, 'c', '自查', 'open', 'now', '王芳')").run();
    v2.prepare("INSERT INTO round_element (round_id, element_id, kind, sort, department_id) VALUES (1, 'i1', 'item', 0, 5), (1, 'i2', 'item', 1, NULL)").run();
    v2.prepare("INSERT INTO problem_lead (round_id, element_id, summary, created_at, created_by) VALUES (1, 'i1', '无证行医', '2020-10-08T02:00:00Z', '王芳'), (1, 'i2', '超范围执业', '2020-10-09T02:00:00Z', '李强')").run();
    v2.close();
    const v3 = await openDatabase(file, { migrations: migrations.slice(0, 3) });
    expect(v3.prepare('SELECT number, source, round_id, element_id, campaign_id, description, department_id, found_on, status, created_by FROM problem ORDER BY id').all()).toEqual([
      { number: 'WT2020-0001', source: '自查', round_id: 1, element_id: 'i1', campaign_id: 'c', description: '无证行医', department_id: 5, found_on: '2020-10-08', status: 'pending', created_by: '王芳' },
      { number: 'WT2020-0002', source: '自查', round_id: 1, element_id: 'i2', campaign_id: 'c', description: '超范围执业', department_id: null, found_on: '2020-10-09', status: 'pending', created_by: '李强' },
    ]);
    expect(v3.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'problem_lead'").pluck().get()).toBe(0);
    expect(v3.prepare("SELECT rowid FROM problem_fts WHERE problem_fts MATCH '无证行'").pluck().all()).toEqual([1]);
    v3.close();
  });
});

describe('005 → 006 over real rows', () => {
  it('links clues and cases to campaigns only where certain, and lists the rest for the officer', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'zicha.sqlite');
    const v5 = await openDatabase(file, { migrations: migrations.slice(0, 5) });
    const campaign = v5.prepare("INSERT INTO campaign (id, revision, origin, kind, title, issuers, start_on, end_on, file_json, file_sha256, loaded_at) VALUES (?, 1, 'user', 'campaign', ?, '[]', ?, ?, '{}', 'x', 'now')");
    campaign.run('a', '甲专项', '2020-06-01', '2020-12-31');
    campaign.run('b', '乙专项', '2020-09-01', null);
    const clue = v5.prepare("INSERT INTO clue (id, number, received_on, channel, summary, campaign_id, created_at, created_by, updated_at) VALUES (?, ?, ?, '信访举报', '线索', ?, 'now', '王芳', 'now')");
    clue.run(1, 'XS2020-0001', '2020-07-01', 'a');
    clue.run(2, 'XS2020-0002', '2020-10-01', null);
    const kase = v5.prepare("INSERT INTO case_record (id, number, clue_id, title, category, opened_on, created_at, created_by, updated_at) VALUES (?, ?, ?, '案件', 'consumables', ?, 'now', '王芳', 'now')");
    kase.run(1, 'AJ2020-0001', 1, '2020-07-10');
    kase.run(2, 'AJ2020-0002', 2, '2020-10-05');
    kase.run(3, 'AJ2020-0003', null, '2020-05-01');
    v5.close();
    const v6 = await openDatabase(file, { migrations: migrations.slice(0, 6) });
    // Certain: the clue's own campaign, and the case made from that clue.
    expect(v6.prepare('SELECT clue_id, campaign_id FROM clue_campaign').all()).toEqual([{ clue_id: 1, campaign_id: 'a' }]);
    expect(v6.prepare('SELECT case_id, campaign_id FROM case_campaign').all()).toEqual([{ case_id: 1, campaign_id: 'a' }]);
    // The rest wait for the officer, with the campaigns whose period holds the date as a suggestion only.
    const review = v6.prepare('SELECT kind, record_id AS id, candidates FROM campaign_link_review ORDER BY kind, record_id').all() as { kind: string; id: number; candidates: string }[];
    expect(review.map((r) => [r.kind, r.id, (JSON.parse(r.candidates) as string[]).sort()])).toEqual([
      ['case', 2, ['a', 'b']], ['case', 3, []], ['clue', 2, ['a', 'b']],
    ]);
    v6.close();
  });
});

describe('007 → 008 over real rows', () => {
  it('keeps every draft and seal use, 006’s blanks and reason included, and takes the new kinds', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'zicha.sqlite');
    const v7 = await openDatabase(file, { migrations: migrations.slice(0, 7) });
    v7.prepare("INSERT INTO campaign (id, revision, origin, kind, title, issuers, start_on, end_on, file_json, file_sha256, loaded_at) VALUES ('a', 1, 'user', 'campaign', '甲专项', '[]', NULL, NULL, '{}', 'x', 'now')").run();
    v7.prepare("INSERT INTO document_draft (campaign_id, kind, doc_json, drafted_at, edited_at, edited_by) VALUES ('a', 'summary', '{\"v\":1}', '2020-11-01', '2020-11-02', '王芳')").run();
    v7.prepare(
      "INSERT INTO seal_use (id, at, campaign_id, kind, title, file, by, seal_sha256, blanks_json, blanks_reason) VALUES (7, '2020-11-30T08:00:00Z', 'a', 'summary', '总结', 'x.pdf', '王芳', 'ab', '[\"发文字号\"]', '上级要求当日报送')",
    ).run();
    v7.close();
    const v8 = await openDatabase(file, { migrations: migrations.slice(0, 8) });
    expect(v8.prepare('SELECT campaign_id, kind, doc_json, edited_by FROM document_draft').all()).toEqual([{ campaign_id: 'a', kind: 'summary', doc_json: '{"v":1}', edited_by: '王芳' }]);
    expect(v8.prepare('SELECT id, kind, blanks_json, blanks_reason FROM seal_use').all()).toEqual([{ id: 7, kind: 'summary', blanks_json: '["发文字号"]', blanks_reason: '上级要求当日报送' }]);
    v8.prepare("INSERT INTO document_draft (campaign_id, kind, doc_json, drafted_at) VALUES ('a', 'letter', '{}', '2020-11-30')").run();
    expect(v8.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    v8.close();
  });
});
