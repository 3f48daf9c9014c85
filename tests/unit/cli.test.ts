// Door 3: the command line, run in-process through runCli and once for real
// through `npm run zicha` to prove the script works.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { dumpTables, newDatabase, repoRoot, tempDir } from '../support/temp';
import { cliRunner } from '../support/cli';

const cli = cliRunner('2020-07-20T10:00:00+08:00');

const IDS = ['sc-2020-96', 'kz-2022-115', 'sn-2020-36', 'gx-2020-special', 'sc-2021-division'];

describe('zicha campaigns', () => {
  it('lists the five campaigns with their status on the given day', async () => {
    const db = await newDatabase(tempDir());
    const { code, out } = await cli('campaigns', 'list', '--db', db);
    expect(code).toBe(0);
    expect(out.split('\n')).toHaveLength(5);
    expect(out).toMatch(/sc-2020-96\t川卫函〔2020〕96号\t进行中/);
    const json = JSON.parse((await cli('campaigns', 'list', '--db', db, '--json')).out) as { id: string }[];
    expect(json.map((c) => c.id).sort()).toEqual([...IDS].sort());
  });

  it.each(IDS)('exports %s to a file that import accepts unchanged', async (id) => {
    const dir = tempDir();
    const db = await newDatabase(dir);
    const file = path.join(dir, `${id}.json`);
    expect((await cli('campaigns', 'export', id, file, '--db', db)).code).toBe(0);
    const imported = await cli('campaigns', 'import', file, '--db', db);
    expect(imported).toMatchObject({ code: 0, out: expect.stringContaining('已是最新') });
    const other = await newDatabase(dir, 'other.sqlite');
    expect((await cli('campaigns', 'import', file, '--db', other)).code).toBe(0);
  });

  it('accepts a document number wherever a campaign is named', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'x.json');
    expect((await cli('campaigns', 'export', '开州卫发〔2022〕115号', file, '--db', await newDatabase(dir))).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ id: 'kz-2022-115' });
  });

  it('refuses a broken file naming the broken field, and leaves the database unchanged', async () => {
    const dir = tempDir();
    const db = await newDatabase(dir);
    const file = path.join(dir, 'c.json');
    await cli('campaigns', 'export', 'sc-2020-96', file, '--db', db);
    const c = JSON.parse(fs.readFileSync(file, 'utf8'));
    c.revision = 2;
    c.tables[0].sections[2].rows[1].unit = ['万元'];
    fs.writeFileSync(file, JSON.stringify(c));
    const raw = new Database(db, { readonly: true });
    const before = dumpTables(raw);
    raw.close();
    const result = await cli('campaigns', 'import', file, '--db', db);
    expect(result.code).toBe(1);
    expect(result.err).toContain('tables[0].sections[2].rows[1].unit');
    expect(result.err).toContain('c.json');
    const after = new Database(db, { readonly: true });
    expect(dumpTables(after)).toBe(before);
    after.close();
  });

  it('says what is wrong with the command line, in Chinese', async () => {
    expect(await cli('campaigns', 'import')).toMatchObject({ code: 2, err: expect.stringContaining('需要一个专项行动文件') });
    expect(await cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('未知命令') });
    expect(await cli('campaigns', 'list', '--nope')).toMatchObject({ code: 2, err: expect.stringContaining('参数有误') });
    expect(await cli('campaigns', 'import', path.join(tempDir(), 'missing.json'), '--db', await newDatabase(tempDir()))).toMatchObject({
      code: 1,
      err: expect.stringContaining('无法读取文件'),
    });
    expect(await cli('--help')).toMatchObject({ code: 0, out: expect.stringContaining('campaigns export') });
    const help = await cli('help');
    expect(help).toMatchObject({ code: 0, out: expect.stringContaining('campaigns export') });
    expect(`${help.out}${help.err}`).not.toContain('未知命令');
  });

  it('refuses a --db that does not exist, and creates nothing', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'typo.sqlite');
    for (const argv of [['ledger', 'export', '--out', path.join(dir, 'l.xlsx')], ['campaigns', 'list'], ['backup'], ['lock', 'set']]) {
      const run = await cli(...argv, '--db', missing);
      expect(run.code).toBe(1);
      expect(run.err).toContain('不存在');
      expect(run.err).not.toContain('内部错误');
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('zicha demo', () => {
  it('builds a sample hospital into a new file only', async () => {
    const db = path.join(tempDir(), 'demo.sqlite');
    const first = await cli('demo', '--db', db, '--scale', '2');
    expect(first.code).toBe(0);
    const raw = new Database(db, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM department').pluck().get()).toBe(22);
    expect(raw.prepare('SELECT count(*) FROM person').pluck().get()).toBeGreaterThan(80);
    expect(raw.prepare('SELECT count(*) FROM campaign').pluck().get()).toBe(5);
    expect(raw.prepare('SELECT count(*) FROM inspection_round').pluck().get()).toBe(6);
    expect(raw.prepare("SELECT count(*) FROM inspection_round WHERE status = 'closed'").pluck().get()).toBe(2);
    expect(raw.prepare('SELECT count(DISTINCT json_extract(value_json, \'$.kind\')) FROM answer').pluck().get()).toBeGreaterThanOrEqual(5);
    expect(raw.prepare('SELECT count(DISTINCT status) FROM problem').pluck().get()).toBe(6);
    expect(raw.prepare("SELECT count(*) FROM problem WHERE deadline < '2020-11-20' AND status IN ('pending', 'inProgress', 'staged')").pluck().get()).toBeGreaterThan(0);
    const stored = raw.prepare('SELECT sha256 FROM evidence_file').pluck().all() as string[];
    expect(stored.length).toBeGreaterThan(0);
    for (const sha of stored) expect(fs.existsSync(path.join(path.dirname(db), 'evidence', sha.slice(0, 2), sha))).toBe(true);
    raw.close();
    expect(await cli('demo', '--db', db)).toMatchObject({ code: 1, err: expect.stringContaining('已存在') });
    expect(await cli('demo')).toMatchObject({ code: 2, err: expect.stringContaining('--db') });
    const bad = path.join(tempDir(), 'bad.sqlite');
    expect(await cli('demo', '--db', bad, '--scale', 'lots')).toMatchObject({ code: 1, err: expect.stringContaining('--scale') });
    expect(fs.existsSync(bad)).toBe(false);
  });

  it('is the same sample every time', async () => {
    const names = async () => {
      const db = path.join(tempDir(), 'demo.sqlite');
      await cli('demo', '--db', db);
      const raw = new Database(db, { readonly: true });
      const list = [
        ...raw.prepare('SELECT name FROM person ORDER BY id').pluck().all(),
        ...raw.prepare('SELECT value_json FROM answer ORDER BY round_id, element_id').pluck().all(),
      ];
      raw.close();
      return list;
    };
    expect(await names()).toEqual(await names());
  });
});

describe('npm run zicha', () => {
  it('runs the real entry point', async () => {
    const db = await newDatabase(tempDir());
    const out = execFileSync('npx', ['tsx', 'electron/core/cliMain.ts', 'campaigns', 'list', '--db', db], { cwd: repoRoot, encoding: 'utf8' });
    expect(out).toContain('川卫函〔2020〕96号');
  });
});
