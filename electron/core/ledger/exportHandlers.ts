// The printable ledgers (export as .xlsx or PDF, print, filtered as on screen) and
// the import of problems from the template: checked first, applied after the officer confirms.
import { randomUUID } from 'node:crypto';
import type { ProblemImportCheck } from '../../../shared/channels/ledger';
import { AppError } from '../../../shared/errors';
import { ledgerTitle } from '../../../shared/ledgerDocument';
import type { HandlersOf } from '../handlerTypes';
import { backupBefore } from '../backup/take';
import type { Services } from '../ports';
import { writeFileAtomic } from '../files';
import { buildLedgerDocument } from './document';
import { ledgerHtml, ledgerPdf } from './html';
import { applyProblemImport, planProblemImport } from './import';
import { writeProblemImportTemplate } from './importTemplate';
import type { ProblemFields } from './problems';
import { problemNumber } from './problems';
import { writeLedgerXlsx } from './xlsx';

type ExportChannels = 'ledger.export' | 'ledger.print' | 'ledger.importTemplate' | 'ledger.planImport' | 'ledger.applyImport';

/**
 * A PDF prints in parts (ledgerPdf) up to the export limit. The system print dialog
 * takes one print page, and Chromium fails ("Printing failed") on one page of about
 * 20,000 rows: a printout stops here with words instead of Chromium's, and a PDF
 * (printed from the PDF reader) takes the rest.
 */
export const MAX_PRINT_ROWS = 10_000;

function assertPrintable(doc: { rows: readonly unknown[] }): void {
  if (doc.rows.length > MAX_PRINT_ROWS) {
    throw new AppError('tooManyRows', `筛选结果有 ${doc.rows.length} 条，直接打印最多 ${MAX_PRINT_ROWS} 条；请先缩小筛选范围，或导出为 PDF 后用 PDF 阅读器打印`);
  }
}

/** Checked plans wait for the officer's confirmation; only the latest few are kept. */
const KEEP_PLANS = 5;

export function ledgerExportHandlers(ctx: Services): Pick<HandlersOf<'ledger'>, ExportChannels> {
  const plans = new Map<string, ProblemFields[]>();
  return {
    'ledger.export': async ({ kind, format, query }) => {
      const doc = buildLedgerDocument(ctx.db, kind, query, ctx.today(), ctx.operator());
      const name = `${ledgerTitle[kind]}（${ctx.today()}）.${format}`;
      const filters = format === 'xlsx' ? [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] : [{ name: 'PDF 文件', extensions: ['pdf'] }];
      const target = await ctx.dialogs.saveFile({ title: `导出${ledgerTitle[kind]}`, defaultName: name, filters });
      if (!target) return null;
      const content = format === 'xlsx' ? await writeLedgerXlsx(doc) : await ledgerPdf(ctx.printer, doc);
      return { path: writeFileAtomic(target, content), rows: doc.rows.length };
    },
    'ledger.print': async ({ kind, query }) => {
      const doc = buildLedgerDocument(ctx.db, kind, query, ctx.today(), ctx.operator());
      assertPrintable(doc);
      return { printed: await ctx.printer.print(ledgerHtml(doc)), rows: doc.rows.length };
    },
    'ledger.importTemplate': async () => {
      const target = await ctx.dialogs.saveFile({
        title: '保存问题导入模板',
        defaultName: '问题导入模板.xlsx',
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      });
      if (!target) return null;
      return { path: writeFileAtomic(target, await writeProblemImportTemplate(ctx.db)) };
    },
    'ledger.planImport': async (): Promise<ProblemImportCheck | null> => {
      const [file] = await ctx.dialogs.openFiles({
        title: '选择填好的问题导入表',
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
        multiple: false,
      });
      if (!file) return null;
      const plan = await planProblemImport(ctx.db, file);
      if (!plan.ok) return plan;
      const planId = randomUUID();
      plans.set(planId, plan.rows);
      for (const key of [...plans.keys()].slice(0, -KEEP_PLANS)) plans.delete(key);
      return { ok: true, planId, file: plan.file, count: plan.rows.length };
    },
    'ledger.applyImport': async ({ planId }) => {
      const rows = plans.get(planId);
      if (!rows) throw new AppError('planExpired', '导入预览已失效，请重新选择文件', 'planId');
      await backupBefore(ctx, 'import');
      const ids = applyProblemImport(ctx.db, rows, ctx.operator(), ctx.stamp());
      plans.delete(planId);
      const number = (id: number | undefined) => (id === undefined ? null : (problemNumber(ctx.db, id) ?? null));
      return { added: ids.length, first: number(ids[0]), last: number(ids.at(-1)) };
    },
  };
}
