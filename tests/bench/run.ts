// `npm run bench`: speed figures measured on this machine. Targets live here,
// never in timed tests. Each figure is the median of several runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCatalogDatabase } from '../../electron/core/context';
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
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

console.log(`自查通 性能基准（${os.cpus().length} 核，Node ${process.version}）`);
for (const f of figures) {
  const m = median(f.runs);
  const verdict = f.target === undefined ? '' : m <= f.target ? `  目标 ${f.target} ms：达标` : `  目标 ${f.target} ms：未达标`;
  console.log(`${f.name}: 中位数 ${m.toFixed(1)} ms（${f.runs.length} 次，最快 ${Math.min(...f.runs).toFixed(1)} ms，最慢 ${Math.max(...f.runs).toFixed(1)} ms）${verdict}`);
}
