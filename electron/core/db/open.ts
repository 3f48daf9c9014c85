// Opening the one SQLite file: WAL, foreign keys, numbered migrations applied in
// one transaction after a backup copy of the file (DESIGN.md "Storage").
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { migrations } from './migrations';

export type Db = Database.Database;

export const LATEST_VERSION = migrations.at(-1)?.version ?? 0;

export interface OpenOptions {
  /** Used to name the pre-migration backup; tests pass a fixed clock. */
  now?: () => Date;
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Db> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    await migrate(db, file, options.now ?? (() => new Date()));
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

async function migrate(db: Db, file: string, now: () => Date): Promise<void> {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new AppError(
      'databaseFromFuture',
      `数据库文件“${path.basename(file)}”由更新版本的自查通创建（结构版本 ${current}，本程序支持到 ${LATEST_VERSION}），请升级自查通后再打开。`,
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (current > 0) await backupBeforeMigration(db, file, current, now());
  const apply = db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  apply();
}

async function backupBeforeMigration(db: Db, file: string, version: number, at: Date): Promise<void> {
  const dir = path.join(path.dirname(file), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  const target = path.join(dir, `${path.basename(file, '.sqlite')}-v${version}-before-migration-${stamp}.sqlite`);
  await db.backup(target);
}
