// A re-key killed at the worst instant for leftovers: committed, the next key file
// in place, the file not yet let go (out of WAL, its rollback journal kept zeroed by
// the exclusive mode). The next start must take the switch as committed (the file's
// head changed, no hot journal) and leave nothing behind; the kept journal goes with
// the start's own switch back to WAL (a rollback-mode write), never by a bare delete
// of a journal that another writer may be using.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { hotJournal } from '../../electron/core/db/writer';
import { cliRunner } from '../support/cli';
import { repoRoot, resourcesDir, tempDir } from '../support/temp';

const cli = (stdin: string, ...argv: string[]) => cliRunner('2026-11-23T10:00:00+08:00', { stdin: async () => stdin })(...argv);

function runChild(...argv: string[]): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests', 'support', 'rekeyKilledChild.ts'), ...argv], { cwd: repoRoot, stdio: 'ignore' });
    p.on('error', reject);
    p.on('exit', (_code, signal) => resolve(signal));
  });
}

describe('a re-key killed after its commit, before it let go of the file', () => {
  it('is finished by the next start: the new password opens a whole database, and no journal or mark is left', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'zicha.sqlite');
    expect((await cli('', 'demo', '--db', db)).code).toBe(0);
    expect((await cli('old-pass-11\n', 'lock', 'set', '--db', db)).code).toBe(0);
    expect(await runChild(db, 'old-pass-11', 'new-pass-22')).toBe('SIGKILL');
    // What the kill left: the kept journal (not hot) and the switch's mark.
    expect(fs.existsSync(`${db}-journal`)).toBe(true);
    expect(hotJournal(db)).toBe(false);
    expect(fs.existsSync(`${db}.keyswitch`)).toBe(true);
    const ctx = await AppContext.open({ dataDir: dir, databaseFile: db, resourcesDir, version: 't', secret: 'new-pass-22', ...fixedPorts() });
    try {
      expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(ctx.db.prepare('SELECT count(*) FROM problem').pluck().get()).toBeGreaterThan(0);
    } finally {
      ctx.close();
    }
    expect(fs.readdirSync(dir).filter((n) => /-journal$|\.keyswitch$|\.next$/.test(n))).toEqual([]);
    // And the lock goes on working from there.
    const changed = await cli('new-pass-22\nthird-pass-33\n', 'lock', 'change', '--db', db);
    expect(changed.code, changed.err).toBe(0);
  }, 60_000);
});
