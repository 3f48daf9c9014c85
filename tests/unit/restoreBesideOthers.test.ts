// `restore` beside other processes (issue 23). Its hold on the file lasts until it
// has let go: an import that tries meanwhile waits and is refused in Chinese, never
// let in while the restore still takes itself for the only one (closing a descriptor
// of the file had dropped SQLite's exclusive lock). Started with the password beside
// a `lock remove` or a same-password `lock change` in another process, it waits for
// it and restores under the key the file has then: never under the old key over a
// plain file, never with the database kept aside as if damaged.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isEncryptedFile, keyFilePath, openKeyed } from '../../electron/core/db/cipher';
import { unlockKeys } from '../../electron/core/lock/switchKey';
import { cliRunner } from '../support/cli';
import { hasOpen, holder, tell } from '../support/holder';
import { rawError, told, zicha } from '../support/spawnCli';
import { repoRoot, tempDir } from '../support/temp';

const NOW = '2026-11-23T10:00:00+08:00';
const PASSWORD = 'old-pass-111';
const MARK = '恢复时导入';

/** A demo database (locked with PASSWORD when asked), its backup, then rows added after the backup; and a sheet of more. */
async function demo(locked: boolean): Promise<{ db: string; backup: string; sheet: string }> {
  const dir = tempDir();
  const db = path.join(dir, 'zicha.sqlite');
  const cli = cliRunner(NOW, { stdin: async () => `${PASSWORD}\n` });
  expect((await cli('demo', '--db', db)).code).toBe(0);
  if (locked) expect((await cli('lock', 'set', '--db', db)).code).toBe(0);
  const template = path.join(dir, 'template.xlsx');
  expect((await cli('ledger', 'template', '--db', db, '--out', template)).code).toBe(0);
  const made = await cli('backup', '--db', db, '--to', path.join(dir, 'kept'));
  expect(made.code, made.err).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet('问题');
  if (!ws) throw new Error('no 问题 sheet');
  ['自查', null, null, `${MARK} 第1条`, null, null, '2026-11-20'].forEach((v, c) => (ws.getCell(2, c + 1).value = v));
  const sheet = path.join(dir, 'import.xlsx');
  await wb.xlsx.writeFile(sheet);
  // The current database differs from the backup: this row is in it, not in the backup.
  const added = await cli('ledger', 'import', '--db', db, sheet);
  expect(told({ ...added, signal: null })).toHaveLength(1);
  return { db, backup: /已备份：(.+)$/.exec(made.out)?.[1] ?? '', sheet };
}

/** The marked rows of a database, after its quick check (opened under `key`, null: plain). */
function markedRows(file: string, key: Buffer | null): number {
  const conn = openKeyed(file, key, { readonly: true, fileMustExist: true });
  try {
    expect(conn.pragma('quick_check', { simple: true })).toBe('ok');
    return conn.prepare(`SELECT count(*) FROM problem WHERE description LIKE '${MARK}%'`).pluck().get() as number;
  } finally {
    conn.close();
  }
}

describe('a command-line restore beside other processes', () => {
  it('keeps its hold until it lets go: an import meanwhile is refused in Chinese and writes nothing', async () => {
    const { db, backup, sheet } = await demo(false);
    const resume = path.join(path.dirname(db), 'resume');
    const restore = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests', 'support', 'restorePausedChild.ts'), resume, 'restore', '--db', db, '--from', backup], { cwd: repoRoot });
    let out = '';
    restore.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => restore.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      restore.stdout.on('data', (c: Buffer) => void ((out += c.toString()).includes('paused\n') && resolve()));
      void exited.then(() => reject(new Error(`the restore ended before its pause: ${out}`)));
    });
    const run = await zicha(['ledger', 'import', '--db', db, sheet], { env: { ZICHA_EXCLUSIVE_WAIT_MS: '2000' } });
    fs.writeFileSync(resume, '');
    expect(await exited, out).toBe(0);
    expect(rawError(run), run.err).toBeNull();
    expect(run.code, run.out).toBe(1);
    expect(run.err).toMatch(/另一个自查通窗口或命令正在(使用|写入)数据库/);
    expect(run.out).not.toContain('已导入');
    expect(markedRows(db, null)).toBe(0);
  }, 120_000);

  it.each([
    ['lock remove', 'remove'],
    ['a same-password lock change', `change ${PASSWORD}`],
  ])('waits for %s in another process and restores under the key the file has then', async (_what, line) => {
    const { db, backup } = await demo(true);
    const { child, exited } = await holder(db, PASSWORD);
    const target = fs.realpathSync(db);
    let pid = 0;
    let ended = false;
    const running = zicha(['restore', '--db', db, '--from', backup], { env: { ZICHA_PASSWORD: PASSWORD }, started: (p) => (pid = p) }).finally(() => (ended = true));
    // Once the restore has the database open (it has read the key file), the switch goes on.
    while (!ended && !hasOpen(pid, target)) await new Promise((resolve) => setTimeout(resolve, 20));
    await tell(child, line);
    const run = await running;
    expect(await exited).toBe(0);
    expect(rawError(run), run.err).toBeNull();
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('已恢复');
    const [key = null] = fs.existsSync(keyFilePath(db)) ? unlockKeys(db, PASSWORD) : [];
    expect(isEncryptedFile(db)).toBe(key !== null);
    expect(markedRows(db, key)).toBe(0);
    // The undo backup was taken after the switch, under the key it left: the row added after the backup is there.
    const undo = /恢复前的数据已备份为：(.+?)（/.exec(run.out)?.[1] ?? '';
    expect(markedRows(undo, key)).toBe(1);
    expect(fs.readdirSync(path.dirname(db)).filter((f) => f.includes('.replaced-'))).toEqual([]);
  }, 120_000);

  it('keeps a database that does not open aside and restores in its place', async () => {
    const { db, backup } = await demo(false);
    fs.writeFileSync(db, Buffer.alloc(8192, 7));
    const run = await cliRunner(NOW)('restore', '--db', db, '--from', backup);
    expect(run.code, run.err).toBe(0);
    expect(markedRows(db, null)).toBe(0);
    expect(fs.readdirSync(path.dirname(db)).filter((f) => f.includes('.replaced-'))).toHaveLength(1);
  }, 60_000);
});
