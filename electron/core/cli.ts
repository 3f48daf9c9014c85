// The core's command line (`npm run zicha -- …`): a real door to the same handlers
// the window uses, for IT staff, scripts and benchmarks. In the installed app the
// same commands run as arguments to the executable (electron/main hands them here).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Channel, Input, Output } from '../../shared/api';
import { campaignStatusLabel, type CampaignSummary } from '../../shared/catalog';
import { AppError } from '../../shared/errors';
import { createHandlers, invoke, toAppError } from './api';
import { AppContext, fixedPorts, openCatalogDatabase } from './context';
import { buildDemo } from './demo/demo';
import { resolveRoundId } from './inspection/rounds';
import { describeChange, describeError } from './inspection/workbook/describe';
import { exportWorkbooks } from './inspection/workbook/export';
import { applyWorkbookPlan, planWorkbookImport } from './inspection/workbook/import';
import { defaultDataDir, PRODUCT_NAME } from './paths';

export interface CliEnvironment {
  resourcesDir: string;
  version: string;
  out: (line: string) => void;
  err: (line: string) => void;
  now?: () => Date;
}

const USAGE = `${PRODUCT_NAME} 命令行

用法: npm run zicha -- <命令> [选项]

  campaigns list [--db <文件>] [--json]          列出专项行动
  campaigns export <编号或文号> <文件> [--db <文件>]  导出专项行动文件
  campaigns import <文件> [--db <文件>]            导入专项行动文件（校验不通过则不作任何修改）
  demo --db <文件> [--scale N]                    生成示例数据库（只写入新文件）
  inspection workbooks --round <编号|latest> --out <目录> [--db <文件>]
                                                 为自查轮次的各科室生成科室自查表（Excel）
  inspection import <自查表文件> [--db <文件>] [--dry-run] [--prefer workbook|current]
                                                 导入科室填好的自查表：有错误则逐条列出（文件 工作表 行 列）、
                                                 不作任何修改；--dry-run 只列出将要修改的内容；
                                                 导出后两边都改过的项须用 --prefer 指定保留自查表（workbook）
                                                 还是系统中的答案（current）

--db 缺省时使用本机用户数据目录中的数据库。专项行动可用编号（如 sc-2020-96）或文号（如 川卫函〔2020〕96号）指定。`;

class UsageError extends Error {}

export async function runCli(argv: string[], env: CliEnvironment): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    env.err(`参数有误：${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, sub, ...rest] = args.positionals;
  try {
    if (!command || args.values.help) {
      env.out(USAGE);
      return command || args.values.help ? 0 : 2;
    }
    if (command === 'demo') return await demo(args.values, env);
    if (command === 'campaigns') return await campaigns(sub, rest, args.values, env);
    if (command === 'inspection') return await inspection(sub, rest, args.values, env);
    throw new UsageError(`未知命令“${command}”`);
  } catch (e) {
    if (e instanceof UsageError) {
      env.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    env.err(`错误：${toAppError(e).message}`);
    return 1;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      scale: { type: 'string' },
      json: { type: 'boolean' },
      round: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean' },
      prefer: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

type Values = ReturnType<typeof parse>['values'];

async function openContext(values: Values, env: CliEnvironment, saveTo: string | null): Promise<AppContext> {
  const databaseFile = path.resolve(values.db ?? path.join(defaultDataDir(), 'zicha.sqlite'));
  return AppContext.open({
    dataDir: path.dirname(databaseFile),
    databaseFile,
    resourcesDir: env.resourcesDir,
    version: env.version,
    now: env.now,
    // The command line names its output file up front; that is its "save dialog".
    ...fixedPorts({ saveTo }),
  });
}

async function withContext<T>(values: Values, env: CliEnvironment, saveTo: string | null, body: (call: Caller) => Promise<T>): Promise<T> {
  const ctx = await openContext(values, env, saveTo);
  const handlers = createHandlers(ctx);
  try {
    return await body(async (channel, input) => {
      const result = await invoke(handlers, channel, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.where);
      return result.value as never;
    });
  } finally {
    ctx.close();
  }
}

type Caller = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

async function campaigns(sub: string | undefined, rest: string[], values: Values, env: CliEnvironment): Promise<number> {
  if (sub === 'list') {
    const list = await withContext(values, env, null, (call) => call('campaigns.list', undefined));
    if (values.json) env.out(JSON.stringify(list, null, 2));
    else for (const c of list) env.out(formatSummary(c));
    return 0;
  }
  if (sub === 'export') {
    const [ref, out] = rest;
    if (!ref || !out) throw new UsageError('campaigns export 需要专项行动编号（或文号）和输出文件');
    const target = path.resolve(out);
    const saved = await withContext(values, env, target, (call) => call('campaigns.export', { id: ref }));
    env.out(`已导出：${saved?.path ?? target}`);
    return 0;
  }
  if (sub === 'import') {
    const [file] = rest;
    if (!file) throw new UsageError('campaigns import 需要一个专项行动文件');
    const text = readInputFile(file);
    const done = await withContext(values, env, null, (call) =>
      call('campaigns.import', { fileName: path.basename(file), text }),
    );
    const verb = { added: '已导入', updated: '已更新', unchanged: '已是最新，无需修改' }[done.outcome];
    env.out(`${verb}：${done.title}（${done.id}）`);
    return 0;
  }
  throw new UsageError(sub ? `未知的 campaigns 子命令“${sub}”` : 'campaigns 需要子命令 list、export 或 import');
}

async function inspection(sub: string | undefined, rest: string[], values: Values, env: CliEnvironment): Promise<number> {
  if (sub === 'workbooks') {
    if (!values.round || !values.out) throw new UsageError('inspection workbooks 需要 --round <编号|latest> 和 --out <目录>');
    const ctx = await openContext(values, env, null);
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
    const ctx = await openContext(values, env, null);
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

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '未知用户';
  }
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

async function demo(values: Values, env: CliEnvironment): Promise<number> {
  if (!values.db) throw new UsageError('demo 需要 --db <文件>：示例数据只写入新的数据库文件');
  const file = path.resolve(values.db);
  if (fs.existsSync(file)) {
    throw new AppError('fileExists', `文件“${file}”已存在。示例数据只写入新文件，以免覆盖真实数据`);
  }
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  const now = env.now ?? (() => new Date());
  const db = await openCatalogDatabase(file, env.resourcesDir, now);
  try {
    const report = buildDemo(db, { scale, evidenceDir: path.join(path.dirname(file), 'evidence') });
    env.out(
      `示例数据库已生成：${file}\n科室 ${report.departments} 个，人员 ${report.people} 人；自查轮次 ${report.rounds} 个，答案 ${report.answers} 条，佐证材料 ${report.evidence} 份；问题 ${report.problems} 个`,
    );
  } catch (e) {
    db.close();
    fs.rmSync(file, { force: true });
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });
    throw e;
  }
  db.close();
  return 0;
}

const here = path.dirname(fileURLToPath(import.meta.url));

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const repo = path.resolve(here, '../..');
  const version = (JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string }).version;
  const code = await runCli(process.argv.slice(2), {
    resourcesDir: path.join(repo, 'resources'),
    version,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  process.exitCode = code;
}
