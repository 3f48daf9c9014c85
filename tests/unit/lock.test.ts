// The app lock: the database encrypted at rest under a password, refused to plain
// SQLite and to a wrong password (nothing changes), set → change → remove with
// every row intact, encrypted backups that restore, and the recovery key.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, Input, Output } from '../../shared/api';
import { createHandlers, invoke } from '../../electron/core/api';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { buildDemo } from '../../electron/core/demo/demo';
import { dumpTables, resourcesDir, tempDir } from '../support/temp';

const now = () => new Date('2026-11-23T02:00:00Z');

async function open(dataDir: string, secret?: string, choices: Parameters<typeof fixedPorts>[0] = {}) {
  const ctx = await AppContext.open({ dataDir, resourcesDir, version: 'test', now, secret, ...fixedPorts(choices) });
  const handlers = createHandlers(ctx);
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await invoke(handlers, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as Output<C>;
  };
  return { ctx, call };
}

/** Plain SQLite (Python's sqlite3 module) reading the file: its error, or null when it reads. */
function plainSqliteError(file: string): string | null {
  const run = spawnSync('/usr/bin/python3', ['-c', 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM sqlite_master").fetchone()[0])', file], { encoding: 'utf8' });
  return run.status === 0 ? null : run.stderr;
}

const hashOf = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function officeWithData(dir: string) {
  const opened = await open(dir);
  buildDemo(opened.ctx.db, { scale: 1, evidenceDir: opened.ctx.evidenceDir });
  return { ...opened, rows: dumpTables(opened.ctx.db) };
}

describe('setting the password', () => {
  it('encrypts the file: plain SQLite cannot read it, and the app opens it locked until the password is given', async () => {
    const dir = tempDir();
    const { ctx, call, rows } = await officeWithData(dir);
    const file = ctx.databaseFile;
    expect(plainSqliteError(file)).toBeNull();
    await call('lock.set', { password: '正确的密码123' });
    ctx.close();
    expect(plainSqliteError(file)).toMatch(/file is not a database/);
    // The safety copy taken before is encrypted too, once the key is in place (issue 23: the lock locks the past).
    expect(plainSqliteError(path.join(dir, 'backups', fs.readdirSync(path.join(dir, 'backups'))[0] ?? ''))).toMatch(/file is not a database/);

    const locked = await open(dir);
    expect(await locked.call('lock.status', undefined)).toMatchObject({ enabled: true, locked: true });
    await expect(locked.call('org.get', undefined)).rejects.toThrow(/已锁定/);
    const before = [hashOf(file), hashOf(ctx.keyFile)];
    await expect(locked.call('lock.unlock', { password: '错误的密码123' })).rejects.toThrow(/wrongPassword: 密码不正确/);
    expect([hashOf(file), hashOf(ctx.keyFile)]).toEqual(before);
    await locked.call('lock.unlock', { password: '正确的密码123' });
    expect(dumpTables(locked.ctx.db)).toBe(rows);
    await locked.call('lock.lock', undefined);
    await expect(locked.call('org.get', undefined)).rejects.toThrow(/已锁定/);
    locked.ctx.close();
  });

  it('refuses a too short password and changes nothing', async () => {
    const dir = tempDir();
    const { ctx, call, rows } = await officeWithData(dir);
    await expect(call('lock.set', { password: '12345' })).rejects.toThrow(/至少 6 个字符/);
    expect(fs.existsSync(ctx.keyFile)).toBe(false);
    expect(dumpTables(ctx.db)).toBe(rows);
    ctx.close();
    expect(plainSqliteError(ctx.databaseFile)).toBeNull();
  });
});

describe('change and remove', () => {
  it('set → change → remove keeps every row; the old password stops working after a change', async () => {
    const dir = tempDir();
    const { ctx, call, rows } = await officeWithData(dir);
    await call('lock.set', { password: 'first-pass' });
    const firstBytes = fs.readFileSync(ctx.databaseFile).subarray(0, 16);
    await expect(call('lock.change', { current: 'wrong-pass', next: 'second-pass' })).rejects.toThrow(/密码不正确/);
    await call('lock.change', { current: 'first-pass', next: 'second-pass' });
    expect(fs.readFileSync(ctx.databaseFile).subarray(0, 16).equals(firstBytes)).toBe(false);
    expect(dumpTables(ctx.db)).toBe(rows);
    ctx.close();
    await expect(open(dir, 'first-pass')).rejects.toThrow(/密码不正确/);
    const again = await open(dir, 'second-pass');
    expect(dumpTables(again.ctx.db)).toBe(rows);
    await again.call('lock.remove', { current: 'second-pass' });
    again.ctx.close();
    expect(fs.existsSync(again.ctx.keyFile)).toBe(false);
    expect(plainSqliteError(again.ctx.databaseFile)).toBeNull();
    const plain = await open(dir);
    expect(dumpTables(plain.ctx.db)).toBe(rows);
    plain.ctx.close();
  });

  it('a switch interrupted before its commit leaves the old state; one interrupted after it is finished at start', async () => {
    const dir = tempDir();
    const { ctx, call, rows } = await officeWithData(dir);
    await call('lock.set', { password: 'first-pass' });
    ctx.close();
    const file = ctx.databaseFile;
    const keyFile = fs.readFileSync(ctx.keyFile, 'utf8');
    // Crash while the re-keyed copy was written: a partial copy and a pending key file.
    fs.writeFileSync(`${file}.rekeyed`, 'half a database');
    fs.writeFileSync(`${ctx.keyFile}.next`, 'plain\n');
    const kept = await open(dir, 'first-pass');
    expect(dumpTables(kept.ctx.db)).toBe(rows);
    expect(fs.existsSync(`${file}.rekeyed`) || fs.existsSync(`${ctx.keyFile}.next`)).toBe(false);
    await kept.call('lock.remove', { current: 'first-pass' });
    kept.ctx.close();
    // Crash after the decrypted copy was renamed into place, before the key file went.
    fs.writeFileSync(ctx.keyFile, keyFile);
    fs.writeFileSync(`${ctx.keyFile}.next`, 'plain\n');
    const finished = await open(dir);
    expect(finished.ctx.locked).toBe(false);
    expect(fs.existsSync(ctx.keyFile)).toBe(false);
    expect(dumpTables(finished.ctx.db)).toBe(rows);
    finished.ctx.close();
  });
});

describe('backups of an encrypted database', () => {
  it('stay encrypted, and restore (also one from before a password change)', async () => {
    const dir = tempDir();
    const { ctx, call, rows } = await officeWithData(dir);
    await call('lock.set', { password: 'first-pass' });
    const backup = await call('backup.now', undefined);
    const backupFile = path.join(dir, 'backups', backup.name);
    expect(plainSqliteError(backupFile)).toMatch(/file is not a database/);
    expect(backup.summary).toMatchObject({ problems: expect.any(Number) });
    await call('lock.change', { current: 'first-pass', next: 'second-pass' });
    ctx.db.exec('DELETE FROM problem_evidence; DELETE FROM problem');
    expect(dumpTables(ctx.db)).not.toBe(rows);
    await call('backup.restore', { name: backup.name });
    expect(dumpTables(ctx.db)).toBe(rows);
    ctx.close();
    // The restored file is under the current key: it opens with the new password only.
    expect(plainSqliteError(ctx.databaseFile)).toMatch(/file is not a database/);
    const again = await open(dir, 'second-pass');
    expect(dumpTables(again.ctx.db)).toBe(rows);
    again.ctx.close();
  });

  it('travel in a package with the key file and open on a new PC with the same password', async () => {
    const dir = tempDir();
    const target = path.join(tempDir(), 'move.zip');
    const { ctx, call, rows } = await open(dir, undefined, { saveTo: target }).then(async (o) => {
      buildDemo(o.ctx.db, { scale: 1, evidenceDir: o.ctx.evidenceDir });
      return { ...o, rows: dumpTables(o.ctx.db) };
    });
    await call('lock.set', { password: 'first-pass' });
    await call('backup.exportPackage', undefined);
    ctx.close();
    const fresh = tempDir();
    const newPc = await open(fresh, undefined, { openFiles: [target] });
    await newPc.call('backup.importPackage', undefined);
    expect(await newPc.call('lock.status', undefined)).toMatchObject({ enabled: true, locked: true });
    expect(plainSqliteError(newPc.ctx.databaseFile)).toMatch(/file is not a database/);
    await newPc.call('lock.unlock', { password: 'first-pass' });
    expect(dumpTables(newPc.ctx.db)).toBe(rows);
    newPc.ctx.close();
  });
});

describe('the recovery key', () => {
  it('unlocks instead of the password; a wrong file changes nothing', async () => {
    const dir = tempDir();
    const keyFile = path.join(tempDir(), 'recovery.txt');
    const { ctx, call, rows } = await officeWithData(dir);
    await call('lock.set', { password: 'first-pass' });
    ctx.close();
    const exporting = await open(dir, 'first-pass', { saveTo: keyFile });
    await expect(exporting.call('lock.exportRecoveryKey', { current: 'not-it-at-all' })).rejects.toThrow(/密码不正确/);
    await exporting.call('lock.exportRecoveryKey', { current: 'first-pass' });
    exporting.ctx.close();
    expect(fs.readFileSync(keyFile, 'utf8')).toMatch(/ZICHA-RECOVERY-1:[0-9a-f]{64}/);

    const wrong = path.join(tempDir(), 'wrong.txt');
    fs.writeFileSync(wrong, `ZICHA-RECOVERY-1:${'ab'.repeat(32)}\n`);
    const locked = await open(dir, undefined, { openFiles: [wrong] });
    await expect(locked.call('lock.unlockWithRecoveryKey', undefined)).rejects.toThrow(/恢复密钥不正确/);
    locked.ctx.close();
    const recovering = await open(dir, undefined, { openFiles: [keyFile] });
    expect(await recovering.call('lock.unlockWithRecoveryKey', undefined)).toMatchObject({ locked: false });
    expect(dumpTables(recovering.ctx.db)).toBe(rows);
    // The forgotten password is replaced using the recovery key in its place.
    const line = /ZICHA-RECOVERY-1:\w+/.exec(fs.readFileSync(keyFile, 'utf8'))?.[0] ?? '';
    await recovering.call('lock.change', { current: line, next: 'new-pass-2' });
    recovering.ctx.close();
    const renewed = await open(dir, 'new-pass-2');
    expect(dumpTables(renewed.ctx.db)).toBe(rows);
    renewed.ctx.close();
  });
});
