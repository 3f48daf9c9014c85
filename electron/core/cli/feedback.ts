// `ledger feedback --in <file>`: a feedback or rectification document → the problems it
// lists, printed (--json for the whole proposal); with --apply they are added to the
// problem ledger of --db through the feedback.apply channel, all or nothing.
import path from 'node:path';
import { feedbackStatusLabel, type FeedbackProposal } from '../../../shared/feedbackProposal';
import { formatWan } from '../../../shared/money';
import { resolveCampaignId } from '../campaigns/catalog';
import { extractNoticeFile } from '../campaigns/notice/extract';
import { parseFeedback } from '../campaigns/notice/feedback';
import { UsageError, withContext, type CliEnvironment, type Values } from './common';

function summary(p: FeedbackProposal): string[] {
  return [
    `标题：${p.title || '（未识别）'}`,
    `问题来源：${p.problemSource}    发现时间：${p.foundOn ?? '（未写明，按今天）'}`,
    `问题 ${p.problems.length} 个：`,
    ...p.problems.map((x, i) =>
      [
        `  ${i + 1}. [${x.category || '未分类'}] ${x.description}`,
        `     状态：${feedbackStatusLabel[x.status]}${x.statusOriginal ? `（原文“${x.statusOriginal}”）` : ''}` +
          `${x.deadline ? `    整改时限：${x.deadline}` : ''}${x.department ? `    责任科室：${x.department}` : ''}${x.amountFen ? `    涉及金额：${formatWan(x.amountFen)} 万元` : ''}`,
        ...x.measures.map((m, k) => `     措施${k + 1}：${m}`),
      ].join('\n'),
    ),
    ...p.flags.map((f) => `需要核对：${f.message}`),
    ...p.problems.flatMap((x) => x.flags.map((f) => `需要核对：${f.message}`)),
  ];
}

export async function feedbackCommand(rest: string[], values: Values, env: CliEnvironment): Promise<number> {
  const file = values.in ?? rest[0];
  if (!file) throw new UsageError('ledger feedback 需要反馈意见或整改报告文件：--in <文件>');
  const { name, text } = await extractNoticeFile(path.resolve(file));
  const proposal = parseFeedback(text, name);
  if (values.json) env.out(JSON.stringify(proposal, null, 2));
  else for (const line of summary(proposal)) env.out(line);
  if (!values.apply) {
    if (!values.json) env.out('（未加入台账；确认无误后加 --apply 加入 --db 指定的数据库）');
    return 0;
  }
  const done = await withContext(values, env, {}, (call, ctx) =>
    call('ledger.applyFeedback', {
      proposal,
      campaignId: values.campaign ? resolveCampaignId(ctx.db, values.campaign) : null,
      milestone: values.milestone ?? null,
    }),
  );
  env.out(`已加入问题台账 ${done.ids.length} 个问题（编号 ${done.numbers[0]} 至 ${done.numbers[done.numbers.length - 1]}）`);
  return 0;
}
