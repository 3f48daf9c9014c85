// Writes tests/fixtures/schema.snap, the schema of a fully migrated database, after a
// new migration; with --check, only says whether the committed file is current.
// Run: npm run schema:snapshot [-- --check]
import fs from 'node:fs';
import path from 'node:path';
import { freshSnapshot, SNAPSHOT_FILE } from '../tests/support/schemaSnapshot';

const snapshot = await freshSnapshot();
const committed = fs.existsSync(SNAPSHOT_FILE) ? fs.readFileSync(SNAPSHOT_FILE, 'utf8') : null;
const name = path.relative(process.cwd(), SNAPSHOT_FILE);
if (process.argv.includes('--check')) {
  console.log(committed === snapshot ? `${name} is current` : `${name} is out of date: run npm run schema:snapshot`);
  process.exit(committed === snapshot ? 0 : 1);
}
if (committed === snapshot) {
  console.log(`${name} is current; nothing written`);
} else {
  fs.writeFileSync(SNAPSHOT_FILE, snapshot);
  console.log(`wrote ${name}`);
}
