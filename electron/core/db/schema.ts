// The whole schema a database of a given version must have (tables, indexes, FTS
// tables and their shadows, triggers, views), derived by running migrations 1..N on
// an in-memory database: so it holds for any number of migrations, with no snapshot
// to keep in step. Restore and package import refuse a file that differs.
import Database from 'better-sqlite3-multiple-ciphers';
import { migrations } from './migrations';

type Migration = (typeof migrations)[number];

const cache = new Map<number, Set<string>>();

/** One line per schema object: type, name, and its SQL with the spacing evened out. */
export function schemaLines(db: Database.Database): Set<string> {
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' AND name != 'sqlite_sequence'").all() as { type: string; name: string; sql: string | null }[];
  return new Set(rows.map((r) => `${r.type} ${r.name} ${(r.sql ?? '').replace(/\s+/g, ' ').trim()}`));
}

export function expectedSchema(version: number, list: readonly Migration[] = migrations): Set<string> {
  const known = list === migrations ? cache.get(version) : undefined;
  if (known) return known;
  const db = new Database(':memory:');
  try {
    for (const m of list.filter((x) => x.version <= version)) db.exec(m.sql);
    const lines = schemaLines(db);
    if (list === migrations) cache.set(version, lines);
    return lines;
  } finally {
    db.close();
  }
}

const KINDS: Record<string, string> = { table: '表', index: '索引', trigger: '触发器', view: '视图' };
const label = (line: string) => {
  const [type = '', name = ''] = line.split(' ');
  return `${KINDS[type] ?? type} ${name}`;
};

/** What differs from the schema of its own version, in Chinese (null: the same). */
export function schemaDifference(db: Database.Database, version: number): string | null {
  const want = expectedSchema(version);
  const have = schemaLines(db);
  const missing = [...want].filter((l) => !have.has(l));
  const extra = [...have].filter((l) => !want.has(l));
  if (missing.length === 0 && extra.length === 0) return null;
  const list = (ls: string[]) => `${ls.slice(0, 5).map(label).join('、')}${ls.length > 5 ? ` 等 ${ls.length} 项` : ''}`;
  const parts = [missing.length ? `缺少或被改动：${list(missing)}` : '', extra.length ? `多出：${list(extra)}` : ''].filter(Boolean);
  return `数据结构与结构版本 ${version} 不符（${parts.join('；')}）`;
}
