// The `setting` table: one key-value store every part uses for its own keys
// (hospital, operator, document settings, the lock's idle minutes …), read and
// written only here so no part writes SQL over another's rows.
import type { Db } from './open';
import { run, sql, value } from './sql';

export function readSetting(db: Db, key: string): string | undefined {
  return value<string>(db, sql`SELECT value FROM setting WHERE key = ${key}`);
}

export function writeSetting(db: Db, key: string, text: string): void {
  run(db, sql`INSERT INTO setting (key, value) VALUES (${key}, ${text}) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
}

export function hasSetting(db: Db, key: string): boolean {
  return readSetting(db, key) !== undefined;
}
