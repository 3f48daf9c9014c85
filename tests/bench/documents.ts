// The 公文 writers on the demo hospital grown to 5,000 problems and 1,000 cases: the
// summary of 川卫函〔2020〕96号 with its attachments, drafted from the records and
// written as .docx (target under 1 s) and as stamped PDF with Chromium already
// running (under 3 s); LibreOffice converting our own .docx of the same summary is
// the yardstick the PDF is compared with (at least 3 times faster, printed as the ratio).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CASE_CATEGORY_KEYS } from '../../shared/cases';
import { openCatalogDatabase } from '../../electron/core/context';
import type { Db } from '../../electron/core/db/open';
import { buildDemo } from '../../electron/core/demo/demo';
import { documentDocx } from '../../electron/core/documents/docx';
import { documentPdf } from '../../electron/core/documents/pdf';
import { readSeal } from '../../electron/core/documents/seal';
import { freshDocument } from '../../electron/core/documents/store';
import { createProblem } from '../../electron/core/ledger/problems';
import { applyAction } from '../../electron/core/ledger/rectification';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { fontconfigFile } from '../../electron/core/print/fonts';
import { repoRoot } from '../harness/harness';
import { measure, median, type Figure } from './measure';

const PROBLEMS = 5_000;
/** The PDF path must be this many times faster than LibreOffice converting our .docx. */
const RATIO_TARGET = 3;
const CASES = 1_000;
const CAMPAIGN = 'sc-2020-96';
const TODAY = '2020-11-20';
const AT = '2020-11-20T01:00:00.000Z';
const ACTIONS = [[], ['start'], ['start', 'stage'], ['start', 'complete'], ['start', 'complete', 'verifyPass'], ['start', 'complete', 'verifyPass', 'signOff']] as const;
const day = (i: number) => new Date(Date.parse('2020-06-10T00:00:00Z') + (i % 160) * 86_400_000).toISOString().slice(0, 10);
const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** The demo hospital (settings, seal, a self-inspection round, clues) topped up to the benchmark's counts. */
export function growDemo(db: Db, dir: string): void {
  buildDemo(db, { scale: 1, evidenceDir: path.join(dir, 'evidence') });
  const departments = db.prepare('SELECT id FROM department ORDER BY id').pluck().all() as number[];
  db.transaction(() => {
    for (let i = count(db, 'problem'); i < PROBLEMS; i++) {
      const id = createProblem(
        db,
        {
          source: i % 3 ? '自查' : '审计', campaignId: CAMPAIGN, category: '', description: `基准问题（第${i}例）`,
          departmentId: departments[i % departments.length] ?? null, personId: null, foundOn: day(i), amountFen: (i % 50) * 100,
          note: '', measures: '限期整改', deadline: `2020-${String(10 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, immediate: false,
        },
        null, '基准', AT,
      );
      const actions = ACTIONS[i % ACTIONS.length] ?? [];
      for (const a of actions) applyAction(db, id, a, { nextMilestone: '2021-03-31', checker: '纪检监察室', findings: '整改到位', reason: '佐证材料为纸质件' }, '基准', AT, TODAY);
    }
    const kase = db.prepare(
      `INSERT INTO case_record (number, title, category, opened_on, amount_fen, persons, penalized, to_discipline, to_judicial,
         agreement_action, refund_fen, supervision, created_at, created_by, updated_at)
       VALUES (?, '基准案件', ?, ?, ?, 3, 1, ?, ?, ?, ?, ?, ?, '基准', ?)`,
    );
    for (let i = count(db, 'case_record'); i < CASES; i++) {
      kase.run(`JZ-${i}`, CASE_CATEGORY_KEYS[i % CASE_CATEGORY_KEYS.length], day(i * 7), (i % 100) * 10_000, i % 2, i % 3 === 0 ? 1 : 0,
        i % 11 === 0 ? '暂停' : null, i % 5 === 0 ? 20_000 : 0, i % 17 === 0 ? '市级' : null, AT, AT);
    }
    db.prepare('INSERT OR IGNORE INTO case_campaign (case_id, campaign_id) SELECT id, ? FROM case_record').run(CAMPAIGN);
  })();
  const [problems, cases] = [count(db, 'problem'), count(db, 'case_record')];
  if (problems !== PROBLEMS || cases !== CASES) throw new Error(`expected ${PROBLEMS} problems and ${CASES} cases, got ${problems} and ${cases}`);
}

export async function documentFigures(scratch: string): Promise<Figure[]> {
  const db = await openCatalogDatabase(path.join(scratch, 'documents.sqlite'), path.join(repoRoot, 'resources'), () => new Date(AT));
  try {
    growDemo(db, scratch);
    const stored = readSeal(db);
    if (!stored) throw new Error('the demo has no seal');
    const seal = { png: stored.png, diameterMm: stored.diameterMm };
    const draft = () => {
      const doc = freshDocument(db, CAMPAIGN, 'summary', TODAY);
      if (!doc.attachments.length) throw new Error(`expected the summary's attachment, got ${doc.attachments.length}`);
      return doc;
    };
    const docx = path.join(scratch, 'summary.docx');
    const label = `公文：${PROBLEMS.toLocaleString('en')} 个问题、${CASES.toLocaleString('en')} 件案件的工作情况总结（含附件）`;
    const figures = [await measure(`${label}起草并生成 .docx`, 10, async () => fs.writeFileSync(docx, await documentDocx(draft())), 1_000)];
    const printer = chromiumPrinter();
    try {
      await printer.pdf('<p>预热</p>'); // Chromium is already running in the app
      figures.push(await measure(`${label}起草并生成加盖印章的 PDF`, 5, async () => void (await documentPdf(printer, draft(), { seal })), 3_000));
    } finally {
      await printer.close();
    }
    const profile = path.join(scratch, 'lo-profile');
    const convert = () => {
      const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', scratch, docx], {
        env: { ...process.env, FONTCONFIG_FILE: fontconfigFile() },
      });
      if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr.toString()}`);
    };
    convert(); // the first run creates the profile
    const lo = await measure('对照：LibreOffice 将同一份总结的 .docx 转为 PDF', 3, convert);
    const ratio = median(lo.runs) / median(figures[1]?.runs ?? []);
    const ok = ratio >= RATIO_TARGET;
    figures.push({ ...lo, notes: [{ text: `LibreOffice 耗时 ÷ 本程序起草并打印盖章 PDF 耗时 = ${ratio.toFixed(1)}，目标 ≥ ${RATIO_TARGET}：${ok ? '达标' : '未达标'}`, ok }] });
    return figures;
  } finally {
    db.close();
  }
}
