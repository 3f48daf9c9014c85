// `zicha backup | restore | package` for IT staff: on the files themselves, with
// Chinese answers and exit codes a scheduler can read.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { dumpTables, tempDir } from '../support/temp';
import { cliRunner } from '../support/cli';

const cli = cliRunner('2026-11-23T10:00:00+08:00', { version: '9.9.9' });

function dump(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return dumpTables(db);
  } finally {
    db.close();
  }
}

function evidence(dir: string) {
  const root = path.join(dir, 'evidence');
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(root, f)).isFile())
    .sort()
    .map((f) => `${f} ${createHash('sha256').update(fs.readFileSync(path.join(root, f))).digest('hex')}`);
}

async function demo() {
  const dir = tempDir();
  const db = path.join(dir, 'zicha.sqlite');
  expect((await cli('demo', '--db', db)).code).toBe(0);
  return { dir, db };
}

describe('zicha backup and restore', () => {
  it('backs up to a chosen folder, restores it, and the restore can be undone', async () => {
    const { db } = await demo();
    const to = path.join(tempDir(), '备份');
    const backedUp = await cli('backup', '--db', db, '--to', to);
    expect(backedUp.code).toBe(0);
    const [name] = fs.readdirSync(to);
    expect(name).toMatch(/^zicha-v\d+-manual-20261123T020000-000-[0-9a-z]{4}\.sqlite$/);
    expect(backedUp.out).toBe(`已备份：${path.join(to, name ?? '')}`);
    const atBackup = dump(db);

    const raw = new Database(db);
    raw.prepare("INSERT INTO department (name, category) VALUES ('新设科室', '职能')").run();
    raw.close();
    const changed = dump(db);

    const restored = await cli('restore', '--db', db, '--from', path.join(to, name ?? ''));
    expect(restored.code).toBe(0);
    expect(dump(db)).toBe(atBackup);
    const undo = /恢复前的数据已备份为：(.+?)（/.exec(restored.out)?.[1] ?? '';
    expect(path.basename(undo)).toMatch(/-before-restore-20261123T020000-000-[0-9a-z]{4}\.sqlite$/);
    expect((await cli('restore', '--db', db, '--from', undo)).code).toBe(0);
    expect(dump(db)).toBe(changed);
  });

  it('refuses a file that is not a backup, and says what is missing from the command', async () => {
    const { db } = await demo();
    const before = dump(db);
    const junk = path.join(tempDir(), 'junk.sqlite');
    fs.writeFileSync(junk, 'junk'.repeat(500));
    expect(await cli('restore', '--db', db, '--from', junk)).toMatchObject({ code: 1, err: expect.stringContaining('备份“junk.sqlite”已损坏或不是自查通的数据库') });
    expect(dump(db)).toBe(before);
    expect(await cli('restore', '--db', db)).toMatchObject({ code: 2, err: expect.stringContaining('restore 需要 --from') });
    expect(await cli('backup', '--db', path.join(tempDir(), 'none.sqlite'))).toMatchObject({ code: 1, err: expect.stringContaining('不存在') });
  });
});

describe('zicha package', () => {
  it('exports, and imports into a new data folder with the same rows and evidence; never over existing work', async () => {
    const { dir, db } = await demo();
    const zip = path.join(tempDir(), '迁移包.zip');
    const exported = await cli('package', 'export', '--db', db, '--out', zip);
    expect(exported).toMatchObject({ code: 0, out: expect.stringContaining(`已导出迁移包：${zip}`) });

    const target = path.join(tempDir(), '新电脑', 'zicha.sqlite');
    const imported = await cli('package', 'import', '--in', zip, '--db', target);
    expect(imported).toMatchObject({ code: 0, out: expect.stringContaining('已导入迁移包') });
    expect(dump(target)).toBe(dump(db));
    expect(evidence(path.dirname(target))).toEqual(evidence(dir));
    expect(evidence(dir).length).toBeGreaterThan(0);

    const again = await cli('package', 'import', '--in', zip, '--db', target);
    expect(again).toMatchObject({ code: 1, err: expect.stringContaining('已有本院的数据') });
    expect(await cli('package', 'import', '--db', target)).toMatchObject({ code: 2, err: expect.stringContaining('--in') });
  });
});
