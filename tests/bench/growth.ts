// How the costs grow with the data: the demo hospital at 1×, 10× and 50× its
// scale, the whole 整改台账 exported (xlsx and PDF) and every statistics table of
// 川卫函〔2020〕96号 filled, with the growth stated (linear or better is the target).
import path from 'node:path';
import { openCatalogDatabase } from '../../electron/core/context';
import type { Db } from '../../electron/core/db/open';
import { buildDemo } from '../../electron/core/demo/demo';
import { buildLedgerDocument } from '../../electron/core/ledger/document';
import { ledgerPdf } from '../../electron/core/ledger/html';
import { writeLedgerXlsx } from '../../electron/core/ledger/xlsx';
import type { Printer } from '../../electron/core/ports';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { computeViews } from '../../electron/core/stats/service';
import { repoRoot } from '../harness/harness';
import { growthNote, measure, median, type Figure } from './measure';

const SCALES = [1, 10, 50];
const TODAY = '2020-12-31';
const AT = '2020-11-20T01:00:00.000Z';
const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

interface Step {
  name: string;
  /** What the step's size is counted in. */
  size: (db: Db) => number;
  unit: string;
  run: (db: Db, printer: Printer) => Promise<void> | void;
}

const STEPS: Step[] = [
  {
    name: '导出全部整改台账为 Excel',
    size: (db) => count(db, 'problem'),
    unit: '条问题',
    run: async (db) => void (await writeLedgerXlsx(buildLedgerDocument(db, 'rectifications', {}, TODAY, '基准'))),
  },
  {
    name: '导出全部整改台账为 PDF',
    size: (db) => count(db, 'problem'),
    unit: '条问题',
    run: async (db, printer) => void (await ledgerPdf(printer, buildLedgerDocument(db, 'rectifications', {}, TODAY, '基准'))),
  },
  {
    name: '填写川卫函〔2020〕96号全部统计表（行动开始至今）',
    size: (db) => count(db, 'case_record') + count(db, 'clue'),
    unit: '件案件与线索',
    run: (db) => void computeViews(db, TODAY, { campaign: 'sc-2020-96', period: 'all' }),
  },
];

export async function growthFigures(scratch: string): Promise<Figure[]> {
  const results = STEPS.map(() => ({ sizes: [] as number[], times: [] as number[] }));
  const figures: Figure[] = [];
  const printer = chromiumPrinter();
  try {
    await printer.pdf('<p>预热</p>'); // Chromium is already running in the app
    for (const scale of SCALES) {
      const db = await openCatalogDatabase(path.join(scratch, `growth-${scale}.sqlite`), path.join(repoRoot, 'resources'), () => new Date(AT));
      try {
        buildDemo(db, { scale, evidenceDir: path.join(scratch, `growth-evidence-${scale}`) });
        for (const [i, step] of STEPS.entries()) {
          const size = step.size(db);
          const f = await measure(`增长：示例数据 ${scale}×（${size.toLocaleString('en')} ${step.unit}）${step.name}`, 3, () => step.run(db, printer));
          results[i]?.sizes.push(size);
          results[i]?.times.push(median(f.runs));
          figures.push(f);
        }
      } finally {
        db.close();
      }
    }
  } finally {
    await printer.close();
  }
  for (const [i, step] of STEPS.entries()) {
    const { sizes, times } = results[i] ?? { sizes: [], times: [] };
    const last = figures.filter((f) => f.name.endsWith(step.name)).at(-1);
    if (last) last.notes = [growthNote(sizes, times)];
  }
  return figures;
}
