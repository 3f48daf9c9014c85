// The core's command line (`npm run zicha -- …`): a real door to the same handlers
// the window uses, for IT staff, scripts and benchmarks. In the installed app the
// same commands run as arguments to the executable (electron/main hands them here).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Channel, Input, Output } from '../../shared/api';
import { campaignStatusLabel, type CampaignSummary } from '../../shared/catalog';
import { AppError } from '../../shared/errors';
import { createHandlers, invoke, toAppError } from './api';
import { AppContext, fixedPorts, openCatalogDatabase } from './context';
import { buildDemo } from './demo/demo';
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
      help: { type: 'boolean', short: 'h' },
    },
  });
}

type Values = ReturnType<typeof parse>['values'];

async function withContext<T>(values: Values, env: CliEnvironment, saveTo: string | null, body: (call: Caller) => Promise<T>): Promise<T> {
  const databaseFile = path.resolve(values.db ?? path.join(defaultDataDir(), 'zicha.sqlite'));
  const ctx = await AppContext.open({
    dataDir: path.dirname(databaseFile),
    databaseFile,
    resourcesDir: env.resourcesDir,
    version: env.version,
    now: env.now,
    // The command line names its output file up front; that is its "save dialog".
    ...fixedPorts({ saveTo }),
  });
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
      `示例数据库已生成：${file}\n科室 ${report.departments} 个，人员 ${report.people} 人；自查轮次 ${report.rounds} 个，答案 ${report.answers} 条，佐证材料 ${report.evidence} 份`,
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
