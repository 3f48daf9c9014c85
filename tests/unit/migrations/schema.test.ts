// The schema guard: a fresh database, migrated whole, must hold exactly the
// committed snapshot (tests/fixtures/schema.snap), and a database migrated one
// version at a time, as an office's file is over the years, must end the same;
// and no migration ships without its NNN.test.ts beside this file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../electron/core/db/migrations';
import { LATEST_VERSION, type Db } from '../../../electron/core/db/open';
import { expectedSchema, schemaLines } from '../../../electron/core/db/schema';
import { openAt } from '../../support/migrations';
import { freshSnapshot, SNAPSHOT_FILE, snapshotOf, UPDATE_HINT } from '../../support/schemaSnapshot';

/** The objects (kind and name) added, gone or changed between two snapshots, for the failure message. */
function changedObjects(committed: string, actual: string): string {
  const blocks = (text: string) => new Map(text.split(/\n(?=-- )/).filter((b) => /^-- (table|index|trigger|view) /.test(b)).map((b) => [b.split('\n')[0] ?? '', b]));
  const before = blocks(committed);
  const after = blocks(actual);
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  const lines = names.flatMap((n) => {
    const name = n.slice(3);
    if (!before.has(n)) return [`  new: ${name}`];
    if (!after.has(n)) return [`  gone: ${name}`];
    return before.get(n) === after.get(n) ? [] : [`  changed: ${name}`];
  });
  return lines.length ? lines.join('\n') : '  (the header: the schema version)';
}

describe('the schema snapshot', () => {
  it('is what a fresh database holds after every migration', async () => {
    const committed = fs.readFileSync(SNAPSHOT_FILE, 'utf8');
    const actual = await freshSnapshot();
    expect(actual, `The migrated schema differs from tests/fixtures/schema.snap:\n${changedObjects(committed, actual)}\n${UPDATE_HINT}\n`).toBe(committed);
  });

  it('is reached the same way one version at a time, each step holding the schema of its own version', async () => {
    const stepwise = await snapshotOf(async (file) => {
      let db: Db | null = null;
      for (let version = 1; version <= LATEST_VERSION; version++) {
        db?.close();
        db = await openAt(file, version);
        expect(schemaLines(db), `after the step to version ${version}`).toEqual(expectedSchema(version));
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      }
      if (!db) throw new Error('no migrations');
      return db;
    });
    expect(stepwise).toBe(await freshSnapshot());
  });
});

describe('the migrations', () => {
  it('are numbered 1..N without a gap, and each has its own test over real rows here', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const here = fs.readdirSync(path.dirname(fileURLToPath(import.meta.url)));
    const missing = migrations.map((m) => `${String(m.version).padStart(3, '0')}.test.ts`).filter((f) => !here.includes(f));
    expect(missing, 'a new migration needs tests/unit/migrations/NNN.test.ts: rows written at N−1, read back at N').toEqual([]);
  });
});
