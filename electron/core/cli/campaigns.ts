// `campaigns list|export|import`.
import fs from 'node:fs';
import path from 'node:path';
import { campaignStatusLabel, type CampaignSummary } from '../../../shared/catalog';
import { AppError } from '../../../shared/errors';
import { UsageError, withContext, type Command, type CliEnvironment, type Values } from './common';

async function run(sub: string | undefined, rest: string[], values: Values, env: CliEnvironment): Promise<number> {
  if (sub === 'list') {
    const list = await withContext(values, env, {}, (call) => call('campaigns.list', undefined));
    if (values.json) env.out(JSON.stringify(list, null, 2));
    else for (const c of list) env.out(formatSummary(c));
    return 0;
  }
  if (sub === 'export') {
    const [ref, out] = rest;
    if (!ref || !out) throw new UsageError('campaigns export 需要专项行动编号（或文号）和输出文件');
    const target = path.resolve(out);
    const saved = await withContext(values, env, { saveTo: target }, (call) => call('campaigns.export', { id: ref }));
    env.out(`已导出：${saved?.path ?? target}`);
    return 0;
  }
  if (sub === 'import') {
    const [file] = rest;
    if (!file) throw new UsageError('campaigns import 需要一个专项行动文件');
    const text = readInputFile(file);
    const done = await withContext(values, env, {}, (call) =>
      call('campaigns.import', { fileName: path.basename(file), text }),
    );
    const verb = { added: '已导入', updated: '已更新', unchanged: '已是最新，无需修改' }[done.outcome];
    env.out(`${verb}：${done.title}（${done.id}）`);
    return 0;
  }
  throw new UsageError(sub ? `未知的 campaigns 子命令“${sub}”` : 'campaigns 需要子命令 list、export 或 import');
}

function readInputFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new AppError('fileUnreadable', `无法读取文件“${file}”：文件不存在或没有读取权限`);
  }
}

function formatSummary(c: CampaignSummary): string {
  const period = `${c.period.start ?? '?'} 至 ${c.period.end ?? '?'}`;
  return [c.id, c.docNumber ?? '（无文号）', campaignStatusLabel[c.status], period, c.title].join('\t');
}

export const campaignsCommand: Command = {
  usage: `  campaigns list [--db <文件>] [--json]          列出专项行动
  campaigns export <编号或文号> <文件> [--db <文件>]  导出专项行动文件
  campaigns import <文件> [--db <文件>]            导入专项行动文件（校验不通过则不作任何修改）`,
  run,
};
