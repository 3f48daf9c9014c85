// The lock locks the past: after `lock set`, no plain SQLite file and no byte of
// the office's text is left in the data folder, either backup location or the
// temporary folder; the earlier backups open with the new password.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKeyed } from '../../electron/core/db/cipher';
import { openDatabase } from '../../electron/core/db/open';
import { unlockKeys } from '../../electron/core/lock/switchKey';
import { cliRunner } from '../support/cli';
import { rawError, zicha } from '../support/spawnCli';
import { tempDir } from '../support/temp';

const cli = cliRunner('2026-11-23T10:00:00+08:00');
const PLAIN = Buffer.from('SQLite format 3\0', 'latin1');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : e.isFile() ? [p] : [];
  });
}

/** Files that are plain SQLite or hold the marker's bytes. */
function readable(dirs: string[], marker: string): string[] {
  const needle = Buffer.from(marker, 'utf8');
  return dirs.flatMap(filesUnder).filter((f) => {
    const bytes = fs.readFileSync(f);
    return bytes.subarray(0, 16).equals(PLAIN) || bytes.includes(needle);
  });
}

/** A demo database with a marker text, two plain backups in the data folder and two in a second folder. */
async function withPlainBackups() {
  const dir = tempDir();
  const data = path.join(dir, 'data');
  const second = path.join(dir, 'usb');
  const tmp = path.join(dir, 'tmp');
  for (const d of [data, second, tmp]) fs.mkdirSync(d);
  const db = path.join(data, 'zicha.sqlite');
  expect((await cli('demo', '--db', db)).code).toBe(0);
  const marker = `标记文字-${Math.random().toString(36).slice(2)}`;
  const conn = await openDatabase(db);
  conn.prepare('UPDATE problem SET description = ? WHERE id = (SELECT min(id) FROM problem)').run(marker);
  conn.close();
  fs.writeFileSync(path.join(data, 'backup-settings.json'), JSON.stringify({ secondFolder: second, secondWrittenAt: null, secondError: null }));
  for (let i = 0; i < 2; i++) expect((await cli('backup', '--db', db)).code).toBe(0);
  // Before: the marker can be read in plain copies in both places (so the scans after can fail).
  const before = readable([data, second], marker);
  expect(before.filter((f) => f.startsWith(second)).length).toBeGreaterThan(0);
  expect(before.filter((f) => f.includes(`${path.sep}backups${path.sep}`)).length).toBeGreaterThanOrEqual(2);
  return { data, second, tmp, db, marker };
}

describe('lock set', () => {
  it('encrypts every earlier backup in both locations and its own safety copy, and says so', async () => {
    const { data, second, tmp, db, marker } = await withPlainBackups();

    const run = await zicha(['lock', 'set', '--db', db], { stdin: 'first-pass-1\n', env: { TMPDIR: tmp } });
    expect(rawError(run)).toBeNull();
    expect(run.code).toBe(0);
    const encrypted = Number(/已将 (\d+) 个原有备份或副本加密/.exec(run.out)?.[1]);
    // Two backups in each folder, and the safety copy lock set itself takes.
    expect(encrypted).toBeGreaterThanOrEqual(5);
    expect(run.out).toContain(second);

    expect(readable([data, second, tmp], marker)).toEqual([]);
    const [key] = unlockKeys(db, 'first-pass-1');
    const backups = [...filesUnder(path.join(data, 'backups')), ...filesUnder(second).filter((f) => f.endsWith('.sqlite'))];
    expect(backups.length).toBe(encrypted);
    for (const b of backups) {
      const copy = openKeyed(b, key ?? null, { readonly: true, fileMustExist: true });
      expect(copy.prepare('SELECT count(*) FROM problem WHERE description = ?').pluck().get(marker)).toBe(1);
      copy.close();
    }
    console.log(`lock set: ${encrypted} earlier copies encrypted; 0 plain SQLite files, 0 marker bytes in data, second folder and temp`);
  }, 120_000);

  it('with --remove-old-backups deletes them instead, keeps one new encrypted backup, and says so', async () => {
    const { data, second, tmp, db, marker } = await withPlainBackups();
    const run = await zicha(['lock', 'set', '--remove-old-backups', '--db', db], { stdin: 'first-pass-1\n', env: { TMPDIR: tmp } });
    expect(rawError(run)).toBeNull();
    expect(run.code, run.err).toBe(0);
    // Two backups in each folder, and the safety copy lock set itself takes.
    expect(Number(/已删除 (\d+) 个未加密的原有备份或副本/.exec(run.out)?.[1])).toBeGreaterThanOrEqual(5);
    expect(run.out).toContain(second);
    expect(run.out).toMatch(/已新建一个加密备份/);
    expect(readable([data, second, tmp], marker)).toEqual([]);
    const [key] = unlockKeys(db, 'first-pass-1');
    const backups = [...filesUnder(path.join(data, 'backups')), ...filesUnder(second).filter((f) => f.endsWith('.sqlite'))];
    // The new one, in the data folder and its copy in the second folder; it holds the marker, under the key.
    expect(backups).toHaveLength(2);
    for (const b of backups) {
      const copy = openKeyed(b, key ?? null, { readonly: true, fileMustExist: true });
      expect(copy.prepare('SELECT count(*) FROM problem WHERE description = ?').pluck().get(marker)).toBe(1);
      copy.close();
    }
  }, 120_000);
});
