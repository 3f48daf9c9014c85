// `npm run bench`: speed figures measured on this machine. Targets live here,
// never in timed tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCatalogDatabase } from '../../electron/core/context';
import { repoRoot } from '../harness/harness';
import { documentFigures } from './documents';
import { evidenceFigures } from './evidence';
import { growthFigures } from './growth';
import { hostileFigures } from './hostileWorkbook';
import { ledgerFigures } from './ledger';
import { lockFigures } from './lock';
import { measure, median, type Figure } from './measure';
import { noticeFigures } from './notice';
import { statsFigures } from './stats';
import { windowFigures } from './window';
import { workbookFigures } from './workbooks';

// Other work on the machine slows every figure: said beside them.
const loadAtStart = os.loadavg()[0] ?? NaN;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-bench-'));
const figures: Figure[] = [];
// `npm run bench -- ledger notice` measures only those groups (names as below); no names, all of them.
const only = process.argv.slice(2);
const groups: [string, () => Promise<Figure[]>][] = [
  ['catalog', async () => {
    let n = 0;
    return [
      await measure('载入五个内置专项行动到新数据库', 10, async () => {
        const db = await openCatalogDatabase(path.join(scratch, `fresh-${n++}.sqlite`), path.join(repoRoot, 'resources'), () => new Date());
        db.close();
      }),
    ];
  }],
  ['window', () => windowFigures(scratch)],
  ['workbooks', () => workbookFigures(scratch)],
  ['ledger', () => ledgerFigures(scratch)],
  ['hostile', async () => {
    const hostileDb = path.join(scratch, 'hostile.sqlite');
    (await openCatalogDatabase(hostileDb, path.join(repoRoot, 'resources'), () => new Date())).close();
    return hostileFigures(scratch, hostileDb);
  }],
  ['lock', () => lockFigures(scratch)],
  ['evidence', async () => evidenceFigures(scratch)],
  ['stats', () => statsFigures(scratch)],
  ['documents', () => documentFigures(scratch)],
  ['growth', () => growthFigures(scratch)],
  ['notice', () => noticeFigures()],
];
const unknown = only.filter((name) => !groups.some(([g]) => g === name));
if (unknown.length) throw new Error(`unknown bench group ${unknown.join(', ')}; groups: ${groups.map(([g]) => g).join(', ')}`);
try {
  for (const [name, run] of groups) if (!only.length || only.includes(name)) figures.push(...(await run()));
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

console.log(`自查通 性能基准（${os.cpus().length} 核，Node ${process.version}，系统负载：开始时 ${loadAtStart.toFixed(1)}，结束时 ${(os.loadavg()[0] ?? NaN).toFixed(1)}）`);
for (const f of figures) {
  const m = median(f.runs);
  const verdict = f.target === undefined ? '' : m <= f.target ? `  目标 ${f.target} ms：达标` : `  目标 ${f.target} ms：未达标`;
  const time = f.failed ?? `中位数 ${m.toFixed(1)} ms（${f.runs.length} 次，最快 ${Math.min(...f.runs).toFixed(1)} ms，最慢 ${Math.max(...f.runs).toFixed(1)} ms）${verdict}`;
  const notes = (f.notes ?? []).map((n) => `；${n.text}`).join('');
  console.log(`${f.name}: ${f.failed ? `${time}  未达标` : time}${notes}`);
}
