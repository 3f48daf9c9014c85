// `duties list|record|reopen|ics`: the 报送台账 and the calendar on the command
// line, through the same channels the window uses (files named up front are the
// "file dialog").
import path from 'node:path';
import { chineseDate } from '../../../shared/dates';
import { dutyStatusLabel, parseVia, SUBMISSION_VIAS, viaLabel, type DutyOccurrence } from '../../../shared/duties';
import { UsageError, withContext, type Caller, type Command, type CliEnvironment, type Values } from './common';

/** "sc-2020-96/d2", or "d2" with --campaign. */
function dutyRef(values: Values): { campaign: string; dutyId: string } {
  const ref = values.duty?.trim();
  if (!ref) throw new UsageError('需要 --duty <专项行动编号/报送要求编号>（如 sc-2020-96/d2，编号见 duties list）');
  const slash = ref.lastIndexOf('/');
  if (slash > 0) return { campaign: ref.slice(0, slash), dutyId: ref.slice(slash + 1) };
  if (!values.campaign) throw new UsageError(`--duty ${ref} 需要同时给出 --campaign <编号或文号>，或写成 <专项行动编号>/${ref}`);
  return { campaign: values.campaign, dutyId: ref };
}

function sentText(o: DutyOccurrence): string {
  const s = o.submission;
  if (!s) return o.drafts.join('、');
  const files = s.files.map((f) => `${f.name}${f.origin === 'scan' ? '（扫描件）' : `（导出件 ${f.sha256.slice(0, 12)}）`}`).join('、');
  return `${s.submittedOn} 经${viaLabel[s.via]}报送（${s.by}）：${files}`;
}

async function list(values: Values, env: CliEnvironment): Promise<number> {
  const all = await withContext(values, env, {}, (call) => call('duties.list', values.campaign ? { campaign: values.campaign } : {}));
  if (values.json) {
    env.out(JSON.stringify(all, null, 2));
    return 0;
  }
  if (all.length === 0) env.out('没有报送要求');
  for (const o of all) {
    const to = o.addressee ? `报${o.addressee.name}` : '未写明报送对象';
    const what = sentText(o);
    env.out(`${o.due}  ${dutyStatusLabel[o.status].padEnd(4, '　')}  ${o.campaignId}/${o.dutyId}  ${o.title}  ${to}${what ? `  ${what}` : ''}`);
  }
  return 0;
}

/** The occurrence named by --due, or the earliest one not yet sent. */
async function occurrenceOf(call: Caller, campaign: string, dutyId: string, due: string | undefined): Promise<DutyOccurrence> {
  const all = (await call('duties.list', { campaign })).filter((o) => o.dutyId === dutyId);
  if (all.length === 0) throw new UsageError(`专项行动“${campaign}”没有编号为“${dutyId}”的报送要求（编号见 duties list）`);
  const found = due ? all.find((o) => o.due === due) : (all.find((o) => !o.submission) ?? all.at(-1));
  if (!found) throw new UsageError(`“${all[0]!.title}”没有 ${due} 到期的一次；到期日：${all.map((o) => o.due).join('、')}`);
  return found;
}

async function record(values: Values, rest: string[], env: CliEnvironment): Promise<number> {
  const { campaign, dutyId } = dutyRef(values);
  if (!values.on) throw new UsageError('duties record 需要 --on <报送日期 YYYY-MM-DD>');
  const via = parseVia(values.via ?? '');
  if (!via) throw new UsageError(`--via 只能是 ${SUBMISSION_VIAS.map((v) => `${v}（${viaLabel[v]}）`).join('、')}`);
  const files = [values.file, ...rest].filter((f): f is string => Boolean(f)).map((f) => path.resolve(f));
  if (files.length === 0) throw new UsageError('duties record 需要 --file <报送的文件>…（导出的文书、表格或盖章件扫描件，可列多个）');
  const done = await withContext(values, env, { openFiles: files }, async (call) => {
    const o = await occurrenceOf(call, campaign, dutyId, values.due);
    return call('duties.record', {
      campaignId: o.campaignId, dutyId, due: o.due, submittedOn: values.on!, via, note: values.note ?? '', exportIds: [], scans: true,
    });
  });
  if (!done?.submission) return 1;
  env.out(`已登记：${done.title}（${chineseDate(done.due)}到期）— ${dutyStatusLabel[done.status]}`);
  for (const f of done.submission.files) env.out(`  ${f.name}  ${f.origin === 'scan' ? '扫描件' : '自查通导出件'}  sha256 ${f.sha256}`);
  return 0;
}

async function reopen(values: Values, env: CliEnvironment): Promise<number> {
  const { campaign, dutyId } = dutyRef(values);
  if (!values.due) throw new UsageError('duties reopen 需要 --due <到期日 YYYY-MM-DD>');
  if (!values.reason?.trim()) throw new UsageError('duties reopen 需要 --reason <退回原因>');
  const done = await withContext(values, env, {}, (call) => call('duties.reopen', { campaignId: campaign, dutyId, due: values.due!, reason: values.reason! }));
  env.out(`已退回：${done.title}（${chineseDate(done.due)}到期）— ${dutyStatusLabel[done.status]}`);
  return 0;
}

async function ics(values: Values, env: CliEnvironment): Promise<number> {
  if (!values.out) throw new UsageError('duties ics 需要 --out <文件.ics>');
  const target = path.resolve(values.out);
  const done = await withContext(values, env, { saveTo: target }, (call) => call('duties.exportIcs', undefined));
  if (!done) return 1;
  env.out(`已导出日历：${done.path}（${done.events} 个事件）`);
  return 0;
}

async function run(sub: string | undefined, rest: string[], values: Values, env: CliEnvironment): Promise<number> {
  if (sub === 'list') return list(values, env);
  if (sub === 'record') return record(values, rest, env);
  if (sub === 'reopen') return reopen(values, env);
  if (sub === 'ics') return ics(values, env);
  throw new UsageError(sub ? `未知的 duties 子命令“${sub}”` : 'duties 需要子命令 list、record、reopen 或 ics');
}

export const dutiesCommand: Command = {
  usage: `  duties list [--campaign <编号或文号>] [--json] [--db <文件>]
                                                 报送台账：每项报送要求的每一次（到期日、状态、报送了什么）
  duties record --duty <专项行动编号/报送要求编号> --on <YYYY-MM-DD> --via <邮箱|政务系统|纸质|现场>
               --file <文件>… [--due <到期日>] [--note <说明>] [--db <文件>]
                                                 登记一次报送（不指定 --due 则为最早一次未报送的）；
                                                 自查通导出的文件按校验值关联到导出记录，其他文件作为扫描件保存
  duties reopen --duty <…> --due <到期日> --reason <原因> [--db <文件>]
                                                 退回已报送的记录（须说明原因，原记录保留）
  duties ics --out <文件.ics> [--db <文件>]       导出日历（报送、任务时限、阶段、自查截止、整改时限，含提醒）`,
  run,
};
