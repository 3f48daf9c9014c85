// A re-key killed inside its commit: page 1 already written under the new salt (every
// re-key draws one), the rest of the file still old, the rollback journal hot. The
// cipher reads the salt from the file to decrypt that journal, so the next start must
// put the journal's page-1 head back first: then the old password opens a whole
// database holding every row (the soak found neither key opening it: staleKey).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { openKeyed } from '../../electron/core/db/cipher';
import { hotJournal } from '../../electron/core/db/writer';
import { cliRunner } from '../support/cli';
import { repoRoot, resourcesDir, tempDir } from '../support/temp';

const cli = (stdin: string, ...argv: string[]) => cliRunner('2026-11-23T10:00:00+08:00', { stdin: async () => stdin })(...argv);

function headOf(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    return head;
  } finally {
    fs.closeSync(fd);
  }
}

/** Runs the command and SIGKILLs it the moment the file's first bytes change (the re-key's commit has begun). */
async function killAtCommit(db: string, argv: string[], stdin: string): Promise<NodeJS.Signals | null> {
  const before = headOf(db);
  const p = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'electron', 'core', 'cliMain.ts'), ...argv], { cwd: repoRoot, stdio: ['pipe', 'ignore', 'ignore'] });
  const exited = new Promise<NodeJS.Signals | null>((resolve, reject) => {
    p.on('error', reject);
    p.on('exit', (_code, signal) => resolve(signal));
  });
  let running = true;
  void exited.then(() => (running = false));
  p.stdin.end(stdin);
  while (running) {
    if (!headOf(db).equals(before)) p.kill('SIGKILL');
    await new Promise((resolve) => setImmediate(resolve));
  }
  return exited;
}

describe('a re-key killed in its commit', () => {
  it.each([
    ['change', 'old-pass-11\nnew-pass-22\n'],
    ['remove', 'old-pass-11\n'],
  ])('lock %s: the next start rolls it back, and the old password opens every row', async (sub, stdin) => {
    const dir = tempDir();
    const db = path.join(dir, 'zicha.sqlite');
    expect((await cli('', 'demo', '--db', db)).code).toBe(0);
    // Enough pages that the commit's writes outlast the poll that catches its first one.
    const plain = openKeyed(db, null, { fileMustExist: true });
    plain.prepare("INSERT INTO setting (key, value) VALUES ('ballast', hex(randomblob(3000000)))").run();
    const problems = plain.prepare('SELECT count(*) FROM problem').pluck().get();
    plain.close();
    expect((await cli('old-pass-11\n', 'lock', 'set', '--db', db)).code).toBe(0);
    expect(await killAtCommit(db, ['lock', sub, '--db', db], stdin)).toBe('SIGKILL');
    expect(hotJournal(db)).toBe(true);
    const ctx = await AppContext.open({ dataDir: dir, databaseFile: db, resourcesDir, version: 't', secret: 'old-pass-11', ...fixedPorts() });
    try {
      expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(ctx.db.prepare('SELECT count(*) FROM problem').pluck().get()).toBe(problems);
    } finally {
      ctx.close();
    }
    expect(fs.readdirSync(dir).filter((n) => /-journal$|\.keyswitch$|\.next$/.test(n))).toEqual([]);
  }, 120_000);
});
