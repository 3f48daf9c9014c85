// Encryption at rest (设置 → 应用锁): SQLCipher's page format through SQLite3
// Multiple Ciphers, keyed with a raw 256-bit key (the app derives it; SQLCipher's
// own passphrase KDF is skipped). A plain file starts with "SQLite format 3";
// an encrypted one starts with random salt, which is how the two are told apart.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';

export type Key = Buffer;

/**
 * The key file beside an encrypted database (zicha.lock.json, written by lock/):
 * here, where storage is, since opening a file must tell a stale key from a damaged file.
 */
export function keyFilePath(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), `${path.basename(databaseFile, '.sqlite')}.lock.json`);
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The key each open connection was opened with (null: plain), for its backups. */
const keysOfDb = new WeakMap<Database.Database, Key | null>();
/** Every key unlocked in this process (newest first): backups taken before a password change are under an older one. */
let unlocked: Key[] = [];

export function rememberKeys(keys: readonly Key[]): void {
  const hexes = new Set(keys.map((k) => k.toString('hex')));
  unlocked = [...keys, ...unlocked.filter((k) => !hexes.has(k.toString('hex')))];
}

export function knownKeys(): readonly Key[] {
  return unlocked;
}

export function keyOf(db: Database.Database): Key | null {
  return keysOfDb.get(db) ?? null;
}

/** Neither plain SQLite nor empty: the first 16 bytes are not SQLite's header. */
export function isEncryptedFile(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(16);
    const read = fs.readSync(fd, head, 0, 16, 0);
    return read === 16 && !head.equals(PLAIN_HEADER);
  } catch {
    return false; // a folder, or unreadable
  } finally {
    fs.closeSync(fd);
  }
}

const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex');

/** The first 16 bytes of page 1 as a rollback journal holds them (its first record), or null. */
function journaledHead(databaseFile: string): Buffer | null {
  let fd: number;
  try {
    fd = fs.openSync(`${databaseFile}-journal`, 'r');
  } catch {
    return null;
  }
  try {
    const header = Buffer.alloc(28);
    if (fs.readSync(fd, header, 0, 28, 0) !== 28 || !header.subarray(0, 8).equals(JOURNAL_MAGIC)) return null;
    // The header fills one sector; the first record (page number, then the page) follows it.
    const record = Buffer.alloc(20);
    if (fs.readSync(fd, record, 0, 20, header.readUInt32BE(20)) !== 20 || record.readUInt32BE(0) !== 1) return null;
    return record.subarray(4);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Before a cut-short re-key's hot journal is played back (only where no live process
 * holds the file): puts the head of page 1 as the journal holds it back at the start
 * of the file. A re-key killed in its commit may already have written page 1 under
 * the new salt (every re-key draws a new one), and the cipher reads the salt from the
 * file to decrypt the journal: with the new salt there, neither the old key nor the new
 * one opens the file (the soak's staleKey after a killed lock change). Playback writes
 * the same bytes again.
 */
export function restoreJournaledHead(databaseFile: string): void {
  const head = journaledHead(databaseFile);
  if (!head) return;
  const fd = fs.openSync(databaseFile, 'r+');
  try {
    const now = Buffer.alloc(16);
    if (fs.readSync(fd, now, 0, 16, 0) === 16 && !now.equals(head)) fs.writeSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
}

const pragmaKey = (key: Key) => `"x'${key.toString('hex')}'"`;

/** Must come before the first read of the file. */
export function applyKey(db: Database.Database, key: Key | null): void {
  keysOfDb.set(db, key);
  if (!key) return;
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = ${pragmaKey(key)}`);
}

/** Re-encrypts an open connection's file under `key` (null: decrypts), in one transaction; not in WAL mode. */
export function rekey(db: Database.Database, key: Key | null): void {
  if (!key) db.pragma("rekey = ''");
  else {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.pragma(`rekey = ${pragmaKey(key)}`);
  }
  keysOfDb.set(db, key);
}

export function openKeyed(file: string, key: Key | null, options: Database.Options = {}): Database.Database {
  const db = new Database(file, options);
  try {
    applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/**
 * Opens a file that is plain or encrypted under one of the unlocked keys (tried in
 * turn). Throws SQLITE_NOTADB when no key opens it, as SQLite does for a damaged file.
 */
export function openAnyKey(file: string, options: Database.Options = {}, keys: readonly Key[] = unlocked): Database.Database {
  if (!isEncryptedFile(file)) return openKeyed(file, null, options);
  for (const key of keys) {
    try {
      return openKeyed(file, key, options);
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_NOTADB') throw e;
    }
  }
  return openKeyed(file, null, options);
}

/**
 * A consistent copy of a live connection's database, under the same key: SQLite's
 * online backup refuses between an encrypted and a plain file, VACUUM INTO does
 * not (the copy is keyed as its source). The copy is in rollback-journal mode.
 */
export function vacuumInto(db: Database.Database, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}

/**
 * Writes `target` as a copy of `source` (opened with the unlocked keys) under
 * `targetKey`. The original is only read; `target` is whole or removed.
 */
export function copyUnderKey(source: Database.Database, target: string, targetKey: Key | null): void {
  fs.rmSync(target, { force: true });
  try {
    vacuumInto(source, target);
    const sourceKey = keyOf(source);
    const copy = openKeyed(target, sourceKey, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      if (!sameKey(sourceKey, targetKey)) rekey(copy, targetKey);
    } finally {
      copy.close();
    }
  } catch (e) {
    fs.rmSync(target, { force: true });
    fs.rmSync(`${target}-journal`, { force: true });
    throw e;
  }
}

export function sameKey(a: Key | null, b: Key | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}

/** On locking: this process no longer opens encrypted files by itself. */
export function forgetKeys(): void {
  unlocked = [];
}
