// Every writing command, each a process of its own, SIGKILLed at a random moment
// of its work: the next start finds a whole database holding every earlier row,
// targets either whole or absent, and no leftovers (partial files, pending key
// switches, temporary folders). ZICHA_SOAK=1 (npm run soak) kills each 100 times.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { verifyPackage } from '../../electron/core/backup/packageImport';
import { removeLeftovers } from '../../electron/core/backup/take';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { openAnyKey, rememberKeys, forgetKeys } from '../../electron/core/db/cipher';
import { unlockKeys } from '../../electron/core/lock/switchKey';
import { cliRunner } from '../support/cli';
import { SOAK, SOAK_COUNT, rawError, zicha, type SpawnedRun } from '../support/spawnCli';
import { resourcesDir, tempDir } from '../support/temp';
import { fill, rowsOf } from '../support/workbooks';

const KILLS = SOAK ? SOAK_COUNT : 1;
const cli = cliRunner('2026-11-23T10:00:00+08:00');
const LEFTOVER = /\.partial|\.keyswitch$|\.next$|-journal$|\.rekeyed/;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(e.parentPath, e.name)) : [path.join(e.parentPath, e.name)]));
}

interface State {
  db: string;
  tmp: string;
  /** The current password (null: no lock); a killed change leaves either of two. */
  passwords: string[];
  numbers: Set<string>;
}

/** The next start, as the window makes it: settles, cleans up, opens. Returns the password that opened it. */
async function nextStart(s: State): Promise<string | null> {
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = s.tmp;
  try {
    const locked = fs.existsSync(path.join(path.dirname(s.db), 'zicha.lock.json'));
    const candidates = locked ? s.passwords : [undefined];
    for (const secret of candidates) {
      try {
        const ctx = await AppContext.open({ dataDir: path.dirname(s.db), databaseFile: s.db, resourcesDir, version: 't', secret, ...fixedPorts() });
        try {
          expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
          const now = new Set(ctx.db.prepare('SELECT number FROM problem').pluck().all() as string[]);
          const lost = [...s.numbers].filter((n) => !now.has(n));
          expect(lost).toEqual([]);
          s.numbers = now;
        } finally {
          ctx.close();
        }
        return secret ?? null;
      } catch (e) {
        if (!/密码不正确/.test(String(e))) throw e;
      }
    }
    throw new Error(`no password opens the database (${s.passwords.join(', ')})`);
  } finally {
    process.env.TMPDIR = saved;
  }
}

function noLeftovers(s: State): void {
  const dir = path.dirname(s.db);
  // The names in the message: a soak's summary line shows only "[Array(1)]".
  const left = filesUnder(dir).filter((f) => LEFTOVER.test(f));
  expect(left, `left beside the database: ${left.join(', ')}`).toEqual([]);
  const temporary = fs.readdirSync(s.tmp).filter((n) => n.startsWith('zicha-'));
  expect(temporary, `left in the temporary folder: ${temporary.join(', ')}`).toEqual([]);
}

/** Every backup opens and passes quick_check with the keys the key file holds. */
function backupsWhole(s: State, password: string | null): void {
  forgetKeys();
  if (password) rememberKeys(unlockKeys(s.db, password));
  for (const f of filesUnder(path.join(path.dirname(s.db), 'backups'))) {
    const db = openAnyKey(f, { readonly: true, fileMustExist: true });
    expect(db.pragma('quick_check', { simple: true }), f).toBe('ok');
    db.close();
  }
  forgetKeys();
}

async function problemFile(dir: string, template: string, tag: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet('问题');
  if (!ws) throw new Error('no 问题 sheet');
  for (let r = 0; r < 3; r++) ['自查', '', '', `中断导入 ${tag} 第${r + 1}条`, '', '', '2026-11-20'].forEach((v, c) => (ws.getCell(r + 2, c + 1).value = v || null));
  const file = path.join(dir, `${tag}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

interface Step {
  name: string;
  run: (s: State, n: number, kill?: number) => Promise<SpawnedRun>;
  /** After a kill: what the target must be. */
  check?: (s: State, n: number) => Promise<void>;
}

describe('SIGKILL of every writing command', () => {
  it(`${KILLS} random kills each: whole database, every earlier row, targets whole or absent, no leftovers`, async () => {
    const dir = tempDir();
    const data = path.join(dir, 'data');
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(data);
    fs.mkdirSync(tmp);
    const s: State = { db: path.join(data, 'zicha.sqlite'), tmp, passwords: [], numbers: new Set() };
    expect((await cli('demo', '--db', s.db)).code).toBe(0);
    const template = path.join(dir, 't.xlsx');
    expect((await cli('ledger', 'template', '--db', s.db, '--out', template)).code).toBe(0);
    await nextStart(s);
    const password = () => s.passwords[0] ?? '';
    const env = () => ({ TMPDIR: tmp, ...(s.passwords[0] ? { ZICHA_PASSWORD: password() } : {}) });
    const spawnIn = (argv: string[], kill?: number, stdin?: string) => zicha([...argv, '--db', s.db], { env: env(), killAfterMs: kill, stdin });
    const pkgOut = (n: number) => path.join(dir, `pkg-${n}.zip`);
    const steps: Step[] = [
      { name: 'backup', run: (_s, _n, k) => spawnIn(['backup'], k) },
      {
        name: 'package export',
        run: (_s, n, k) => spawnIn(['package', 'export', '--out', pkgOut(n)], k),
        check: async (_s, n) => {
          if (fs.existsSync(pkgOut(n))) await verifyPackage(pkgOut(n));
        },
      },
      {
        name: 'package import',
        run: async (_s, n, k) => {
          const from = fs.readdirSync(dir).find((f) => /^pkg-\d+\.zip$/.test(f));
          if (!from) throw new Error('no package to import');
          const target = path.join(dir, `new-${n}`, 'zicha.sqlite');
          return zicha(['package', 'import', '--in', path.join(dir, from), '--db', target], { env: { TMPDIR: tmp }, killAfterMs: k });
        },
        check: async (_s, n) => {
          // The next import into that folder (as IT staff run it again) starts by removing what the kill left.
          const target = path.join(dir, `new-${n}`, 'zicha.sqlite');
          removeLeftovers(target);
          expect(filesUnder(path.dirname(target)).filter((f) => LEFTOVER.test(f))).toEqual([]);
        },
      },
      {
        name: 'restore',
        run: (_s, _n, k) => {
          const newest = filesUnder(path.join(data, 'backups')).sort().at(-1) ?? '';
          return spawnIn(['restore', '--from', newest], k);
        },
      },
      { name: 'ledger import', run: async (_s, n, k) => spawnIn(['ledger', 'import', await problemFile(dir, template, `k${n}`)], k) },
      {
        // A department workbook of the open round 1, every item's note changed per try: all or nothing.
        name: 'inspection import',
        run: async (_s, n, k) => {
          const file = await inspectionFile(n);
          return (lastInspection = await spawnIn(['inspection', 'import', file, '--prefer', 'workbook'], k));
        },
        check: async (_s, n) => {
          const notes = inspectionNotes();
          expect(new Set(notes).size, `half-written: ${notes.join(' | ')}`).toBe(1);
          if (lastInspection?.code === 0) expect(notes[0]).toBe(`第${n}次中断导入`);
        },
      },
      {
        name: 'lock set/change/remove',
        run: (_s, n, k) => {
          const next = `pass-${n}-${Math.random().toString(36).slice(2, 6)}`;
          if (s.passwords.length === 0) {
            s.passwords = [next];
            return zicha(['lock', 'set', '--db', s.db], { env: { TMPDIR: tmp }, killAfterMs: k, stdin: `${next}\n` });
          }
          const current = password();
          if (n % 3 === 2) {
            s.passwords = [current];
            return zicha(['lock', 'remove', '--db', s.db], { env: { TMPDIR: tmp }, killAfterMs: k, stdin: `${current}\n` });
          }
          s.passwords = [next, current];
          return zicha(['lock', 'change', '--db', s.db], { env: { TMPDIR: tmp }, killAfterMs: k, stdin: `${current}\n${next}\n` });
        },
      },
    ];
    // The department workbook the inspection step fills, exported once, and the items it holds.
    const workbooks = path.join(dir, 'workbooks');
    let lastInspection: SpawnedRun | undefined;
    let items: string[] = [];
    const exported = async () => {
      if (!fs.existsSync(workbooks)) {
        expect((await cli('inspection', 'workbooks', '--db', s.db, '--round', '1', '--out', workbooks)).code).toBe(0);
      }
      const name = fs.readdirSync(workbooks).find((f) => f.endsWith('-医务科.xlsx'));
      if (!name) throw new Error('no 医务科 workbook');
      return path.join(workbooks, name);
    };
    const inspectionFile = async (n: number) => {
      const from = await exported();
      const rows = await rowsOf(from);
      items = [...rows.keys()];
      const ws = (await new ExcelJS.Workbook().xlsx.readFile(from)).getWorksheet('自查表');
      let note = '';
      const first = Math.min(...rows.values());
      for (let r = 1; r < first && !note; r++) ws?.getRow(r).eachCell((c) => void (c.value === '备注' && (note = c.address.replace(/\d+$/, ''))));
      if (!note) throw new Error('no 备注 column');
      return fill(from, Object.fromEntries(items.map((id) => [id, { [note]: `第${n}次中断导入` }])), undefined, path.join(dir, `insp-${n}.xlsx`));
    };
    const inspectionNotes = () => {
      const db = openAnyKey(s.db, { readonly: true, fileMustExist: true });
      try {
        return items.map((id) => String(db.prepare('SELECT note FROM answer WHERE round_id = 1 AND element_id = ?').pluck().get(id) ?? '(none)'));
      } finally {
        db.close();
      }
    };
    const tally: string[] = [];
    for (const step of steps) {
      // One whole run first: how long the command takes here, and that it works.
      const started = Date.now();
      const whole = await step.run(s, 0);
      const took = Date.now() - started;
      expect(rawError(whole), whole.err).toBeNull();
      expect(whole.code, `${step.name}: ${whole.err}`).toBe(0);
      s.passwords = [(await nextStart(s)) ?? ''].filter(Boolean);
      let killed = 0;
      for (let n = 1; n <= KILLS; n++) {
        const run = await step.run(s, n, Math.floor(took * (0.4 + 0.7 * Math.random())));
        if (run.signal === 'SIGKILL') killed++;
        else expect(rawError(run), run.err).toBeNull();
        const opened = await nextStart(s);
        s.passwords = opened ? [opened] : s.passwords.length > 1 || !fs.existsSync(path.join(data, 'zicha.lock.json')) ? [] : s.passwords;
        if (!fs.existsSync(path.join(data, 'zicha.lock.json'))) s.passwords = [];
        try {
          noLeftovers(s);
          backupsWhole(s, opened);
          await step.check?.(s, n);
        } catch (e) {
          throw new Error(`${step.name}, kill ${n} (${run.signal ?? run.code}): ${String(e)}`);
        }
      }
      tally.push(`${step.name} ${killed}/${KILLS}`);
    }
    console.log(`kills (killed mid-run / tries): ${tally.join(', ')}; 0 lost rows, 0 half-written files, 0 leftovers`);
  }, SOAK ? 7_200_000 : 300_000);
});
