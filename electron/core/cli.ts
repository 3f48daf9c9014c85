// The core's command line (`npm run zicha -- …`): a real door to the same handlers
// the window uses, for IT staff, scripts and benchmarks. In the installed app the
// same commands run as arguments to the executable (electron/main hands them here).
import { parseArgs } from 'node:util';
import { toAppError } from './api';
import { backupCommand, packageCommand, restoreCommand } from './cli/backup';
import { campaignsCommand } from './cli/campaigns';
import { OPTIONS, UsageError, type CliEnvironment, type Command, type Values } from './cli/common';
import { demoCommand } from './cli/demo';
import { dutiesCommand } from './cli/duties';
import { inspectionCommand } from './cli/inspection';
import { ledgerCommand } from './cli/ledger';
import { reportCommand } from './cli/report';
import { statsCommand } from './cli/stats';
import { noticeCommand } from './cli/notice';
import { lockCommand } from './cli/lock';
import { PRODUCT_NAME } from './paths';

export type { CliEnvironment } from './cli/common';

const COMMANDS: Record<string, Command> = {
  campaigns: campaignsCommand,
  demo: demoCommand,
  inspection: inspectionCommand,
  ledger: ledgerCommand,
  report: reportCommand,
  stats: statsCommand,
  notice: noticeCommand,
  backup: backupCommand,
  restore: restoreCommand,
  package: packageCommand,
  lock: lockCommand,
  duties: dutiesCommand,
};

/** The first arguments that make the app's executable run a command instead of the window. */
export const CLI_COMMAND_NAMES = Object.keys(COMMANDS);

const USAGE = `${PRODUCT_NAME} 命令行

用法: npm run zicha -- <命令> [选项]

${Object.values(COMMANDS).map((c) => c.usage).join('\n')}

--db 缺省时使用本机用户数据目录中的数据库。专项行动可用编号（如 sc-2020-96）或文号（如 川卫函〔2020〕96号）指定。`;

export async function runCli(argv: string[], env: CliEnvironment): Promise<number> {
  let args: { values: Values; positionals: string[] };
  try {
    args = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    env.err(`参数有误：${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, sub, ...rest] = args.positionals;
  try {
    // `help` is what people type first; it is the usage, not an unknown command.
    if (!command || args.values.help || command === 'help') {
      env.out(USAGE);
      return command || args.values.help ? 0 : 2;
    }
    const found = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!found) throw new UsageError(`未知命令“${command}”`);
    return await found.run(sub, rest, args.values, env);
  } catch (e) {
    if (e instanceof UsageError) {
      env.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    env.err(`错误：${toAppError(e).message}`);
    return 1;
  }
}
