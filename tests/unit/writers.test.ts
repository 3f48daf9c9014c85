// Concurrent writers, each a process of its own: problem imports while the app
// lock's password is changed and backups are taken. Whatever an import reports as
// imported is in the database under the numbers it told, no number is told twice,
// and every refusal is a Chinese sentence, never a raw error.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openKeyed } from '../../electron/core/db/cipher';
import { unlockKeys } from '../../electron/core/lock/switchKey';
import { cliRunner } from '../support/cli';
import { SOAK, SOAK_COUNT, rawError, told, zicha } from '../support/spawnCli';
import { resourcesDir, tempDir } from '../support/temp';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { setPassword } from '../../electron/core/lock/lock';

const ROUNDS = SOAK ? SOAK_COUNT : 2;
const IMPORTERS = 3;
const ROWS = 5;

const cli = (stdin: string, ...argv: string[]) => cliRunner('2026-11-23T10:00:00+08:00', { stdin: async () => stdin })(...argv);

async function importFile(dir: string, template: string, tag: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet('问题');
  if (!ws) throw new Error('no 问题 sheet');
  for (let r = 0; r < ROWS; r++) ['自查', '', '', `并发导入 ${tag} 第${r + 1}条`, '', '', '2026-11-20'].forEach((v, c) => (ws.getCell(r + 2, c + 1).value = v || null));
  const file = path.join(dir, `${tag}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

function problems(db: string, password: string): Map<string, string> {
  const [key] = unlockKeys(db, password);
  const conn = openKeyed(db, key ?? null, { readonly: true, fileMustExist: true });
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = conn.prepare('SELECT number, description FROM problem').all() as { number: string; description: string }[];
    return new Map(rows.map((r) => [r.number, r.description]));
  } finally {
    conn.close();
  }
}

describe('a window that stays open', () => {
  it('is still shared after it re-keyed, and makes a command line lock change wait, then refuse in Chinese', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'zicha.sqlite');
    expect((await cli('', 'demo', '--db', db)).code).toBe(0);
    const ctx = await AppContext.open({ dataDir: dir, databaseFile: db, resourcesDir, version: 't', ...fixedPorts() });
    try {
      await setPassword(ctx, 'window-pass-1');
      // Another connection writes beside the window's (which re-keyed in place and stays open).
      const [key] = unlockKeys(db, 'window-pass-1');
      const other = openKeyed(db, key ?? null, { fileMustExist: true, timeout: 1000 });
      other.prepare("INSERT INTO setting (key, value) VALUES ('beside', 'x')").run();
      other.close();
      expect(ctx.db.prepare("SELECT value FROM setting WHERE key = 'beside'").pluck().get()).toBe('x');
      const refused = await zicha(['lock', 'change', '--db', db], { stdin: 'window-pass-1\nnext-pass-22\n', env: { ZICHA_EXCLUSIVE_WAIT_MS: '1500' } });
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('另一个自查通窗口或命令正在使用数据库');
      expect(rawError(refused)).toBeNull();
      expect(unlockKeys(db, 'window-pass-1')[0]?.equals(key ?? Buffer.alloc(0))).toBe(true);
    } finally {
      ctx.close();
    }
  }, 60_000);
});

describe('concurrent writers, each a process', () => {
  it(`re-keying beside ${IMPORTERS} importers and a backup, ${ROUNDS} rounds: 0 lost rows, 0 numbers told twice, 0 raw errors`, async () => {
    const dir = tempDir();
    const db = path.join(dir, 'zicha.sqlite');
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    expect((await cli('', 'demo', '--db', db)).code).toBe(0);
    const template = path.join(dir, 't.xlsx');
    expect((await cli('', 'ledger', 'template', '--db', db, '--out', template)).code).toBe(0);
    let password = 'first-pass-0';
    expect((await cli(`${password}\n`, 'lock', 'set', '--db', db)).code).toBe(0);
    const tally = { imports: 0, refused: 0, rekeyed: 0, rekeyRefused: 0, rows: 0 };
    const given = new Map<string, string>();
    for (let round = 0; round < ROUNDS; round++) {
      const files = await Promise.all(Array.from({ length: IMPORTERS }, (_, i) => importFile(dir, template, `r${round}i${i}`)));
      const next = `next-pass-${round + 1}`;
      const env = { ZICHA_PASSWORD: password, TMPDIR: tmp };
      const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const runs = await Promise.all([
        ...files.map((f, i) => delay(i * 150 * Math.random()).then(() => zicha(['ledger', 'import', '--db', db, f], { env }))),
        delay(300 * Math.random()).then(() => zicha(['lock', 'change', '--db', db], { stdin: `${password}\n${next}\n`, env: { TMPDIR: tmp } })),
        delay(400 * Math.random()).then(() => zicha(['backup', '--db', db], { env })),
      ]);
      const change = runs[IMPORTERS];
      for (const run of runs) {
        expect(rawError(run), run.err).toBeNull();
        if (run.code !== 0) expect(run.err).toMatch(/[\u4e00-\u9fff]/);
      }
      if (change?.code === 0) {
        password = next;
        tally.rekeyed++;
      } else tally.rekeyRefused++;
      // A change told as refused must have left the old password working, one told as done the new one.
      let stored: Map<string, string>;
      try {
        stored = problems(db, password);
      } catch (e) {
        throw new Error(`round ${round}: ${String(e)} after lock change exit ${change?.code}: ${change?.err}`);
      }
      for (const [i, run] of runs.slice(0, IMPORTERS).entries()) {
        const numbers = told(run);
        if (run.code !== 0) {
          tally.refused++;
          expect(numbers).toEqual([]);
          continue;
        }
        tally.imports++;
        expect(numbers).toHaveLength(ROWS);
        for (const [r, number] of numbers.entries()) {
          const description = `并发导入 r${round}i${i} 第${r + 1}条`;
          expect(given.has(number), `${number} told twice`).toBe(false);
          given.set(number, description);
          expect(stored.get(number)).toBe(description);
          tally.rows++;
        }
      }
    }
    console.log(`writers: ${ROUNDS} rounds, ${tally.imports} imports (${tally.rows} rows) all in the database, ${tally.refused} refused in Chinese; password changed ${tally.rekeyed}×, refused ${tally.rekeyRefused}×; 0 lost, 0 raw errors`);
    expect(tally.imports).toBeGreaterThan(0);
    expect(tally.rekeyed).toBeGreaterThan(0);
    // tsx keeps its compile cache there; nothing of ours is left.
    expect(fs.readdirSync(tmp).filter((n) => !n.startsWith('tsx-'))).toEqual([]);
  }, SOAK ? 3_600_000 : 120_000);
});
