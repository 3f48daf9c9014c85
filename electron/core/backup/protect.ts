// Once the app lock is set, no plain copy of the office's data is left beside it
// (DESIGN.md "Storage"): every backup in the data folder and in the second folder,
// and every copy kept aside (damaged, replaced), is encrypted in place under the
// database's key; the sample workspace (invented data) is removed, to be built
// again on demand. Run at `lock set` and again at every unlock, which finishes
// what a crash in between left.
import fs from 'node:fs';
import path from 'node:path';
import { isEncryptedFile, openAnyKey, openKeyed, rekey, restoreJournaledHead, type Key } from '../db/cipher';
import { hotJournal } from '../db/writer';
import { removePreviewCache } from '../documents/preview';
import { readBackupSettings, secondBackupDir } from './settings';
import { backupDir, removeStalePartials } from './take';

export interface Protection {
  /** Copies encrypted now. */
  encrypted: number;
  /** Copies that could not be opened (damaged), named; they are left as they are. */
  failed: string[];
  /** The folders looked at. */
  folders: string[];
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function isPlainSqlite(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(16);
      return fs.readSync(fd, head, 0, 16, 0) === 16 && head.equals(PLAIN_HEADER);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Plays back the hot journal of a copy whose re-key was cut short: plain, or under the key it had (an unlocked one). */
function rollBack(file: string): void {
  restoreJournaledHead(file);
  try {
    openAnyKey(file, { fileMustExist: true }).close();
  } catch {
    // not ours to mend: left as it is, and listed if it stays plain
  }
}

/** Encrypts one plain SQLite file in place (in one transaction; its journal goes afterwards). */
function encryptFile(file: string, key: Key): void {
  const db = openKeyed(file, null, { fileMustExist: true });
  try {
    db.pragma('temp_store = MEMORY');
    // A copy kept aside may still be in WAL: rekey works outside it only.
    db.pragma('journal_mode = DELETE');
    rekey(db, key);
  } finally {
    db.close();
  }
  for (const extra of ['-journal', '-wal', '-shm']) fs.rmSync(`${file}${extra}`, { force: true });
}

function folders(databaseFile: string): string[] {
  const dirs = [backupDir(databaseFile), path.dirname(databaseFile)];
  const second = readBackupSettings(databaseFile).secondFolder;
  if (second) {
    try {
      if (fs.statSync(secondBackupDir(second)).isDirectory()) dirs.push(secondBackupDir(second));
    } catch {
      // not reachable now (a USB drive not inserted): done at the next unlock
    }
  }
  return dirs;
}

/**
 * The plain SQLite copies in every place copies are kept (the data folder, backups/,
 * the second folder), after clearing dead processes' partials. A copy whose
 * encryption (or decryption, at lock remove) was cut short left a hot journal: it is
 * played back first, so the copy is as it was before.
 */
function plainCopies(databaseFile: string): { folders: string[]; files: string[] } {
  const found = { folders: [] as string[], files: [] as string[] };
  for (const dir of folders(databaseFile)) {
    removeStalePartials(dir);
    found.folders.push(dir);
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      if (file === databaseFile || /-(journal|wal|shm)$|\.partial$/.test(name)) continue;
      if (hotJournal(file)) rollBack(file);
      if (isPlainSqlite(file)) found.files.push(file);
    }
  }
  return found;
}

function removeSampleFolder(databaseFile: string): void {
  const sample = path.join(path.dirname(databaseFile), 'sample');
  if (fs.existsSync(sample)) fs.rmSync(sample, { recursive: true, force: true });
}

export function protectCopies(databaseFile: string, key: Key, options: { removeSample?: boolean } = {}): Protection {
  const { folders: dirs, files } = plainCopies(databaseFile);
  const outcome: Protection = { encrypted: 0, failed: [], folders: dirs };
  for (const file of files) {
    try {
      encryptFile(file, key);
      outcome.encrypted++;
    } catch {
      if (!isEncryptedFile(file)) outcome.failed.push(file);
    }
  }
  if (options.removeSample) removeSampleFolder(databaseFile);
  // The 文书 preview's printouts are only a cache: gone, not encrypted.
  removePreviewCache(databaseFile);
  return outcome;
}

/**
 * The officer's other choice at `lock set`: every plain copy in the same places is
 * deleted instead of encrypted (with SQLite's files beside it). What this process
 * is still writing is not a copy: partials of live processes stay, as always.
 */
export function removePlainCopies(databaseFile: string): Removal {
  const { folders: dirs, files } = plainCopies(databaseFile);
  for (const file of files) for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  removeSampleFolder(databaseFile);
  removePreviewCache(databaseFile);
  return { removed: files.length, folders: dirs };
}

export interface Removal {
  removed: number;
  folders: string[];
}

export function removalNote(r: Removal): string {
  return `${r.removed > 0 ? `已删除 ${r.removed} 个未加密的原有备份或副本` : '没有需要删除的原有备份'}（已检查：${r.folders.join('、')}）；此后的备份均加密保存`;
}

/** What the officer is told: what was encrypted, and what could not be. */
export function protectionNote(p: Protection): string {
  const done = p.encrypted > 0 ? `已将 ${p.encrypted} 个原有备份或副本加密` : '没有需要加密的原有备份';
  const failed = p.failed.length > 0 ? `；${p.failed.length} 个文件已损坏，无法加密，仍为未加密状态，请核对后删除：${p.failed.join('、')}` : '';
  return `${done}（已检查：${p.folders.join('、')}）${failed}`;
}

/**
 * Before the lock is removed (its key file goes with it): every encrypted backup
 * that one of `keys` opens is decrypted in place, so none is left that nothing
 * can open. A crash before the lock is gone is undone at the next unlock.
 */
export function unprotectCopies(databaseFile: string, keys: readonly Key[]): number {
  let decrypted = 0;
  for (const dir of folders(databaseFile)) {
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      if (file === databaseFile || !/\.sqlite/.test(name) || /-(journal|wal|shm)$|\.partial$/.test(name) || !fs.statSync(file).isFile() || !isEncryptedFile(file)) continue;
      for (const key of keys) {
        try {
          const db = openKeyed(file, key, { fileMustExist: true });
          try {
            db.pragma('temp_store = MEMORY');
            db.pragma('journal_mode = DELETE');
            rekey(db, null);
          } finally {
            db.close();
          }
          for (const extra of ['-journal', '-wal', '-shm']) fs.rmSync(`${file}${extra}`, { force: true });
          decrypted++;
          break;
        } catch {
          // not this key (or not a database): try the next
        }
      }
    }
  }
  return decrypted;
}
