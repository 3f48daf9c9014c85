// `notice parse`: a notice file → the proposed campaign, with what the parser
// found and flagged, without opening any database. --json prints the proposal as a
// campaign file with its warnings; --out writes the campaign file once it is valid.
import path from 'node:path';
import { sectionKindLabel, type CampaignFile } from '../../../shared/campaign';
import { allFlags, documentKindLabel, type NoticeProposal } from '../../../shared/noticeProposal';
import { proposalToCampaign } from '../campaigns/notice/accept';
import { extractNoticeFile } from '../campaigns/notice/extract';
import { parseNotice } from '../campaigns/notice/parse';
import { serializeCampaignFile } from '../campaigns/file';
import { writeFileAtomic } from '../files';
import { UsageError, type Command, type CliEnvironment, type Values } from './common';

function summary(p: NoticeProposal): string[] {
  const c = p.campaign;
  const items = c.checklists.reduce((n, cl) => n + cl.groups.reduce((m, g) => m + g.items.length, 0), 0);
  const rows = c.tables.reduce((n, t) => n + t.sections.reduce((m, s) => m + s.rows.length, 0), 0);
  const flags = allFlags(p);
  return [
    `类型：${documentKindLabel[p.kind]}`,
    `标题：${c.title || '（未识别）'}`,
    `发文机关：${c.issuers.join('、') || '（未识别）'}`,
    `文号：${c.docNumber ?? '（无）'}    成文日期：${c.issuedOn ?? '（无）'}`,
    `实施期间：${c.period.start ?? '?'} 至 ${c.period.end ?? '?'}`,
    `阶段 ${c.phases.length} 个：${c.phases.map((x) => `${x.name}（${x.start ?? '?'}—${x.end ?? '?'}）`).join('；')}`,
    `报送要求 ${c.duties.length} 项，任务 ${c.tasks.length} 项，检查项 ${items} 项，统计表 ${c.tables.length} 张（${rows} 行）`,
    ...(c.sections.length ? [`不设任务的部分 ${c.sections.length} 个：${c.sections.map((s) => `${s.no}${s.title}（${sectionKindLabel[s.kind]}）`).join('；')}`] : []),
    ...(flags.length ? [`需要核对 ${flags.length} 处：`, ...flags.map((f) => `  [${f.code}] ${f.message}`)] : ['没有需要核对的地方']),
  ];
}

async function run(sub: string | undefined, rest: string[], values: Values, env: CliEnvironment): Promise<number> {
  if (sub !== 'parse') throw new UsageError(sub ? `未知的 notice 子命令“${sub}”` : 'notice 需要子命令 parse');
  const file = values.in ?? rest[0];
  if (!file) throw new UsageError('notice parse 需要通知文件：--in <文件>');
  const { name, text } = await extractNoticeFile(path.resolve(file));
  const proposal = parseNotice(text, name);
  if (values.json) {
    const { campaign } = proposal;
    // documentKind is what the text was read as; kind stays the campaign file's own (campaign or workPoints).
    env.out(JSON.stringify({ format: 'zicha-campaign', version: 1, documentKind: proposal.kind, ...campaign, warnings: allFlags(proposal).map((f) => f.message) }, null, 2));
  } else {
    for (const line of summary(proposal)) env.out(line);
  }
  if (values.out) {
    const campaign: CampaignFile = proposalToCampaign(proposal);
    writeFileAtomic(path.resolve(values.out), serializeCampaignFile(campaign));
    env.out(`已写出专项行动文件：${path.resolve(values.out)}`);
  }
  return 0;
}

export const noticeCommand: Command = {
  usage: `  notice parse --in <通知文件> [--out <专项行动文件>] [--json]
                                              识别通知（.docx/.pdf/.txt/.xlsx），列出识别结果和需核对之处`,
  run,
};
