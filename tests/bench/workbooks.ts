// Department workbooks on a synthetic 2,000-item campaign.
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openCatalogDatabase } from '../../electron/core/context';
import { exportWorkbooks } from '../../electron/core/inspection/workbook/export';
import { applyWorkbookPlan, planWorkbookImport } from '../../electron/core/inspection/workbook/import';
import { repoRoot } from '../harness/harness';
import { fillSynthetic, syntheticRound } from '../support/syntheticCampaign';
import { measure, type Figure } from './measure';

/** Department workbooks on a synthetic 2,000-item campaign: 20 departments out, one 2,000-row workbook back in. */
export async function workbookFigures(scratch: string): Promise<Figure[]> {
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
