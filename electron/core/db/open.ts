// Opening the one SQLite file: WAL, foreign keys, numbered migrations applied in
// one transaction after a backup (DESIGN.md "Storage"; the backup module names it).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { takeBackup } from '../backup/take';
import { applyKey, type Key } from './cipher';
import { migrations } from './migrations';

export type Db = Database.Database;

export const LATEST_VERSION = migrations.at(-1)?.version ?? 0;

type Migration = (typeof migrations)[number];

export interface OpenOptions {
  /** Used to name the pre-migration backup; tests pass a fixed clock. */
  now?: () => Date;
  /** The migrations to apply; tests pass their own list to exercise N-1 → N. */
  migrations?: readonly Migration[];
  /** The raw key of an encrypted database (设置 → 应用锁); none for a plain one. */
  key?: Key | null;
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Db> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    applyKey(db, options.key ?? null);
    const list = options.migrations ?? migrations;
    // Refuse a newer schema before anything (even the WAL switch) writes to the file.
    refuseFuture(db, file, list);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    await migrate(db, file, list, options.now ?? (() => new Date()));
    return db;
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new AppError('notADatabase', `文件“${path.basename(file)}”不是自查通的数据库，或已损坏；未作任何修改`);
    }
    throw e;
  }
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

async function migrate(db: Db, file: string, list: readonly Migration[], now: () => Date): Promise<void> {
  const current = schemaVersion(db);
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (current > 0) await takeBackup(db, file, 'migration', now());
  const apply = db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  apply();
}
