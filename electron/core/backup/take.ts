// Taking a backup: SQLite's online backup (never a file copy of a live WAL
// database) into <data folder>/backups, then the rotation, then a copy into the
// second folder when the officer has chosen one.
import fs from 'node:fs';
import path from 'node:path';
import type { Services } from '../ports';
import { copyUnderKey, keyFilePath, keyOf, openKeyed } from '../db/cipher';
import { schemaVersion, type Db } from '../db/open';
import { hotJournal } from '../db/writer';
import { processAlive, removeStaleTempDirs, writeFault } from '../files';
import { listStoreFiles, readEvidence } from '../evidenceStore';
import { fileIsSealed } from '../lock/evidenceCipher';
import { localIsoDate } from '../../../shared/dates';
import { listBackupFiles, newBackupName, parseBackupName, type BackupFile, type BackupReason } from './names';
import { rotate } from './rotation';
import { readBackupSettings, secondBackupDir, writeBackupSettings } from './settings';

export function backupDir(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'backups');
}

/**
 * SQLite's online backup of a live database into a file of its own. The copy is
 * switched out of WAL so that opening it read-only (to list or check it) leaves
 * no -wal and -shm files beside it, and so that it can be read from memory.
 * An encrypted database is copied with VACUUM INTO instead (the online backup
 * refuses), and its copy stays under the same key.
 */
export async function snapshot(db: Db, target: string): Promise<void> {
  const key = keyOf(db);
  if (key) return copyUnderKey(db, target, key);
  await db.backup(target);
  const copy = openKeyed(target, null, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** A file being written under its final name plus our pid: `<name>.<pid>.partial` (and SQLite's -journal of it). */
const PARTIAL = /\.(\d+)\.partial(?:-journal|-wal|-shm)?$/;

export const partialPath = (dir: string, name: string) => path.join(dir, `${name}.${process.pid}.partial`);

/**
 * Removes what a killed process left half-written in `dir` (never a live
 * process's file: its pid is in the name). Partial files are never listed as backups.
 */
export function removeStalePartials(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const pid = PARTIAL.exec(n)?.[1];
    if (pid !== undefined && !processAlive(Number(pid))) fs.rmSync(path.join(dir, n), { force: true });
  }
}

/** At start-up (window and every command): what killed processes left half-written or in the temp folder. */
export function removeLeftovers(databaseFile: string): void {
  removeStalePartials(path.dirname(databaseFile));
  removeStalePartials(backupDir(databaseFile));
  removeSpentJournals(backupDir(databaseFile));
  const second = readBackupSettings(databaseFile).secondFolder;
  if (second) {
    removeStalePartials(secondBackupDir(second));
    removeSpentJournals(secondBackupDir(second));
  }
  removeStaleTempDirs();
  // A package import killed while writing evidence leaves its partial beside the stored file (evidence/ab/).
  const evidence = path.join(path.dirname(databaseFile), 'evidence');
  for (const sub of subfolders(evidence)) removeStalePartials(path.join(evidence, sub));
}

/**
 * A backup's rollback journal with nothing to play back (empty, or its header zeroed):
 * what a conversion of the copy (lock set, lock remove) killed before its first write
 * leaves, the copy whole under its old key. SQLite leaves such a journal for good; a hot
 * one stays for the next unlock to play back (backup/protect.ts).
 */
function removeSpentJournals(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith('.sqlite-journal')) continue;
    const copy = path.join(dir, name.slice(0, -'-journal'.length));
    if (!hotJournal(copy)) fs.rmSync(`${copy}-journal`, { force: true });
  }
}

function subfolders(dir: string): string[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
}

/**
 * Puts a finished `partial` under `target`, refusing to replace anything there (a
 * hard link is exclusive; a file system without links gets a rename, and the
 * random part of the name keeps it unique).
 */
export function publish(partial: string, target: string): void {
  try {
    fs.linkSync(partial, target);
    fs.rmSync(partial, { force: true });
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'EEXIST') throw e;
    fs.renameSync(partial, target);
  }
}

/** Writes one backup into `dir` (under a temporary name first) and rotates that folder. */
export async function writeBackup(db: Db, databaseFile: string, dir: string, reason: BackupReason, now: Date): Promise<BackupFile> {
  const version = schemaVersion(db);
  const name = newBackupName(databaseFile, version, reason, now);
  const partial = partialPath(dir, name);
  try {
    fs.mkdirSync(dir, { recursive: true });
    removeStalePartials(dir);
    // Created exclusively: no other process is writing this name.
    fs.writeFileSync(partial, '', { flag: 'wx' });
    await snapshot(db, partial);
    publish(partial, path.join(dir, name));
  } catch (e) {
    for (const f of [partial, `${partial}-journal`]) fs.rmSync(f, { force: true });
    throw writeFault(e, dir, '备份') ?? e;
  }
  rotateFolder(dir, now);
  const made = parseBackupName(name, dir);
  if (!made) throw new Error(`backup name not parsable: ${name}`);
  return made;
}

/** Deletes what the rotation does not keep; only ever our own backup files. */
export function rotateFolder(dir: string, now: Date): void {
  for (const old of rotate(listBackupFiles(dir), now).drop) fs.rmSync(old.file, { force: true });
}

/** A backup in the data folder and, when chosen, in the second folder. */
export async function takeBackup(db: Db, databaseFile: string, reason: BackupReason, now: Date): Promise<BackupFile> {
  const made = await writeBackup(db, databaseFile, backupDir(databaseFile), reason, now);
  copyToSecondFolder(databaseFile, made, now);
  return made;
}

/**
 * The one call before anything that changes much at once (imports, restores).
 * The sample database is disposable and gets none.
 */
export async function backupBefore(ctx: Services, reason: BackupReason): Promise<BackupFile | null> {
  if (ctx.workspace !== 'main') return null;
  return takeBackup(ctx.db, ctx.databaseFile, reason, ctx.now());
}

/** openDatabase's before-migrate hook: the file as it was, named after the schema version it had. */
export function backupBeforeMigration(db: Db, databaseFile: string, now: Date): Promise<BackupFile> {
  return takeBackup(db, databaseFile, 'migration', now);
}

/** At start-up, at most once a calendar day. */
export async function startupBackup(db: Db, databaseFile: string, now: Date): Promise<BackupFile | null> {
  const today = localIsoDate(now);
  const done = listBackupFiles(backupDir(databaseFile)).some((b) => b.reason === 'startup' && localIsoDate(b.at) === today);
  return done ? null : takeBackup(db, databaseFile, 'startup', now);
}

const COPY_REASONS: Record<string, string> = {
  ENOENT: '文件夹不存在（U 盘未插入或网络共享未连接？）',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  ENOSPC: '磁盘空间不足',
  EROFS: '该位置只读',
};

/**
 * The evidence store is append-only and content-addressed: the second folder gets
 * each file once, as stored (sealed files stay sealed), and none is deleted. A
 * copy there is replaced only when the lock has since sealed or opened the
 * store's file, and only after that file has been read back whole.
 */
function mirrorEvidence(store: string, mirror: string): void {
  for (const { file, sha256 } of listStoreFiles(store)) {
    const target = path.join(mirror, sha256.slice(0, 2), sha256);
    if (fs.existsSync(target)) {
      if (fileIsSealed(target) === fileIsSealed(file)) continue;
      try {
        readEvidence(store, sha256);
      } catch {
        continue; // damaged or not unlocked here: the older copy is kept
      }
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, `${target}.partial`);
    fs.renameSync(`${target}.partial`, target);
  }
}

/**
 * Copies a backup into the second folder and rotates it there. A failure never
 * fails the backup itself: it is remembered, and the workbench warns.
 */
export function copyToSecondFolder(databaseFile: string, backup: BackupFile, now: Date): void {
  const settings = readBackupSettings(databaseFile);
  if (!settings.secondFolder) return;
  try {
    // The chosen folder must already be there: never create it on the local disk when the drive is absent.
    if (!fs.statSync(settings.secondFolder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOENT' });
    const dir = secondBackupDir(settings.secondFolder);
    fs.mkdirSync(dir, { recursive: true });
    removeStalePartials(dir);
    const partial = partialPath(dir, backup.name);
    fs.copyFileSync(backup.file, partial, fs.constants.COPYFILE_EXCL);
    publish(partial, path.join(dir, backup.name));
    rotateFolder(dir, now);
    mirrorEvidence(path.join(path.dirname(databaseFile), 'evidence'), path.join(dir, 'evidence'));
    // Sealed evidence and encrypted backups open only with the key file (itself under the password).
    const keyFile = keyFilePath(databaseFile);
    if (fs.existsSync(keyFile)) {
      const keyPartial = partialPath(dir, path.basename(keyFile));
      fs.copyFileSync(keyFile, keyPartial);
      fs.renameSync(keyPartial, path.join(dir, path.basename(keyFile)));
    }
    settings.secondWrittenAt = now.toISOString();
    settings.secondError = null;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    settings.secondError = `未能写入第二备份位置“${settings.secondFolder}”：${COPY_REASONS[code] ?? `系统错误 ${code || '未知'}`}`;
  }
  writeBackupSettings(databaseFile, settings);
}
