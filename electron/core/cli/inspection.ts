// `inspection workbooks|import`: department self-inspection workbooks out and back.
import path from 'node:path';
import type { AppContext } from '../context';
import { resolveRoundId } from '../inspection/rounds';
import { describeChange, describeError } from '../inspection/workbook/describe';
import { exportWorkbooks } from '../inspection/workbook/export';
import { applyWorkbookPlan, planWorkbookImport } from '../inspection/workbook/import';
import { UsageError, openContext, safeUserName, type Command, type CliEnvironment, type Values } from './common';

async function run(sub: string | undefined, rest: string[], values: Values, env: CliEnvironment): Promise<number> {
  if (sub === 'workbooks') {
    if (!values.round || !values.out) throw new UsageError('inspection workbooks 需要 --round <编号|latest> 和 --out <目录>');
    const ctx = await openContext(values, env);
    try {
      const files = await exportWorkbooks(ctx.db, resolveRoundId(ctx.db, values.round), path.resolve(values.out), { at: ctx.now().toISOString() });
      for (const f of files) env.out(`已生成：${f.file}（${f.department}，${f.items} 项）`);
    } finally {
      ctx.close();
    }
    return 0;
  }
  if (sub === 'import') {
    const [file] = rest;
    if (!file) throw new UsageError('inspection import 需要一个科室自查表文件（.xlsx）');
    const prefer = values.prefer;
    if (prefer !== undefined && prefer !== 'workbook' && prefer !== 'current') {
      throw new UsageError(`--prefer 只能是 workbook（以自查表为准）或 current（保留系统中的答案），不能是“${prefer}”`);
    }
    const ctx = await openContext(values, env);
    try {
      return await importWorkbook(ctx, path.resolve(file), { dryRun: values['dry-run'] === true, prefer }, env);
    } finally {
      ctx.close();
    }
  }
  throw new UsageError(sub ? `未知的 inspection 子命令“${sub}”` : 'inspection 需要子命令 workbooks 或 import');
}

async function importWorkbook(ctx: AppContext, file: string, opts: { dryRun: boolean; prefer: 'workbook' | 'current' | undefined }, env: CliEnvironment): Promise<number> {
  const plan = await planWorkbookImport(ctx.db, file);
  if (!plan.ok) {
    env.err(`自查表有 ${plan.errors.length} 处错误，未作任何修改：`);
    for (const e of plan.errors) env.err(describeError(e));
    return 1;
  }
  env.out(`${plan.file}：${plan.campaignTitle} / ${plan.roundName} / ${plan.department}，修改 ${plan.changes.length} 项，未变 ${plan.unchanged} 项`);
  for (const c of plan.changes) env.out(describeChange(c));
  const conflicts = plan.changes.filter((c) => c.conflict);
  if (conflicts.length && !opts.prefer) {
    env.err(`有 ${conflicts.length} 项在导出后已在系统中修改、且与自查表不同；请加 --prefer workbook（以自查表为准）或 --prefer current（保留系统中的答案）后重新导入。未作任何修改。`);
    return 1;
  }
  if (opts.dryRun) {
    env.out('（--dry-run：仅预览，未作任何修改）');
    return 0;
  }
  const choices = Object.fromEntries(conflicts.map((c) => [c.elementId, opts.prefer ?? 'current']));
  const who = `命令行（${safeUserName()}）`;
  const done = applyWorkbookPlan(ctx.db, plan, choices, who, ctx.now().toISOString());
  env.out(`已导入：修改 ${done.applied} 项${done.kept ? `，保留系统中的答案 ${done.kept} 项` : ''}`);
  return 0;
}

export const inspectionCommand: Command = {
  usage: `  inspection workbooks --round <编号|latest> --out <目录> [--db <文件>]
                                                 为自查轮次的各科室生成科室自查表（Excel）
  inspection import <自查表文件> [--db <文件>] [--dry-run] [--prefer workbook|current]
                                                 导入科室填好的自查表：有错误则逐条列出（文件 工作表 行 列）、
                                                 不作任何修改；--dry-run 只列出将要修改的内容；
                                                 导出后两边都改过的项须用 --prefer 指定保留自查表（workbook）
                                                 还是系统中的答案（current）`,
  run,
};
