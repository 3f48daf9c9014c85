// What every command of the command line shares: its options, its environment,
// and opening the database through the same handlers the window uses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { parseArgs } from 'node:util';
import type { Channel, Input, Output } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { createHandlers, invoke } from '../api';
import { AppContext, fixedPorts } from '../context';
import { defaultDataDir } from '../paths';
import { cliSecret } from './password';
import type { Printer } from '../ports';

export interface CliEnvironment {
  resourcesDir: string;
  version: string;
  out: (line: string) => void;
  err: (line: string) => void;
  now?: () => Date;
  /** Chromium's print path, for commands that write PDF. */
  printer?: Printer;
  /** Standard input, read whole (passwords, one per line); tests pass their own. */
  stdin?: () => Promise<string>;
}

/** Every option any command takes; parseArgs is strict, so an unknown one is an error. */
export const OPTIONS = {
  db: { type: 'string' },
  scale: { type: 'string' },
  json: { type: 'boolean' },
  round: { type: 'string' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
  prefer: { type: 'string' },
  campaign: { type: 'string' },
  format: { type: 'string' },
  kind: { type: 'string' },
  status: { type: 'string' },
  department: { type: 'string' },
  source: { type: 'string' },
  search: { type: 'string' },
  table: { type: 'string' },
  period: { type: 'string' },
  detail: { type: 'boolean' },
  names: { type: 'boolean' },
  stamped: { type: 'boolean' },
  'allow-blanks': { type: 'boolean' },
  reason: { type: 'string' },
  to: { type: 'string' },
  from: { type: 'string' },
  in: { type: 'string' },
  apply: { type: 'boolean' },
  milestone: { type: 'string' },
  duty: { type: 'string' },
  on: { type: 'string' },
  via: { type: 'string' },
  file: { type: 'string' },
  due: { type: 'string' },
  note: { type: 'string' },
  'remove-old-backups': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<Parameters<typeof parseArgs>[0]>['options'];

export type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

/** A mistake in how the command was called: answered with the usage text. */
export class UsageError extends Error {}

export interface Command {
  /** Lines of the usage text, already indented. */
  usage: string;
  run(sub: string | undefined, rest: string[], values: Values, env: CliEnvironment): Promise<number>;
}

/** The dialogs' answers, named up front on the command line. */
export type Choices = Parameters<typeof fixedPorts>[0];

export const databaseFileOf = (values: Values) => path.resolve(values.db ?? path.join(defaultDataDir(), 'zicha.sqlite'));

/** Only `demo` (and restoring or importing a package into a new file) makes a database: a mistyped --db creates nothing. */
export function refuseMissing(databaseFile: string): void {
  if (!fs.existsSync(databaseFile)) {
    throw new AppError('databaseMissing', `数据库文件“${databaseFile}”不存在：请检查 --db 的路径（新建示例数据库请用 demo 命令）；未创建任何文件`);
  }
}

export async function openContext(values: Values, env: CliEnvironment, choices: Choices = {}): Promise<AppContext> {
  const databaseFile = databaseFileOf(values);
  refuseMissing(databaseFile);
  const secret = await cliSecret(databaseFile, env);
  return AppContext.open({
    secret,
    dataDir: path.dirname(databaseFile),
    databaseFile,
    resourcesDir: env.resourcesDir,
    version: env.version,
    now: env.now,
    printer: env.printer,
    // The command line names its output file up front; that is its "save dialog".
    ...fixedPorts(choices),
  });
}

export async function withContext<T>(values: Values, env: CliEnvironment, choices: Choices, body: (call: Caller, ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await openContext(values, env, choices);
  const handlers = createHandlers(ctx);
  try {
    return await body(async (channel, input) => {
      const result = await invoke(handlers, channel, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.where);
      return result.value as never;
    }, ctx);
  } finally {
    ctx.close();
  }
}

export type Caller = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

/** Who the command line records as the operator. */
export function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '未知用户';
  }
}

