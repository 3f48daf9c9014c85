// A database file of an older schema version, filled as the app of that version
// would have filled it, then opened by the app of the next version: the N−1 → N
// step each tests/unit/migrations/NNN.test.ts takes over real rows.
import path from 'node:path';
import { backupBeforeMigration } from '../../electron/core/backup/take';
import { migrations } from '../../electron/core/db/migrations';
import { LATEST_VERSION, openDatabase, schemaVersion, type Db } from '../../electron/core/db/open';
import { tempDir } from './temp';

/** Migrations 1..version: what the app of that version ships. */
export const upTo = (version: number) => migrations.filter((m) => m.version <= version);

/** Opens the file as the app of `version` would (all migrations by default, after the app's backup). */
export async function openAt(file: string, version = LATEST_VERSION): Promise<Db> {
  const db = await openDatabase(file, { migrations: upTo(version), beforeMigrate: backupBeforeMigration });
  if (schemaVersion(db) !== version) throw new Error(`opened at version ${schemaVersion(db)}, not ${version}`);
  return db;
}

/** A new database file at `version`, with the rows `fill` writes, closed again. */
export async function databaseAt(version: number, fill: (db: Db) => void = () => {}): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const file = path.join(dir, 'zicha.sqlite');
  const db = await openAt(file, version);
  try {
    fill(db);
  } finally {
    db.close();
  }
  return { dir, file };
}

/** Rows written at `version − 1`, then the file opened at `version`: the database under test (the caller closes it). */
export async function migrateOver(version: number, fill: (db: Db) => void): Promise<{ db: Db; dir: string; file: string }> {
  const made = await databaseAt(version - 1, fill);
  return { ...made, db: await openAt(made.file, version) };
}

/** Inserts one row given as column → value; returns its rowid. */
export function insert(db: Db, table: string, row: Record<string, unknown>): number {
  const columns = Object.keys(row);
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
  return Number(db.prepare(sql).run(row).lastInsertRowid);
}

/** A user campaign as the catalog stores it (001's columns), with the fields a test cares about. */
export function insertCampaign(db: Db, id: string, fields: Record<string, unknown> = {}): void {
  insert(db, 'campaign', { id, revision: 1, origin: 'user', kind: 'campaign', title: `${id}专项`, issuers: '[]', file_json: '{}', file_sha256: 'x', loaded_at: '2020-06-01T00:00:00Z', ...fields });
}

/** Every foreign key still points at a row. */
export const foreignKeyFaults = (db: Db) => db.prepare('PRAGMA foreign_key_check').all();
