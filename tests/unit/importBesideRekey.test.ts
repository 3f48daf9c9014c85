// A `ledger import` scripted by IT staff with the password it was given, while the
// officer changes or removes the app lock (issue 23). The import reads the key file,
// then waits for the file a re-key holds alone; when it gets in, the key it read no
// longer opens the file. It reads the key file again with the same password: after
// `lock remove` (no key file, a plain file) and after a re-key under the same password
// it carries on, and every row it tells is in the database. After a change to another
// password the old one cannot learn the new key (the key file holds it only under the
// new password, the older keys only under the new key): refused in Chinese, telling
// to rerun with the new password, exit 1, 0 rows, no "已导入".
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isEncryptedFile, openKeyed } from '../../electron/core/db/cipher';
import { unlockKeys } from '../../electron/core/lock/switchKey';
import { cliRunner } from '../support/cli';
import { hasOpen, holder, tell } from '../support/holder';
import { rawError, told, zicha, type SpawnedRun } from '../support/spawnCli';
import { tempDir } from '../support/temp';

const NOW = '2026-11-23T10:00:00+08:00';
const PASSWORD = 'old-pass-111';
const ROWS = 3;

async function lockedDemo(): Promise<{ db: string; sheet: string }> {
  const dir = tempDir();
  const db = path.join(dir, 'zicha.sqlite');
  const cli = cliRunner(NOW, { stdin: async () => `${PASSWORD}\n` });
  expect((await cli('demo', '--db', db)).code).toBe(0);
  const template = path.join(dir, 'template.xlsx');
  expect((await cli('ledger', 'template', '--db', db, '--out', template)).code).toBe(0);
  expect((await cli('lock', 'set', '--db', db)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet('问题');
  if (!ws) throw new Error('no 问题 sheet');
  for (let r = 0; r < ROWS; r++) ['自查', null, null, `改密时导入 第${r + 1}条`, null, null, '2026-11-20'].forEach((v, c) => (ws.getCell(r + 2, c + 1).value = v));
  const sheet = path.join(dir, 'import.xlsx');
  await wb.xlsx.writeFile(sheet);
  return { db, sheet };
}

/**
 * Runs `ledger import` with `password` beside the holder; once the import has read
 * the key file (it has the database open, waiting), the holder is told `line`.
 */
async function importWhile(db: string, sheet: string, password: string, line: string): Promise<{ run: SpawnedRun; held: number | null }> {
  const { child, exited } = await holder(db, PASSWORD);
  const target = fs.realpathSync(db);
  let pid = 0;
  let ended = false;
  const running = zicha(['ledger', 'import', '--db', db, sheet], { env: { ZICHA_PASSWORD: password }, started: (p) => (pid = p) }).finally(() => (ended = true));
  while (!ended && !hasOpen(pid, target)) await new Promise((resolve) => setTimeout(resolve, 20));
  if (ended) throw new Error(`the import ended before it opened the database: ${(await running).err}`);
  await tell(child, line);
  const run = await running;
  return { run, held: await exited };
}

function importedRows(db: string, password: string | null): string[] {
  const [key] = password === null ? [] : unlockKeys(db, password);
  const conn = openKeyed(db, key ?? null, { readonly: true, fileMustExist: true });
  try {
    expect(conn.pragma('quick_check', { simple: true })).toBe('ok');
    return conn.prepare("SELECT number FROM problem WHERE description LIKE '改密时导入%' ORDER BY number").pluck().all() as string[];
  } finally {
    conn.close();
  }
}

describe('a command-line import started with the password beside a lock change in another process', () => {
  it('carries on after `lock remove`: its rows are in the now plain database', async () => {
    const { db, sheet } = await lockedDemo();
    const { run, held } = await importWhile(db, sheet, PASSWORD, 'remove');
    expect(held).toBe(0);
    expect(rawError(run), run.err).toBeNull();
    expect(run.code, run.err).toBe(0);
    expect(isEncryptedFile(db)).toBe(false);
    expect(told(run)).toHaveLength(ROWS);
    expect(importedRows(db, null)).toEqual(told(run));
  }, 120_000);

  it('carries on after a re-key under the same password: its rows are in the database under the new key', async () => {
    const { db, sheet } = await lockedDemo();
    const [before] = unlockKeys(db, PASSWORD);
    const { run, held } = await importWhile(db, sheet, PASSWORD, `change ${PASSWORD}`);
    expect(held).toBe(0);
    expect(rawError(run), run.err).toBeNull();
    expect(run.code, run.err).toBe(0);
    expect(unlockKeys(db, PASSWORD)[0]?.equals(before ?? Buffer.alloc(0))).toBe(false);
    expect(told(run)).toHaveLength(ROWS);
    expect(importedRows(db, PASSWORD)).toEqual(told(run));
  }, 120_000);

  it('after a change to another password: refused in Chinese, rerun with the new one, 0 rows, no "已导入"', async () => {
    const { db, sheet } = await lockedDemo();
    const { run, held } = await importWhile(db, sheet, PASSWORD, 'change new-pass-222');
    expect(held).toBe(0);
    expect(rawError(run), run.err).toBeNull();
    expect(run.code).toBe(1);
    expect(run.err).toContain('应用锁密码已在另一个自查通窗口或命令中修改');
    expect(run.err).toContain('请用新密码重新解锁（命令行请重新运行命令）');
    expect(run.out).not.toContain('已导入');
    expect(importedRows(db, 'new-pass-222')).toEqual([]);
    expect(() => unlockKeys(db, PASSWORD)).toThrow('密码不正确');
  }, 120_000);

  it('refuses a wrong password as before: "密码不正确", 0 rows', async () => {
    const { db, sheet } = await lockedDemo();
    const { child, exited } = await holder(db, PASSWORD);
    const run = await zicha(['ledger', 'import', '--db', db, sheet], { env: { ZICHA_PASSWORD: 'wrong-pass-333' } });
    await tell(child, 'remove');
    expect(await exited).toBe(0);
    expect(rawError(run), run.err).toBeNull();
    expect(run.code).toBe(1);
    expect(run.err).toContain('密码不正确');
    expect(run.out).not.toContain('已导入');
    expect(importedRows(db, null)).toEqual([]);
  }, 120_000);
});
