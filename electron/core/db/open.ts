// Opening the one SQLite file: WAL, foreign keys, numbered migrations applied in
// one transaction after the caller's before-migrate hook (the composition root
// passes the backup, DESIGN.md "Storage"): db/ imports no feature.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { noteDatabaseFolder } from '../files';
import { applyKey, isEncryptedFile, keyFilePath, type Key } from './cipher';
import { migrations } from './migrations';
import { useWriterProtocol } from './writer';

export type Db = Database.Database;

export const LATEST_VERSION = migrations.at(-1)?.version ?? 0;

type Migration = (typeof migrations)[number];

export interface OpenOptions {
  /** Handed to `beforeMigrate` (it names the pre-migration backup); tests pass a fixed clock. */
  now?: () => Date;
  /** Runs before pending migrations are applied to a database that has a schema already (the backup); not for a new file. */
  beforeMigrate?: (db: Db, file: string, now: Date) => Promise<unknown>;
  /** The migrations to apply; tests pass their own list to exercise N-1 → N. */
  migrations?: readonly Migration[];
  /** The raw key of an encrypted database (设置 → 应用锁); none for a plain one. */
  key?: Key | null;
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Db> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  noteDatabaseFolder(path.dirname(file));
  const db = new Database(file);
  try {
    applyKey(db, options.key ?? null);
    const list = options.migrations ?? migrations;
    // Refuse a newer schema before anything (even the WAL switch) writes to the file.
    refuseFuture(db, file, list);
    db.pragma('foreign_keys = ON');
    // Sorts and VACUUM's transient copy stay in memory: no plaintext in temp files.
    db.pragma('temp_store = MEMORY');
    useWriterProtocol(db, file);
    db.pragma('journal_mode = WAL');
    await migrate(db, file, list, options.now ?? (() => new Date()), options.beforeMigrate);
    return db;
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_NOTADB') throw notADatabase(file, options.key ?? null);
    throw e;
  }
}

/**
 * An encrypted file that the key in hand does not open: most likely the app lock
 * was set or its password changed by another window or command since this one
 * read its key (a stale key), so it asks to unlock again rather than call the file damaged.
 */
export function notADatabase(file: string, key: Key | null): AppError {
  const name = path.basename(file);
  if (isEncryptedFile(file) && (key || fs.existsSync(keyFilePath(file)))) {
    return key
      ? new AppError('staleKey', `数据库“${name}”的应用锁密码已在另一个自查通窗口或命令中修改，这里使用的密钥已失效：请用新密码重新解锁（命令行请重新运行命令）；未作任何修改`)
      : new AppError('staleKey', `数据库“${name}”已加密（应用锁可能刚在另一个自查通窗口或命令中设置）：请输入应用锁密码解锁后再试；未作任何修改`);
  }
  return new AppError('notADatabase', `文件“${name}”不是自查通的数据库，或已损坏；未作任何修改`);
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function refuseFuture(db: Db, file: string, list: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = list.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new AppError(
      'databaseFromFuture',
      `数据库文件“${path.basename(file)}”由更新版本的自查通创建（结构版本 ${current}，本程序支持到 ${latest}），请升级自查通后再打开。`,
    );
  }
}

async function migrate(db: Db, file: string, list: readonly Migration[], now: () => Date, beforeMigrate: OpenOptions['beforeMigrate']): Promise<void> {
  const current = schemaVersion(db);
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (current > 0 && beforeMigrate) await beforeMigrate(db, file, now());
  const apply = db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  apply();
}
