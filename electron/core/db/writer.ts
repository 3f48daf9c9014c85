// The one writer protocol every process follows (the window, the command line, a
// second window), with SQLite's own locks as the arbiter (DESIGN.md "Storage"):
// write transactions begin IMMEDIATE with a bounded busy wait, and whatever
// changes the file as a whole (a re-key, a restore, a package import) first makes
// sure no other connection is open, and says so in Chinese when one stays.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { openKeyed, type Key } from './cipher';

/** How long a write waits for another writer's transaction (SQLite's busy handler). */
export const BUSY_WAIT_MS = 5000;
/** How long a change of the whole file waits for the other connections to close. */
export const EXCLUSIVE_WAIT_MS = Number(process.env.ZICHA_EXCLUSIVE_WAIT_MS) || 15_000;

export const isBusy = (e: unknown) => /^SQLITE_BUSY/.test((e as { code?: string }).code ?? '');

export function busyError(file: string): AppError {
  return new AppError(
    'databaseBusy',
    `另一个自查通窗口或命令正在写入数据库“${path.basename(file)}”，等待 ${BUSY_WAIT_MS / 1000} 秒后仍未完成：请稍后重试；本次操作未作任何修改`,
  );
}

export function inUseError(file: string): AppError {
  return new AppError(
    'databaseInUse',
    `另一个自查通窗口或命令正在使用数据库“${path.basename(file)}”，等待 ${Math.round(EXCLUSIVE_WAIT_MS / 1000)} 秒后仍未关闭：请先关闭其他自查通窗口、等命令运行结束后再试；未作任何修改`,
  );
}

/**
 * Makes every `db.transaction(fn)` of this connection BEGIN IMMEDIATE: a deferred
 * one that reads first cannot take the write lock once another process has
 * committed (SQLITE_BUSY_SNAPSHOT, which no busy wait cures). Nested calls stay
 * savepoints, as better-sqlite3 makes them.
 */
export function useWriterProtocol(db: Database.Database, file: string): void {
  db.pragma(`busy_timeout = ${BUSY_WAIT_MS}`);
  const original = db.transaction.bind(db);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- better-sqlite3's own constraint
  const immediate = <F extends (...args: any[]) => unknown>(fn: F): Database.Transaction<F> => {
    const tx = original(fn);
    const run: Database.Transaction<F>['immediate'] = (...args) => {
      try {
        return tx.immediate(...args);
      } catch (e) {
        throw isBusy(e) ? busyError(file) : e;
      }
    };
    return Object.assign(run, { default: run, immediate: run, deferred: tx.deferred, exclusive: tx.exclusive, database: db });
  };
  db.transaction = immediate;
}

/**
 * Opens `file` under `key` as every connection of ours, in WAL: while it is open a
 * re-key cannot leave WAL, so the file cannot change key under it (the soak found a
 * backup re-keyed between two reads).
 */
export function openAsWriter(file: string, key: Key | null): Database.Database {
  const db = openKeyed(file, key, { fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_WAIT_MS}`);
    db.pragma('journal_mode = WAL');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` while this connection is the only one on the file: it leaves WAL
 * (SQLite allows that only when no other connection is open) with the exclusive
 * locking mode, so that nobody opens the file until `work` is done; others that
 * try wait in their busy handler. Waits up to EXCLUSIVE_WAIT_MS for the others to
 * close, then refuses in Chinese. Afterwards the file is back in WAL, the lock released
 * (or, with `thenClose`, the connection closed without another write).
 */
export async function whileAlone<T>(db: Database.Database, file: string, work: () => T | Promise<T>, options: { thenClose?: boolean } = {}): Promise<T> {
  const deadline = Date.now() + EXCLUSIVE_WAIT_MS;
  db.pragma('locking_mode = EXCLUSIVE');
  for (;;) {
    try {
      // SQLite answers with the mode it is in: one that stayed in WAL (another connection) is busy too.
      if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw Object.assign(new Error('still in WAL'), { code: 'SQLITE_BUSY' });
      // Holds the exclusive lock from here on (exclusive locking mode keeps it after the commit).
      db.exec('BEGIN EXCLUSIVE; COMMIT');
      // Pages cached before another process's last commit went into the WAL look current once out of
      // it (WAL commits leave the header's change counter alone): drop them all, so that a re-key
      // rewrites what the file holds, never an older copy (found by the soak: a lost import).
      db.pragma('shrink_memory');
      break;
    } catch (e) {
      if (!isBusy(e)) throw e;
      if (Date.now() > deadline) {
        db.pragma('locking_mode = NORMAL');
        db.prepare('SELECT count(*) FROM sqlite_schema').get();
        throw inUseError(file);
      }
      await sleep(25 + Math.random() * 50);
    }
  }
  try {
    return await work();
  } finally {
    // After `work` rewrote the file underneath, this connection's view is stale: it only lets go.
    if (options.thenClose) {
      // The exclusive mode kept the rollback journal of leaving WAL (zeroed, nothing to play back). It goes
      // now, while the lock is still ours: once released, a journal there may be another writer's, live.
      if (!hotJournal(file)) fs.rmSync(`${file}-journal`, { force: true });
      db.close();
    } else if (db.open) {
      // NORMAL first: entered in EXCLUSIVE mode, WAL would keep the lock (and its index in heap memory) for
      // good. The read releases the lock, and SQLite deletes its kept journal as it does.
      db.pragma('locking_mode = NORMAL');
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      backToWal(db);
    }
  }
}

/**
 * Back into WAL once the lock is released. Others now open the file (and a stale
 * key's reads take their shared lock for a moment), so the switch may find it busy:
 * that must not turn a committed change into a reported failure (the soak found a
 * re-key told as failed, its new key file already in place). The file stays in
 * rollback mode then, which works, and the next open switches it (openDatabase).
 */
function backToWal(db: Database.Database): void {
  try {
    db.pragma('journal_mode = WAL');
  } catch (e) {
    if (!isBusy(e)) throw e;
  }
}

/** A rollback journal that SQLite will play back at the next open (a transaction cut short): its header is not zeroed. */
export function hotJournal(databaseFile: string): boolean {
  try {
    const fd = fs.openSync(`${databaseFile}-journal`, 'r');
    try {
      const head = Buffer.alloc(8);
      return fs.readSync(fd, head, 0, 8, 0) === 8 && head.some((b) => b !== 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}
