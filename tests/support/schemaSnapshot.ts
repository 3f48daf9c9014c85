// The committed schema snapshot (tests/fixtures/schema.snap): what a fully migrated
// database holds in sqlite_schema, as SQL, one object a block, sorted by kind and
// name, so that a change to the schema shows as a diff in review. Written by
// `npm run schema:snapshot`, compared by tests/unit/migrations/schema.test.ts.
// A .snap (generated data), not a .sql: it restates the migrations' SQL on purpose,
// and is no source for the duplicates tool to pair with them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, schemaVersion, type Db } from '../../electron/core/db/open';

export const SNAPSHOT_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/schema.snap');
export const UPDATE_HINT = 'If the change is meant (a new migration), run `npm run schema:snapshot` and commit tests/fixtures/schema.snap with it.';

const KIND_ORDER = ['table', 'index', 'trigger', 'view'];

/** The schema as text: autoindexes (implied by their table) and SQLite's own bookkeeping left out, trailing spaces trimmed. */
export function schemaSnapshot(db: Db): string {
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'")
    .all() as { type: string; name: string; sql: string }[];
  rows.sort((a, b) => KIND_ORDER.indexOf(a.type) - KIND_ORDER.indexOf(b.type) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const blocks = rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim()};\n`);
  const header = [
    `-- The schema of a fully migrated Zicha database (user_version ${schemaVersion(db)}), from sqlite_schema:`,
    '-- every table, index, trigger and view, sorted by kind and name. Generated, not edited:',
    '-- change the schema with a new migration (electron/core/db/migrations), then run',
    '-- `npm run schema:snapshot`; tests/unit/migrations/schema.test.ts compares the two.',
  ].join('\n');
  return `${header}\n\n${blocks.join('\n')}`;
}

/** Applies `migrate` to a new file in a temp folder of its own and returns its snapshot. */
export async function snapshotOf(migrate: (file: string) => Promise<Db>): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-schema-'));
  try {
    const db = await migrate(path.join(dir, 'zicha.sqlite'));
    try {
      return schemaSnapshot(db);
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A new database opened by the app: every migration at once. */
export const freshSnapshot = () => snapshotOf((file) => openDatabase(file));
