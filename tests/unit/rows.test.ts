// The row types are generated from the migrations: a migration without a fresh
// `npx tsx scripts/rows.ts` would leave the types saying what the tables no longer hold.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROWS_FILE, rowsSource } from '../../scripts/rows';

describe('electron/core/db/rows.ts', () => {
  it('matches the migrated schema (run `npx tsx scripts/rows.ts` after adding a migration)', async () => {
    expect(fs.readFileSync(ROWS_FILE, 'utf8')).toBe(await rowsSource());
  });
});
