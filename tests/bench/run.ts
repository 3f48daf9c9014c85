// `npm run bench`: speed figures measured on this machine. Targets live here,
// never in timed tests. Each figure is the median of several runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openCatalogDatabase } from '../../electron/core/context';
import { exportWorkbooks } from '../../electron/core/inspection/workbook/export';
import { applyWorkbookPlan, planWorkbookImport } from '../../electron/core/inspection/workbook/import';
import { fillSynthetic, syntheticRound } from '../support/syntheticCampaign';
import { repoRoot, startHarness } from '../harness/harness';

interface Figure {
  name: string;
  runs: number[];
  target?: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function measure(name: string, times: number, fn: () => Promise<void>, target?: number): Promise<Figure> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    runs.push(performance.now() - start);
  }
  return { name, runs, target };
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-bench-'));
const figures: Figure[] = [];
try {
  let n = 0;
  figures.push(
    await measure('载入五个内置专项行动到新数据库', 10, async () => {
      const db = await openCatalogDatabase(path.join(scratch, `fresh-${n++}.sqlite`), path.join(repoRoot, 'resources'), () => new Date());
      db.close();
    }),
  );
  figures.push(
    await measure('启动界面（harness）到首屏', 3, async () => {
      const h = await startHarness({ dataDir: fs.mkdtempSync(path.join(scratch, 'ui-')) });
      await h.open('/');
      await h.page.getByTestId('workbench').waitFor({ state: 'visible' });
      await h.close();
    }),
  );
  figures.push(...(await workbookFigures()));
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

/** Department workbooks on a synthetic 2,000-item campaign: 20 departments out, one 2,000-row workbook back in. */
async function workbookFigures(): Promise<Figure[]> {
  const at = new Date().toISOString();
  const db = await openCatalogDatabase(path.join(scratch, 'workbooks.sqlite'), path.join(repoRoot, 'resources'), () => new Date());
  try {
    const spread = syntheticRound(db, '20 个科室', 20, at);
    let n = 0;
    const out = await measure('导出 20 个科室的自查表（共 2000 项）', 5, async () => {
      const files = await exportWorkbooks(db, spread, path.join(scratch, `out-${n++}`), { at });
      if (files.length !== 20) throw new Error(`expected 20 workbooks, got ${files.length}`);
    }, 2000);
    // One round left unassigned: its 未分配 workbook holds all 2,000 rows.
    const whole = syntheticRound(db, '整表', 0, at);
    const [book] = await exportWorkbooks(db, whole, path.join(scratch, 'whole'), { at });
    if (!book) throw new Error('no workbook');
    await fillSynthetic(book.file);
    // Each run starts from the same database, so each applies all 2,000 changes.
    const snapshot = db.serialize();
    // An in-memory copy cannot use WAL: mark the image as a rollback-journal database.
    snapshot[18] = 1;
    snapshot[19] = 1;
    const back = await measure('导入 2000 行的科室自查表（预览并应用）', 5, async () => {
      const copy = new Database(snapshot);
      try {
        const plan = await planWorkbookImport(copy, book.file);
        if (!plan.ok || plan.changes.length !== 2000) throw new Error(`unexpected plan: ${JSON.stringify(plan).slice(0, 300)}`);
        applyWorkbookPlan(copy, plan, {}, '基准', at);
      } finally {
        copy.close();
      }
    }, 2000);
    return [out, back];
  } finally {
    db.close();
  }
}

console.log(`自查通 性能基准（${os.cpus().length} 核，Node ${process.version}）`);
for (const f of figures) {
  const m = median(f.runs);
  const verdict = f.target === undefined ? '' : m <= f.target ? `  目标 ${f.target} ms：达标` : `  目标 ${f.target} ms：未达标`;
  console.log(`${f.name}: 中位数 ${m.toFixed(1)} ms（${f.runs.length} 次，最快 ${Math.min(...f.runs).toFixed(1)} ms，最慢 ${Math.max(...f.runs).toFixed(1)} ms）${verdict}`);
}
