// `lock remove` killed at each of its steps (issue 23: nothing lost, nothing left
// readable): every backup in both backup locations must open, right after the kill
// and after the next start, with the key the key file still holds or plain, never
// stay under the key that went with a key file already removed (a lost restore point:
// the safety copy the removal takes first is under the old key).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { keyFilePath, openKeyed, type Key } from '../../electron/core/db/cipher';
import { readKeyFile, unwrapWithPassword } from '../../electron/core/lock/keyFile';
import { cliRunner } from '../support/cli';
import { repoRoot, resourcesDir, tempDir } from '../support/temp';

const PASSWORD = 'old-pass-11';
const cli = (stdin: string, ...argv: string[]) => cliRunner('2026-11-23T10:00:00+08:00', { stdin: async () => stdin })(...argv);

/** Runs `lock remove` cut short at one step (tests/support/rekeyKilledChild.ts); how it ended. */
function cutShort(db: string, op: string, pattern: string, when: string): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = path.join(repoRoot, 'tests', 'support', 'rekeyKilledChild.ts');
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, db, PASSWORD, '--remove', op, pattern, when], { cwd: repoRoot, stdio: 'ignore' });
    p.on('error', reject);
    p.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** Every copy the lock protects: the data folder's own (beside the database, backups/) and the second folder's. */
function copies(db: string, second: string): string[] {
  const dirs = [path.dirname(db), path.join(path.dirname(db), 'backups'), path.join(second, '自查通备份')];
  return dirs.flatMap((dir) => fs.readdirSync(dir).filter((n) => /\.sqlite$/.test(n)).map((n) => path.join(dir, n))).filter((f) => f !== db);
}

/** The key the key file holds now (null: no key file, the lock is gone). */
function keyNow(db: string): Key | null {
  const keyFile = readKeyFile(keyFilePath(db));
  return keyFile ? (unwrapWithPassword(keyFile, PASSWORD)[0] ?? null) : null;
}

/** The copies that the key of the key file (none without one) does not open whole. */
function unopenable(files: string[], key: Key | null): string[] {
  return files.filter((file) => {
    try {
      const copy = openKeyed(file, key, { readonly: true, fileMustExist: true });
      try {
        return copy.pragma('quick_check', { simple: true }) !== 'ok';
      } finally {
        copy.close();
      }
    } catch {
      return true;
    }
  });
}

describe('lock remove killed at a step', () => {
  it.each([
    ['its mark is written', 'rename', '\\.keyswitch$', 'after'],
    ['its pending key file is in place', 'rename', '\\.lock\\.json\\.next$', 'after'],
    // What decrypting one backup in place removes last.
    ['the first backup is decrypted', 'rm', '\\.sqlite-shm$', 'after'],
    // The key file in the data folder (the second folder keeps a copy of it, never removed here).
    ['the re-key has committed', 'rm', 'data[\\\\/]zicha\\.lock\\.json$', 'before'],
    ['the key file is removed', 'rm', 'data[\\\\/]zicha\\.lock\\.json$', 'after'],
    ['the switch is installed', 'rm', '\\.keyswitch$', 'after'],
    // Not killed: a fault while the backups are decrypted (the second folder cannot be listed) fails the removal.
    ['a fault decrypting the second folder', 'readdir', '自查通备份$', 'fault'],
  ] as const)('after %s: every backup opens with the key of the key file or plain, before and after the next start', async (_step, op, pattern, when) => {
    const dir = tempDir();
    const data = path.join(dir, 'data');
    const second = path.join(dir, 'usb');
    for (const d of [data, second]) fs.mkdirSync(d);
    const db = path.join(data, 'zicha.sqlite');
    expect((await cli('', 'demo', '--db', db)).code).toBe(0);
    fs.writeFileSync(path.join(data, 'backup-settings.json'), JSON.stringify({ secondFolder: second, secondWrittenAt: null, secondError: null }));
    expect((await cli(`${PASSWORD}\n`, 'lock', 'set', '--db', db)).code).toBe(0);
    expect((await cli(`${PASSWORD}\n`, 'backup', '--db', db)).code).toBe(0);

    const ended = await cutShort(db, op, pattern, when);
    expect(ended).toEqual(when === 'fault' ? { code: 1, signal: null } : { code: null, signal: 'SIGKILL' });
    const left = copies(db, second);
    // The safety copy the removal took is among them, in both places.
    expect(left.filter((f) => f.startsWith(second)).length).toBeGreaterThanOrEqual(2);
    const key = keyNow(db);
    // A removal that failed (rather than died) leaves the lock set and puts every copy back under its key at once.
    if (when === 'fault') expect(unopenable(left, key)).toEqual([]);
    const plain = left.filter((f) => unopenable([f], null).length === 0);
    expect(unopenable(left.filter((f) => !plain.includes(f)), key)).toEqual([]);

    const ctx = await AppContext.open({ dataDir: data, databaseFile: db, resourcesDir, version: 't', secret: PASSWORD, ...fixedPorts() });
    try {
      expect(ctx.locked).toBe(false);
      expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
      // The start settled the switch: with the lock still set, its unlock encrypted every copy again.
      expect(unopenable(copies(db, second), keyNow(db))).toEqual([]);
    } finally {
      ctx.close();
    }
    for (const folder of [data, path.join(data, 'backups'), path.join(second, '自查通备份')]) expect(fs.readdirSync(folder).filter((n) => /-journal$|\.keyswitch$|\.next$/.test(n))).toEqual([]);
    // And the removal can be finished from there: then every copy is plain.
    if (keyNow(db)) expect((await cli(`${PASSWORD}\n`, 'lock', 'remove', '--db', db)).code).toBe(0);
    expect(unopenable(copies(db, second), null)).toEqual([]);
  }, 120_000);
});
