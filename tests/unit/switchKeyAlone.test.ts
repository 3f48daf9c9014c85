// While a key switch holds the file alone, no other process may read it, let alone
// write it: POSIX locks belong to the process, and closing any descriptor of the file
// drops them all, so a switch that reads the file's first bytes through its own
// descriptor (for its mark) silently let others in. The concurrent re-key stress found
// the result: a process still holding the old key rewrote page 1 under it (switching
// the file back to WAL) while the rest went under the new key, and the switch's own
// way back to WAL then threw "file is not a database" with neither key opening the file.
// Once it let go and the session read again, the session's connection holds the file as
// any open one does: no other process may then take it alone.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { keyOf, type Key } from '../../electron/core/db/cipher';
import { commitKeySwitch } from '../../electron/core/lock/switchKey';
import { makeKeyFile, newKey } from '../../electron/core/lock/keyFile';
import { openApp } from '../support/app';
import { repoRoot } from '../support/temp';

/**
 * Another process on the file, without a busy wait: its first read (the row count of the
 * schema), or with `leave` its attempt to take the file out of WAL (which SQLite allows
 * only to the one connection open): what SQLite answered, or its error code.
 */
function besides(file: string, key: Key | null, leave = false): string {
  const script = `
    const Database = require('better-sqlite3-multiple-ciphers');
    const [file, key, leave] = process.argv.slice(1);
    const db = new Database(file, { fileMustExist: true, timeout: 0 });
    if (key) { db.pragma("cipher = 'sqlcipher'"); db.pragma('legacy = 4'); db.pragma(\`key = "x'\${key}'"\`); }
    try { process.stdout.write(String(leave ? db.pragma('journal_mode = DELETE', { simple: true }) : db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get())); }
    catch (e) { process.stdout.write(e.code); }`;
  const run = spawnSync(process.execPath, ['-e', script, file, key?.toString('hex') ?? '', leave ? '1' : ''], { cwd: repoRoot, encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`.trim();
}

describe('a key switch holding the file alone', () => {
  it('keeps every other process out until it lets go: setting the lock, then changing the key', async () => {
    const { ctx } = await openApp();
    try {
      const file = ctx.databaseFile;
      for (const key of [newKey(), newKey()]) {
        const before = keyOf(ctx.db);
        let beside = '';
        await ctx.switchKey(key, (db, f) => commitKeySwitch(db, f, key, makeKeyFile('alone-pass-1', key, '自查通', before ? [before] : []), () => (beside = besides(file, before))));
        expect(beside).toBe('SQLITE_BUSY');
        // Let go: the new key opens it from another process; once the session read again, its connection
        // (back in WAL) counts, and no other process may take the file alone.
        expect(Number(besides(file, key))).toBeGreaterThan(0);
        ctx.db.prepare('SELECT count(*) FROM problem').get();
        expect(besides(file, key, true)).toBe('SQLITE_BUSY');
      }
    } finally {
      ctx.close();
    }
  }, 60_000);
});
