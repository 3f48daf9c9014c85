// Faults of the disk in words: a full disk (a real 2 MB tmpfs, mounted as root,
// which CI is), a read-only place, a missing folder, no permission, and SQLite's
// own SQLITE_FULL / SQLITE_IOERR, injected where the real thing cannot be made.
// Each answer is Chinese, names the folder, and has no stack and no "内部错误".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliRunner, type CliRun } from '../support/cli';
import { rawError, zicha } from '../support/spawnCli';
import { tempDir } from '../support/temp';

const cli = cliRunner('2026-11-23T10:00:00+08:00');

function plainWords(run: { out: string; err: string }, folder: string, reason: RegExp): void {
  expect(rawError({ ...run, code: 1, signal: null }), run.err).toBeNull();
  expect(run.err).not.toMatch(/\n\s+at /);
  expect(run.err).toContain(folder);
  expect(run.err).toMatch(reason);
}

async function demo(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = path.join(dir, 'zicha.sqlite');
  expect((await cli('demo', '--db', db)).code).toBe(0);
  return { dir, db };
}

const fault = (code: string, message = code) => Object.assign(new Error(message), { code });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('faults injected at the file and SQLite layers', () => {
  it.each([
    ['EROFS', /该位置只读/],
    ['EACCES', /没有写入权限/],
    ['ENOENT', /文件夹不存在/],
    ['ENOSPC', /磁盘空间不足/],
  ])('%s while making the folder of backup --to and inspection workbooks --out', async (code, reason) => {
    const { dir, db } = await demo();
    const target = path.join(dir, 'somewhere', 'deep');
    const real = fs.mkdirSync;
    vi.spyOn(fs, 'mkdirSync').mockImplementation((p, o) => {
      if (String(p).startsWith(path.join(dir, 'somewhere'))) throw fault(code, `${code}: mkdir '${String(p)}'`);
      return real(p, o);
    });
    const backup: CliRun = await cli('backup', '--db', db, '--to', target);
    expect(backup.code).toBe(1);
    plainWords(backup, target, reason);
    const raw = new Database(db, { readonly: true });
    const round = raw.prepare("SELECT id FROM inspection_round WHERE status != 'closed' ORDER BY id LIMIT 1").pluck().get();
    raw.close();
    const books = await cli('inspection', 'workbooks', '--db', db, '--round', String(round), '--out', target);
    expect(books.code).toBe(1);
    plainWords(books, target, reason);
  });

  it.each([
    ['SQLITE_FULL', /磁盘空间不足/],
    ['SQLITE_IOERR_WRITE', /无法写入磁盘/],
  ])('%s from SQLite while backing up', async (code, reason) => {
    const { dir, db } = await demo();
    vi.spyOn(Database.prototype, 'backup').mockRejectedValue(fault(code, 'database or disk is full'));
    const run = await cli('backup', '--db', db);
    expect(run.code).toBe(1);
    plainWords(run, path.join(dir, 'backups'), reason);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.includes('.partial'))).toEqual([]);
  });

  it('SQLITE_IOERR from the database itself names its folder', async () => {
    const { dir, db } = await demo();
    vi.spyOn(Database.prototype, 'prepare').mockImplementation(() => {
      throw fault('SQLITE_IOERR_READ', 'disk I/O error');
    });
    const run = await cli('campaigns', 'list', '--db', db);
    vi.restoreAllMocks();
    expect(run.code).toBe(1);
    plainWords(run, dir, /无法读写磁盘/);
  });
});

describe('a real full disk (a 2 MB tmpfs)', () => {
  const root = process.getuid?.() === 0;
  it(root ? 'backup --to it, and the database on it, answer in Chinese' : 'needs root to mount a tmpfs: here the same messages come from ENOSPC injected', async () => {
    const { dir, db } = await demo();
    const full = path.join(dir, 'full');
    fs.mkdirSync(full);
    if (!root) {
      // Not root (a developer's machine): no mount; the folder fault is injected instead, so the test still decides.
      const real = fs.writeFileSync;
      vi.spyOn(fs, 'writeFileSync').mockImplementation((p, d, o) => {
        if (String(p).startsWith(full)) throw fault('ENOSPC');
        return real(p, d, o);
      });
      const run = await cli('backup', '--db', db, '--to', full);
      plainWords(run, full, /磁盘空间不足/);
      return;
    }
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', full]);
    try {
      // Nearly full: the demo database does not fit.
      const filler = Buffer.alloc(2 * 1024 * 1024 - 64 * 1024);
      fs.writeFileSync(path.join(full, 'filler'), filler);
      const backup = await zicha(['backup', '--db', db, '--to', full]);
      expect(backup.code).toBe(1);
      plainWords(backup, full, /磁盘空间不足|无法写入磁盘/);
      expect(fs.readdirSync(full)).toEqual(['filler']);
      // The database itself on the full disk: a write is refused in words, and nothing is lost.
      fs.rmSync(path.join(full, 'filler'));
      const onDisk = path.join(full, 'zicha.sqlite');
      fs.copyFileSync(db, onDisk);
      const left = 2 * 1024 * 1024 - fs.statSync(onDisk).size;
      if (left > 64 * 1024) fs.writeFileSync(path.join(full, 'filler'), Buffer.alloc(left - 48 * 1024));
      const before = new Database(onDisk, { readonly: true }).prepare('SELECT count(*) FROM problem').pluck().get();
      const template = path.join(dir, 't.xlsx');
      expect((await cli('ledger', 'template', '--db', db, '--out', template)).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(template);
      const ws = wb.getWorksheet('问题');
      for (let r = 2; r < 400; r++) ['自查', '', '', `满盘导入第${r}条${'很长的说明'.repeat(30)}`, '', '', '2026-11-20'].forEach((v, c) => (ws?.getCell(r, c + 1) ?? { value: null }).value = v || null);
      await wb.xlsx.writeFile(template);
      const runs = [await zicha(['campaigns', 'list', '--db', onDisk]), await zicha(['ledger', 'import', '--db', onDisk, template])];
      for (const run of runs) {
        if (run.code !== 0) plainWords(run, full, /磁盘空间不足|无法读写磁盘|无法写入/);
      }
      fs.rmSync(path.join(full, 'filler'), { force: true });
      const after = new Database(onDisk, { readonly: true });
      expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(after.prepare('SELECT count(*) FROM problem').pluck().get()).toBe(before);
      after.close();
      console.log(`full disk: backup → ${backup.err.trim()} | on it: ${runs.map((r) => (r.code === 0 ? 'ok' : r.err.trim())).join(' | ')}`);
    } finally {
      execFileSync('umount', ['-l', full]);
    }
  }, 120_000);
});
