// The ledger at 50,000 problems: the first page of a filtered view and full-text
// search must stay interactive (target under 100 ms each); printing 5,000 of them
// must not keep the officer waiting (xlsx under 3 s, PDF under 4 s), and printing
// all 50,000 must not take the machine's memory (peak under 500 MB, Chromium's included).
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCatalogDatabase } from '../../electron/core/context';
import { createProblem } from '../../electron/core/ledger/problems';
import { listProblems } from '../../electron/core/ledger/query';
import { applyAction } from '../../electron/core/ledger/rectification';
import { saveDepartment } from '../../electron/core/org/org';
import { buildLedgerDocument } from '../../electron/core/ledger/document';
import { ledgerPdf, ROWS_PER_PART } from '../../electron/core/ledger/html';
import { writeLedgerXlsx } from '../../electron/core/ledger/xlsx';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { repoRoot } from '../harness/harness';
import type { Printer } from '../../electron/core/ports';
import { measure, median, peakRssMb, treeCpuMs, treeRssMb, type Figure } from './measure';

const PROBLEMS = 50_000;
const TODAY = '2020-11-20';
const AT = '2020-11-20T01:00:00.000Z';
const WORDS = ['抗菌药物使用强度超标', '高值耗材登记不全', '串换收费项目', '收受患者红包', '未经招标采购耗材', '病历书写不规范', '未公示药品价格'];

const MEMORY_MB = 500;

/** All 50,000 rows to PDF, once: the time and the peak resident memory beside it. */
async function printAll(db: Parameters<typeof buildLedgerDocument>[0], printer: Printer): Promise<Figure> {
  const name = `导出全部 ${PROBLEMS.toLocaleString('en')} 条整改台账为 PDF（Chromium 分段打印，每段 ${ROWS_PER_PART.toLocaleString('en')} 条，pdf-lib 合并）`;
  const idle = treeRssMb();
  let took = NaN;
  let failed: string | undefined;
  let cpu = NaN;
  const peak = await peakRssMb(async () => {
    const start = performance.now();
    const before = treeCpuMs();
    try {
      await ledgerPdf(printer, buildLedgerDocument(db, 'rectifications', {}, TODAY, '基准'));
      took = performance.now() - start;
      cpu = treeCpuMs() - before;
    } catch (e) {
      failed = `打印失败（${(performance.now() - start).toFixed(0)} ms 后）：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    }
  });
  const memory = { text: `峰值常驻内存 ${peak.toFixed(0)} MB（本进程与 Chromium 合计，打印前空闲时 ${idle.toFixed(0)} MB），上限 ${MEMORY_MB} MB：${peak <= MEMORY_MB ? '达标' : '未达标'}`, ok: peak <= MEMORY_MB };
  return { name, runs: failed ? [] : [took], failed, notes: [memory, { text: `CPU 时间 ${cpu.toFixed(0)} ms` }] };
}

export async function ledgerFigures(scratch: string): Promise<Figure[]> {
  const db = await openCatalogDatabase(path.join(scratch, 'ledger.sqlite'), path.join(repoRoot, 'resources'), () => new Date(AT));
  try {
    const departments = Array.from({ length: 30 }, (_, i) => saveDepartment(db, { id: null, name: `科室${i + 1}`, category: '' }));
    db.transaction(() => {
      for (let i = 0; i < PROBLEMS; i++) {
        const id = createProblem(
          db,
          {
            source: i % 3 ? '自查' : '审计', campaignId: 'sc-2020-96', category: '', description: `${WORDS[i % WORDS.length]}（第${i}例）`,
            departmentId: departments[i % departments.length] ?? null, personId: null, foundOn: '2020-07-01', amountFen: i * 100,
            note: '', measures: '限期整改', deadline: `2020-${String(10 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, immediate: false,
          },
          null,
          '基准',
          AT,
        );
        if (i % 2) applyAction(db, id, 'start', {}, '基准', AT, TODAY);
      }
    })();
    const filtered = { statuses: ['inProgress' as const], departmentIds: [departments[3] ?? 1], sort: { column: 'deadline' as const, direction: 'asc' as const } };
    const figures = [
      await measure('5 万条问题台账：筛选后的第一页', 20, () => void listProblems(db, filtered, TODAY), 100),
      await measure('5 万条问题台账：全文搜索“收受患者红包”', 20, () => void listProblems(db, { search: '收受患者红包' }, TODAY), 100),
      await measure('5 万条问题台账：两字搜索“红包”', 20, () => void listProblems(db, { search: '红包' }, TODAY), 100),
    ];
    // Three departments of thirty: 5,001 rows.
    const fiveThousand = { departmentIds: departments.slice(0, 3) };
    const rows = buildLedgerDocument(db, 'rectifications', fiveThousand, TODAY, '基准').rows.length;
    if (rows < 5_000) throw new Error(`expected 5,000 rows or more, got ${rows}`);
    figures.push(
      await measure('导出 5,000 条整改台账为 Excel', 3, async () => {
        await writeLedgerXlsx(buildLedgerDocument(db, 'rectifications', fiveThousand, TODAY, '基准'));
      }, 3_000),
    );
    const printer = chromiumPrinter();
    try {
      await printer.pdf('<p>预热</p>'); // Chromium is already running in the app
      const cpu: number[] = [];
      const fivePdf = await measure('导出 5,000 条整改台账为 PDF（Chromium 分段打印）', 3, async () => {
        const before = treeCpuMs();
        await ledgerPdf(printer, buildLedgerDocument(db, 'rectifications', fiveThousand, TODAY, '基准'));
        cpu.push(treeCpuMs() - before);
      }, 4_000);
      figures.push({ ...fivePdf, notes: [{ text: `CPU 时间（本进程与 Chromium 合计）中位数 ${median(cpu).toFixed(0)} ms，不受他人负载影响` }] });
      figures.push(await printAll(db, printer));
    } finally {
      await printer.close();
    }
    return figures;
  } finally {
    db.close();
  }
}
