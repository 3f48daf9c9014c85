// Restoring a backup: check it, keep the current state as a backup (so that the
// restore can be undone), then put a fresh copy of the backup in place of the file.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { copyUnderKey, isEncryptedFile, keyOf, knownKeys, openAnyKey, openKeyed, rememberKeys, type Key } from '../db/cipher';
import { LATEST_VERSION, schemaVersion } from '../db/open';
import { schemaDifference } from '../db/schema';
import { sql, sqlIdent, value } from '../db/sql';
import { BUSY_WAIT_MS, isBusy, openAsWriter, whileAlone } from '../db/writer';
import { keysNow, openWithKeysNow, type SecretSource } from '../lock/keysNow';
import { keepAside, type BackupFile } from './names';
import { takeBackup } from './take';

export interface BackupSummary {
  campaigns: number | null;
  problems: number | null;
  cases: number | null;
}

/** Rows in one table of a backup, null when its schema has no such table (a whole-file probe, named by table). */
function count(db: Database.Database, table: string): number | null {
  const exists = value<number>(db, sql`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ${table}`);
  return exists === undefined ? null : (value<number>(db, sql`SELECT count(*) FROM ${sqlIdent(table)}`) ?? 0);
}

/** What a backup holds, read by opening it read-only; null when it cannot be read. */
export function summarizeBackup(file: string): BackupSummary | null {
  try {
    const db = openAnyKey(file, { readonly: true, fileMustExist: true });
    try {
      return { campaigns: count(db, 'campaign'), problems: count(db, 'problem'), cases: count(db, 'case_record') };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** Refuses a backup that is damaged, not ours, or from a newer version, before anything changes. */
export function checkBackupFile(file: string): void {
  const name = path.basename(file);
  let verdict: string;
  let version = 0;
  let difference: string | null = null;
  try {
    const db = openAnyKey(file, { readonly: true, fileMustExist: true });
    try {
      verdict = String(db.pragma('quick_check', { simple: true }));
      version = schemaVersion(db);
      if (verdict === 'ok' && version >= 1 && version <= LATEST_VERSION) difference = schemaDifference(db, version);
    } finally {
      db.close();
    }
  } catch {
    // Damage and a key we do not hold look alike; the latter is only possible once a lock is in use.
    verdict = isEncryptedFile(file) && knownKeys().length > 0 ? '无法打开：文件损坏，或是用另一个应用锁密码加密的' : '无法打开';
  }
  // SQLite's own findings are English page numbers: the officer is told what they mean.
  if (verdict !== 'ok') throw new AppError('backupDamaged', `备份“${name}”已损坏或不是自查通的数据库（${verdict.startsWith('无法打开') ? verdict : '完整性检查未通过'}），未作任何修改`);
  if (version < 1) throw new AppError('backupEmpty', `备份“${name}”不是自查通的数据库（没有数据结构），未作任何修改`);
  if (version > LATEST_VERSION) {
    throw new AppError('backupFromFuture', `备份“${name}”来自更新版本的自查通（结构版本 ${version}，本程序支持到 ${LATEST_VERSION}），请升级后再恢复；未作任何修改`);
  }
  if (difference) throw new AppError('backupSchema', `备份“${name}”的${difference}，可能被其他程序改动过，不能恢复；未作任何修改`);
}

/**
 * Puts `replacement`'s bytes into `target` in place (never a rename over a file
 * others may hold open), while no other connection is open: others that try to
 * open it meanwhile wait, and then read the new content. `replacement` is removed.
 */
export async function replaceInPlace(replacement: string, target: string, key: Key | null | 'any'): Promise<void> {
  if (!fs.existsSync(target)) {
    fs.renameSync(replacement, target);
    return;
  }
  await replaceUnder(key === 'any' ? openAnyKey(target, { fileMustExist: true }) : openKeyed(target, key, { fileMustExist: true }), replacement, target);
}

/** replaceInPlace with `guard`, this process's only connection to `target`, which is closed afterwards. */
export async function replaceUnder(guard: Database.Database, replacement: string, target: string): Promise<void> {
  // Opened before the hold and closed after it: closing any descriptor of the file drops every POSIX lock
  // this process has on it, SQLite's exclusive hold included, and another process then got in while the
  // guard still took itself for the only one (it read and wrote the file before the restore was done).
  let to: number;
  try {
    guard.pragma(`busy_timeout = ${BUSY_WAIT_MS}`);
    to = fs.openSync(target, 'r+');
  } catch (e) {
    guard.close();
    throw e;
  }
  try {
    await whileAlone(guard, target, () => overwrite(replacement, to), { thenClose: true });
  } finally {
    if (guard.open) guard.close();
    fs.closeSync(to);
  }
  fs.rmSync(replacement, { force: true });
}

function overwrite(source: string, to: number): void {
  const from = fs.openSync(source, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let at = 0;
    for (let n; (n = fs.readSync(from, chunk, 0, chunk.length, at)) > 0; at += n) fs.writeSync(to, chunk, 0, n, at);
    fs.ftruncateSync(to, at);
    fs.fsyncSync(to);
  } finally {
    fs.closeSync(from);
  }
}

/** Writes `partial` as a copy of the backup `source` under `key` (opened with the keys unlocked in this process). */
function copyBackup(source: string, partial: string, key: Key | null): void {
  const src = openAnyKey(source, { readonly: true, fileMustExist: true });
  try {
    copyUnderKey(src, partial, key);
  } finally {
    src.close();
  }
}

/**
 * Puts a copy of `source` where `target` is, under `key` (the target's own key,
 * null when it is plain: a backup from before a password change is re-keyed).
 * This process's own connection to `target` must be closed.
 */
export async function copyDatabaseOver(source: string, target: string, key: Key | null): Promise<void> {
  const partial = `${target}.${process.pid}.partial`;
  try {
    copyBackup(source, partial, key);
    await replaceInPlace(partial, target, key);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** What keeps the file from opening is the file itself (damage), not another process holding it, or a refused password. */
const doesNotOpen = (e: unknown) => (e instanceof AppError ? e.code === 'notADatabase' || e.code === 'staleKey' : !isBusy(e));

/**
 * The current database, opened with the keys the secret opens now (following a
 * re-key by another process, waiting while it holds the file), or null with the key
 * to restore under when the file itself does not open.
 */
async function openCurrent(file: string, secret: SecretSource): Promise<{ db: Database.Database | null; key: Key | null }> {
  try {
    const db = await openWithKeysNow(file, secret, async (keys) => {
      rememberKeys(keys);
      return openAsWriter(file, keys[0] ?? null);
    });
    return { db, key: keyOf(db) };
  } catch (e) {
    if (!doesNotOpen(e)) throw e;
    // Refused under the key the secret opens now: damage. A password changed meanwhile refuses the
    // secret here, and the refusal stands (a file kept aside under a key it no longer has is lost).
    const keys = await keysNow(file, secret).catch(() => {
      throw e;
    });
    rememberKeys(keys);
    return { db: null, key: keys[0] ?? null };
  }
}

/**
 * The command line's restore, on files: the current database (when there is one
 * and it opens) is kept as a backup first; one that does not open is kept aside.
 * The connection that took that backup stays open until the copy is in place: while
 * it is (in WAL), no other process can switch the file's key in between.
 */
export async function restoreFile(databaseFile: string, backupFile: string, now: Date, secret: SecretSource): Promise<{ undo: BackupFile | null }> {
  if (!fs.existsSync(databaseFile)) {
    checkBackupFile(backupFile);
    await copyDatabaseOver(backupFile, databaseFile, null);
    return { undo: null };
  }
  const { db, key } = await openCurrent(databaseFile, secret);
  const partial = `${databaseFile}.${process.pid}.partial`;
  try {
    // After the open: an encrypted backup opens with the keys the secret unlocked.
    checkBackupFile(backupFile);
    if (!db) {
      keepAside(databaseFile, 'replaced', now);
      await copyDatabaseOver(backupFile, databaseFile, key);
      return { undo: null };
    }
    const undo = await takeBackup(db, databaseFile, 'restore', now);
    copyBackup(backupFile, partial, key);
    await replaceUnder(db, partial, databaseFile);
    return { undo };
  } finally {
    if (db?.open) db.close();
    fs.rmSync(partial, { force: true });
  }
}
