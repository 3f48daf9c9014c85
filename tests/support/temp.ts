// Real files in a fresh temp folder per test, removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3-multiple-ciphers';
import { afterEach } from 'vitest';
import { openCatalogDatabase } from '../../electron/core/context';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const resourcesDir = path.join(repoRoot, 'resources');
export const campaignsDir = path.join(resourcesDir, 'campaigns');
export const noticesDir = path.join(repoRoot, 'tests', 'fixtures', 'notices');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-test-'));
  made.push(dir);
  return dir;
}

/** Every table's rows, as text: equal before and after means nothing changed. */
export function dumpTables(db: Database.Database): string {
  const tables = db
    // Ordinary tables with a rowid (FTS keeps its own WITHOUT ROWID shadows, mirrored from these).
    .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND wr = 0 AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return tables
    .map((t) => `${t}\n${JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all())}`)
    .join('\n');
}

export const fixedClock = (iso: string) => () => new Date(iso);

/** An empty database, as the window makes it at its first start (commands other than demo do not create one). */
export async function newDatabase(dir: string, name = 'z.sqlite'): Promise<string> {
  const file = path.join(dir, name);
  (await openCatalogDatabase(file, resourcesDir, () => new Date())).close();
  return file;
}
