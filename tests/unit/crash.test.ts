// A process killed while answers are being typed, in the middle of an import, or at
// any random moment of random writes, loses no committed write, leaves no
// half-applied batch, and leaves a database that passes integrity_check.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openCatalogDatabase } from '../../electron/core/context';
import { createRound } from '../../electron/core/inspection/rounds';
import { repoRoot, resourcesDir, tempDir } from '../support/temp';

const child = path.join(repoRoot, 'tests', 'support', 'crashChild.ts');

async function kaiZhouRound() {
  const file = path.join(tempDir(), 'zicha.sqlite');
  const db = await openCatalogDatabase(file, resourcesDir, () => new Date());
  const round = createRound(db, { campaignId: 'kz-2022-115', name: '推进情况', periodStart: null, periodEnd: null, dueOn: null }, '王芳', 'x');
  db.close();
  return { file, roundId: round.id };
}

/** Runs the child until it has committed `after` times plus a random moment, then SIGKILLs it. */
function runAndKill(file: string, mode: string, roundId: number, after: number, script = child, window = 40): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', script, file, mode, String(roundId)], { cwd: repoRoot });
    const lines: string[] = [];
    let buffer = '';
    let armed = false;
    p.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
      if (!armed && lines.length >= after) {
        armed = true;
        setTimeout(() => p.kill('SIGKILL'), Math.floor(Math.random() * window));
      }
    });
    let stderr = '';
    p.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    p.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(lines) : reject(new Error(`child ended without being killed: ${stderr}`))));
  });
}

function answers(file: string) {
  const db = new Database(file);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  const rows = db.prepare("SELECT element_id, json_extract(value_json, '$.done') AS done, note FROM answer").all() as { element_id: string; done: string; note: string }[];
  db.close();
  return rows;
}

describe('killed in the middle', () => {
  it('of typing answers: every committed answer is there', async () => {
    const { file, roundId } = await kaiZhouRound();
    for (let kill = 0; kill < 4; kill++) {
      const lines = await runAndKill(file, 'typing', roundId, 20 + kill * 15);
      const committed = new Map<string, number>();
      for (const line of lines) {
        const [elementId, k] = line.split(' ');
        committed.set(elementId ?? '', Number(k));
      }
      const stored = new Map(answers(file).map((a) => [a.element_id, Number(a.done)]));
      for (const [elementId, k] of committed) expect(stored.get(elementId) ?? 0).toBeGreaterThanOrEqual(k);
    }
  }, 60_000);

  it('of an import: each batch is there whole or not at all', async () => {
    const { file, roundId } = await kaiZhouRound();
    for (let kill = 0; kill < 4; kill++) {
      const lines = await runAndKill(file, 'import', roundId, 3 + kill * 2);
      const last = Number(lines.at(-1)?.split(' ')[1]);
      const rows = answers(file);
      expect(rows).toHaveLength(16);
      const batches = new Set(rows.map((r) => `${r.done}|${r.note}`));
      expect(batches.size).toBe(1);
      expect(Number(rows[0]?.done)).toBeGreaterThanOrEqual(last);
    }
  }, 60_000);
});

/**
 * Random writes of every size: single rows, batches of up to 50 rows, updates of
 * earlier rows; each id is printed only once its transaction has committed.
 */
const RANDOM_WRITER = `
import { openDatabase } from ${JSON.stringify(path.join(repoRoot, 'electron', 'core', 'db', 'open.ts'))};
const db = await openDatabase(process.argv[2]);
const insert = db.prepare("INSERT INTO department (name, category) VALUES (?, ?)");
const touch = db.prepare("UPDATE department SET sort_order = sort_order + 1, category = ? WHERE id = (SELECT id FROM department ORDER BY random() LIMIT 1)");
for (let n = 0; ; n++) {
  const ids = db.transaction(() => {
    const made = [];
    const rows = Math.random() < 0.5 ? 1 : 1 + Math.floor(Math.random() * 50);
    for (let i = 0; i < rows; i++) made.push(Number(insert.run(["科室", process.pid, n, i].join("-"), "x".repeat(Math.floor(Math.random() * 3000))).lastInsertRowid));
    if (Math.random() < 0.3) touch.run("y".repeat(Math.floor(Math.random() * 5000)));
    return made;
  })();
  process.stdout.write(ids.join(String.fromCharCode(10)) + String.fromCharCode(10));
}
`;

describe('killed at random moments', () => {
  it('many times: the database passes integrity_check and holds every id reported committed', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'zicha.sqlite');
    const script = path.join(dir, 'writer.mts');
    fs.writeFileSync(script, RANDOM_WRITER);
    const committed = new Set<number>();
    // A fixed number of kills, each after at least 10 commits: the counts below hold
    // however loaded the machine is (a time budget made them depend on it).
    const KILLS = 12;
    for (let kill = 0; kill < KILLS; kill++) {
      const lines = await runAndKill(file, 'random', 0, 10 + Math.floor(Math.random() * 20), script, 120);
      for (const line of lines) if (line) committed.add(Number(line));
      const db = new Database(file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(db.prepare('SELECT id FROM department').pluck().all() as number[]);
      db.close();
      const lost = [...committed].filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
    }
    expect(committed.size).toBeGreaterThanOrEqual(KILLS * 10);
  }, 120_000);
});
