// `ledger export|template|import`: the printable ledgers and the problem import,
// through the same channels the window uses (the output file is the "save dialog").
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { LEDGER_KINDS, type LedgerKind } from '../../../shared/ledgerDocument';
import { importErrorText } from '../../../shared/ledgerImport';
import {
  PROBLEM_SOURCES, RECTIFICATION_STATUSES, statusLabel,
  type ProblemQuery, type ProblemSource, type RectificationStatus,
} from '../../../shared/ledger';
import { resolveCampaignId } from '../campaigns/catalog';
import { departmentIdByName } from '../org/reads';
import type { AppContext } from '../context';
import { UsageError, withContext, type Caller, type Command, type CliEnvironment, type Values } from './common';
import { feedbackCommand } from './feedback';

const list = (text: string | undefined) => (text ?? '').split(/[,，、]/).map((s) => s.trim()).filter(Boolean);

function statusesOf(text: string | undefined): RectificationStatus[] | undefined {
  const words = list(text);
  if (!words.length) return undefined;
  return words.map((w) => {
    const found = RECTIFICATION_STATUSES.find((s) => s === w || statusLabel[s] === w || statusLabel[s].startsWith(w));
    if (!found) throw new UsageError(`--status 中的“${w}”不是整改状态；可用：${RECTIFICATION_STATUSES.map((s) => statusLabel[s]).join('、')}`);
    return found;
  });
}

function sourcesOf(text: string | undefined): ProblemSource[] | undefined {
  const words = list(text);
  if (!words.length) return undefined;
  return words.map((w) => {
    if (!(PROBLEM_SOURCES as readonly string[]).includes(w)) throw new UsageError(`--source 中的“${w}”不是问题来源；可用：${PROBLEM_SOURCES.join('、')}`);
    return w as ProblemSource;
  });
}

/** The filter as the officer would set it on screen, from names rather than ids. */
function queryOf(ctx: AppContext, values: Values): ProblemQuery {
  const q: ProblemQuery = { statuses: statusesOf(values.status), sources: sourcesOf(values.source), search: values.search };
  if (values.campaign) q.campaignId = resolveCampaignId(ctx.db, values.campaign);
  for (const name of list(values.department)) {
    if (name === '未指定科室') {
      q.unassigned = true;
      continue;
    }
    const id = departmentIdByName(ctx.db, name);
    if (id === undefined) throw new AppError('departmentNotFound', `没有名为“${name}”的科室`, 'department');
    (q.departmentIds ??= []).push(id);
  }
  return q;
}

async function exportLedger(values: Values, env: CliEnvironment): Promise<number> {
  const kind = (values.kind ?? 'problems') as LedgerKind;
  if (!LEDGER_KINDS.includes(kind)) throw new UsageError('--kind 只能是 problems（问题台账）、rectifications（整改台账）或 combined（问题整改台账）');
  const format = values.format ?? path.extname(values.out ?? '').slice(1);
  if (format !== 'xlsx' && format !== 'pdf') throw new UsageError('--format 只能是 xlsx 或 pdf');
  if (!values.out) throw new UsageError('ledger export 需要 --out <文件>');
  const target = path.resolve(values.out);
  const done = await withContext(values, env, { saveTo: target }, (call, ctx) => call('ledger.export', { kind, format, query: queryOf(ctx, values) }));
  env.out(`已导出：${done?.path ?? target}（${done?.rows ?? 0} 条）`);
  return 0;
}

async function importProblems(file: string, values: Values, env: CliEnvironment): Promise<number> {
  return withContext(values, env, { openFiles: [path.resolve(file)] }, async (call: Caller) => {
    const plan = await call('ledger.planImport', undefined);
    if (!plan) return 1;
    if (!plan.ok) {
      env.err(`${plan.file}：有 ${plan.errors.length} 处错误，未作任何修改：`);
      for (const e of plan.errors) env.err(importErrorText(e));
      return 1;
    }
    if (values['dry-run']) {
      env.out(`${plan.file}：可导入 ${plan.count} 个问题（--dry-run：未作任何修改）`);
      return 0;
    }
    const done = await call('ledger.applyImport', { planId: plan.planId });
    env.out(`已导入 ${done.added} 个问题${done.first ? `（编号 ${done.first} 至 ${done.last}）` : ''}`);
    return 0;
  });
}

async function run(sub: string | undefined, rest: string[], values: Values, env: CliEnvironment): Promise<number> {
  if (sub === 'export') return exportLedger(values, env);
  if (sub === 'template') {
    if (!values.out) throw new UsageError('ledger template 需要 --out <文件>');
    const target = path.resolve(values.out);
    await withContext(values, env, { saveTo: target }, (call) => call('ledger.importTemplate', undefined));
    env.out(`已生成问题导入模板：${target}`);
    return 0;
  }
  if (sub === 'import') {
    const [file] = rest;
    if (!file) throw new UsageError('ledger import 需要一个填好的问题导入表（.xlsx）');
    return importProblems(file, values, env);
  }
  if (sub === 'feedback') return feedbackCommand(rest, values, env);
  throw new UsageError(sub ? `未知的 ledger 子命令“${sub}”` : 'ledger 需要子命令 export、template、import 或 feedback');
}

export const ledgerCommand: Command = {
  usage: `  ledger export --kind problems|rectifications|combined --format xlsx|pdf --out <文件> [--db <文件>]
         [--status 待整改,整改中] [--department 药剂科,未指定科室] [--source 自查] [--campaign <编号或文号>] [--search <关键词>]
                                                 导出问题台账、整改台账或问题整改台账（按筛选条件；PDF 用 Chromium 打印）
  ledger template --out <文件> [--db <文件>]      生成问题导入模板（Excel）
  ledger import <文件> [--db <文件>] [--dry-run]   从模板导入问题：有错误则逐条列出（工作表 行 列）、不作任何修改
  ledger feedback --in <文件> [--json] [--db <文件> --apply] [--campaign <编号或文号>] [--milestone YYYY-MM-DD]
                                                 识别反馈意见/整改报告中的问题并列出；加 --apply 才加入问题台账（全部或全不）`,
  run,
};
