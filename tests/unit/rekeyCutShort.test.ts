// A re-key killed inside its commit: page 1 already written under the new salt (every
// re-key draws one), the rest of the file still old, the rollback journal hot. The
// cipher reads the salt from the file to decrypt that journal, so the next start must
// put the journal's page-1 head back first: then the old password opens a whole
// database holding every row (the soak found neither key opening it: staleKey). The
// same holds for a backup that lock remove was decrypting in place.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { openAnyKey, openKeyed } from '../../electron/core/db/cipher';
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

/**
 * Runs the command and SIGKILLs it the moment the first bytes of one of `watched`
 * change (a re-key's commit has begun); answers that file. One gone meanwhile (a
 * backup rotated away) is not watched any more.
 */
async function killAtCommit(watched: string[], argv: string[], stdin: string): Promise<string> {
  const before = new Map(watched.map((f) => [f, headOf(f)]));
  const p = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'electron', 'core', 'cliMain.ts'), ...argv], { cwd: repoRoot, stdio: ['pipe', 'ignore', 'ignore'] });
  const exited = new Promise<NodeJS.Signals | null>((resolve, reject) => {
    p.on('error', reject);
    p.on('exit', (_code, signal) => resolve(signal));
  });
  let running = true;
  let changed = '';
  void exited.then(() => (running = false));
  p.stdin.end(stdin);
  while (running && !changed) {
    for (const [file, head] of before) {
      if (!fs.existsSync(file)) before.delete(file);
      else if (!headOf(file).equals(head)) changed = file;
    }
    if (changed) p.kill('SIGKILL');
    else await new Promise((resolve) => setImmediate(resolve));
  }
  expect(await exited).toBe('SIGKILL');
  return changed;
}

describe('a re-key killed in its commit', () => {
  it.each([
    ['change', 'the database', 'old-pass-11\nnew-pass-22\n'],
    ['remove', 'the database', 'old-pass-11\n'],
    // Before the database, lock remove decrypts the backups one by one, each re-keyed in place.
    ['remove', 'a backup', 'old-pass-11\n'],
  ])('lock %s killed re-keying %s: the next start rolls it back, and the old password opens every row and backup', async (sub, what, stdin) => {
    const dir = tempDir();
    const db = path.join(dir, 'zicha.sqlite');
    expect((await cli('', 'demo', '--db', db)).code).toBe(0);
    // Enough pages that the commit's writes outlast the poll that catches its first one, even on a busy machine.
    const plain = openKeyed(db, null, { fileMustExist: true });
    plain.prepare("INSERT INTO setting (key, value) VALUES ('ballast', hex(randomblob(12000000)))").run();
    const problems = plain.prepare('SELECT count(*) FROM problem').pluck().get();
    plain.close();
    expect((await cli('old-pass-11\n', 'lock', 'set', '--db', db)).code).toBe(0);
    const backups = path.join(dir, 'backups');
    const watched = what === 'a backup' ? fs.readdirSync(backups).map((n) => path.join(backups, n)) : [db];
    expect(hotJournal(await killAtCommit(watched, ['lock', sub, '--db', db], stdin))).toBe(true);
    const ctx = await AppContext.open({ dataDir: dir, databaseFile: db, resourcesDir, version: 't', secret: 'old-pass-11', ...fixedPorts() });
    try {
      expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(ctx.db.prepare('SELECT count(*) FROM problem').pluck().get()).toBe(problems);
      // The unlock put every backup back under the key (the one cut short played back first).
      for (const name of fs.readdirSync(backups)) {
        const copy = openAnyKey(path.join(backups, name), { readonly: true, fileMustExist: true });
        try {
          expect(copy.pragma('quick_check', { simple: true }), name).toBe('ok');
        } finally {
          copy.close();
        }
      }
    } finally {
      ctx.close();
    }
    for (const folder of [dir, backups]) expect(fs.readdirSync(folder).filter((n) => /-journal$|\.keyswitch$|\.next$/.test(n))).toEqual([]);
  }, 120_000);
});
