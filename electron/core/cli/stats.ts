// `stats export|check`: a campaign's statistics tables filled for a period, written
// in the notice's own layout, or checked with every failed check listed.
import path from 'node:path';
import type { StatsIssue } from '../../../shared/stats';
import { UsageError, withContext, type Caller, type Command, type CliEnvironment, type Values } from './common';

function request(values: Values, sub: string) {
  if (!values.campaign || !values.period) {
    throw new UsageError(`stats ${sub} 需要 --campaign <编号或文号> 和 --period <YYYY-MM|YYYY-Qn|all>`);
  }
  return { campaign: values.campaign, period: values.period, ...(values.table ? { tableId: values.table } : {}) };
}

const line = (where: string, i: StatsIssue) => `  ${where}：${i.message}`;

async function run(sub: string | undefined, _rest: string[], values: Values, env: CliEnvironment): Promise<number> {
  if (sub === 'check') {
    const req = request(values, 'check');
    const { tables } = await withContext(values, env, {}, (call) => call('stats.check', req));
    let failed = 0;
    for (const t of tables) {
      const where = `${t.annex ?? ''}${t.title}`;
      if (t.issues.length === 0) env.out(`${where}：检查通过`);
      for (const i of t.issues) env.err(line(where, i));
      failed += t.issues.length;
    }
    if (failed) env.err(`共有 ${failed} 项检查未通过`);
    return failed ? 1 : 0;
  }
  if (sub === 'export') {
    const req = request(values, 'export');
    const format = values.format ?? (/\.pdf$/i.test(values.out ?? '') ? 'pdf' : 'xlsx');
    if (format !== 'xlsx' && format !== 'pdf') throw new UsageError(`stats export 的 --format 只能是 xlsx 或 pdf，不能是“${format}”`);
    if (!values.out) throw new UsageError(`stats export 需要 --out <文件.${format}>`);
    if (format === 'pdf' && (values.detail === true || values.names === true)) {
      throw new UsageError('--detail 和 --names 只用于 xlsx（明细写在单独的工作表中）');
    }
    const target = path.resolve(values.out);
    const opts = { ...req, detail: values.detail === true || values.names === true, names: values.names === true };
    const exportOnce = (call: Caller, acceptFailures: boolean) =>
      format === 'pdf' ? call('stats.exportPdf', { ...req, acceptFailures }) : call('stats.exportXlsx', { ...opts, acceptFailures });
    const done = await withContext(values, env, { saveTo: target }, async (call) => {
      const first = await exportOnce(call, false);
      if (first === null || !('blocked' in first)) return first;
      // The command line cannot ask: it warns, then writes, as the window does after the officer confirms.
      env.err(`警告：有 ${first.blocked.length} 项检查未通过，仍照常导出：`);
      for (const i of first.blocked) env.err(`  ${i.message}`);
      return exportOnce(call, true);
    });
    if (done === null || 'blocked' in done) return 1;
    env.out(`已导出：${done.path}${opts.names ? '（含涉及人员姓名）' : ''}`);
    return 0;
  }
  throw new UsageError(sub ? `未知的 stats 子命令“${sub}”` : 'stats 需要子命令 export 或 check');
}

export const statsCommand: Command = {
  usage: `  stats export --campaign <编号或文号> --period <YYYY-MM|YYYY-Qn|all> --out <文件.xlsx|文件.pdf>
               [--table <附件号或表编号>] [--format xlsx|pdf] [--detail] [--names] [--db <文件>]
                                                 按通知原样式导出统计表（不指定 --table 则每张表一个工作表）；
                                                 --detail 附上每个数字对应的线索、案件明细，--names 同时列出涉及人员姓名
  stats check --campaign <编号或文号> --period <…> [--table <…>] [--db <文件>]
                                                 检查统计表：列出未通过的检查，有未通过项时以非零状态退出`,
  run,
};
