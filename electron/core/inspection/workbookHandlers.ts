// The channels of department workbooks (科室自查表): export to a chosen folder, and an
// import checked first and applied only after the officer confirms the changes.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { WorkbookPlan } from '../../../shared/workbook';
import type { HandlersOf } from '../handlerTypes';
import { backupBefore } from '../backup/take';
import type { Services } from '../ports';
import { exportWorkbooks } from './workbook/export';
import { applyWorkbookPlan, planWorkbookImport } from './workbook/import';

type WorkbookChannels = 'inspection.exportWorkbooks' | 'inspection.planImport' | 'inspection.applyImport';
type ReadyPlan = Extract<WorkbookPlan, { ok: true }>;

/** Checked plans wait for the officer's confirmation; only the latest few are kept. */
const KEEP_PLANS = 5;

export function workbookHandlers(ctx: Services): Pick<HandlersOf<'inspection'>, WorkbookChannels> {
  const plans = new Map<string, ReadyPlan>();
  return {
    'inspection.exportWorkbooks': async ({ roundId, departmentIds }) => {
      const folder = await ctx.dialogs.chooseFolder({ title: '选择保存科室自查表的文件夹' });
      if (!folder) return null;
      return { folder, files: await exportWorkbooks(ctx.db, roundId, folder, { departmentIds, at: ctx.stamp() }) };
    },
    'inspection.planImport': async () => {
      const [file] = await ctx.dialogs.openFiles({
        title: '选择科室交回的自查表',
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
        multiple: false,
      });
      if (!file) return null;
      const plan = await planWorkbookImport(ctx.db, file);
      const planId = randomUUID();
      if (plan.ok) {
        plans.set(planId, plan);
        for (const key of [...plans.keys()].slice(0, -KEEP_PLANS)) plans.delete(key);
      }
      return { planId, plan };
    },
    'inspection.applyImport': async ({ planId, choices }) => {
      const plan = plans.get(planId);
      if (!plan) throw new AppError('planExpired', '导入预览已失效，请重新选择文件预览', 'planId');
      await backupBefore(ctx, 'import');
      const result = applyWorkbookPlan(ctx.db, plan, choices, ctx.operator(), ctx.stamp());
      plans.delete(planId);
      return result;
    },
  };
}
