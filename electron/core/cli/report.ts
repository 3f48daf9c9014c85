// `report summary|workplan|group|letter|inventory|caseledger`: a campaign's document (the saved draft, or one
// drafted from the records) as .docx, PDF or stamped PDF, through the same
// channels the window uses; a stamped export is logged in the 用印记录 as there.
// A stamped export is refused while blanks remain, listing them and writing
// nothing, unless --allow-blanks comes with a --reason the 用印记录 keeps.
import path from 'node:path';
import { DOCUMENT_KIND_KEYS, DOCUMENT_KINDS, type DocumentKind } from '../../../shared/document';
import { blanksOf } from '../documents/handlers';
import { UsageError, withContext, type Command, type CliEnvironment, type Values } from './common';

async function run(sub: string | undefined, _rest: string[], values: Values, env: CliEnvironment): Promise<number> {
  const kinds = DOCUMENT_KIND_KEYS.map((k) => `${k}（${DOCUMENT_KINDS[k]}）`).join('、');
  if (!sub) throw new UsageError(`report 需要文书类型：${kinds}`);
  if (!(DOCUMENT_KIND_KEYS as readonly string[]).includes(sub)) throw new UsageError(`未知的文书类型“${sub}”；可用：${kinds}`);
  const kind = sub as DocumentKind;
  if (!values.campaign) throw new UsageError(`report ${kind} 需要 --campaign <编号或文号>`);
  if (!values.out) throw new UsageError(`report ${kind} 需要 --out <文件>`);
  const format = values.format ?? (/\.docx$/i.test(values.out) ? 'docx' : 'pdf');
  if (format !== 'docx' && format !== 'pdf') throw new UsageError(`--format 只能是 docx 或 pdf，不能是“${format}”`);
  const stamped = values.stamped === true;
  if (stamped && format !== 'pdf') throw new UsageError('--stamped 只能用于 PDF（--format pdf）');
  const allowBlanks = values['allow-blanks'] === true;
  const reason = values.reason?.trim() ?? '';
  if (allowBlanks && !stamped) throw new UsageError('--allow-blanks 只能与 --stamped 一起使用');
  if (allowBlanks && !reason) throw new UsageError('--allow-blanks 需要 --reason <理由>，理由将记入用印记录');
  const target = path.resolve(values.out);
  const campaign = values.campaign;
  const done = await withContext(values, env, { saveTo: target }, async (call) => {
    // Without a seal the export itself refuses, naming that first.
    if (stamped && !allowBlanks && (await call('documents.seal', undefined))) {
      const blanks = blanksOf((await call('documents.get', { campaign, kind })).doc);
      if (blanks.length) return { refused: blanks };
    }
    return call('documents.export', { campaign, kind, format, stamped, ...(allowBlanks ? { allowBlanks, reason } : {}) });
  });
  if (!done) return 1;
  if ('refused' in done) {
    env.err(`不能导出盖章${DOCUMENT_KINDS[kind]}：文书中还有 ${done.refused.length} 处待填，未写出任何文件：`);
    for (const b of done.refused) env.err(`  〔待填：${b}〕`);
    env.err('请在窗口中填写后再导出；确需盖章的，加 --allow-blanks --reason <理由>（理由记入用印记录）。');
    return 1;
  }
  if (done.blanks.length && !stamped) env.err(`注意：文件中还有 ${done.blanks.length} 处待填（黄色标出）：${done.blanks.join('、')}`);
  env.out(`已导出${stamped ? '盖章' : ''}${DOCUMENT_KINDS[kind]}：${done.file}${stamped ? '（已记入用印记录）' : ''}`);
  return 0;
}

export const reportCommand: Command = {
  usage: `  report summary|workplan|group|letter|inventory|caseledger --campaign <编号或文号> --out <文件> [--format docx|pdf] [--stamped [--allow-blanks --reason <理由>]] [--db <文件>]
                                                 导出工作情况总结、工作方案、领导小组通知、报送报告、清查及整改情况报告或案件台账（已保存的稿件，或按记录起草）；
                                                 --stamped 加盖已导入的印章（仅 PDF）并记入用印记录；仍有待填内容时拒绝，
                                                 除非加 --allow-blanks 并用 --reason 注明理由`,
  run,
};
