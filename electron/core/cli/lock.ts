// `lock set|change|remove`: the app lock for IT staff. Passwords come from standard
// input, one per line (never from the arguments, which other users can see); for
// every other command on a locked database, from ZICHA_PASSWORD or the first line.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { AppContext, fixedPorts } from '../context';
import { keyFilePath, rememberKeys, type Key } from '../db/cipher';
import { changePassword, removePassword, setPassword } from '../lock/lock';
import { unlockKeys } from '../lock/switchKey';
import { UsageError, databaseFileOf, refuseMissing, type CliEnvironment, type Command, type Values } from './common';

async function processStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function stdinLines(env: CliEnvironment, needed: number, what: string): Promise<string[]> {
  const lines = (await (env.stdin ?? processStdin)()).split(/\r?\n/);
  if (lines.length < needed || lines.slice(0, needed).some((l) => l === '')) {
    throw new AppError('passwordMissing', `请从标准输入提供${what}，每行一个（例如 printf '%s\\n' "$密码" | npm run zicha -- …）`);
  }
  return lines.slice(0, needed);
}

/** The password of a locked database, or undefined when it has no lock. */
export async function cliSecret(databaseFile: string, env: CliEnvironment): Promise<string | undefined> {
  if (!fs.existsSync(keyFilePath(databaseFile))) return undefined;
  const fromEnv = process.env.ZICHA_PASSWORD;
  if (fromEnv) return fromEnv;
  const [line] = await stdinLines(env, 1, '应用锁密码（或设置环境变量 ZICHA_PASSWORD）');
  return line;
}

/** The key of a database the command line opens as a file (null: it has no lock). */
export async function cliKey(databaseFile: string, env: CliEnvironment): Promise<Key | null> {
  const secret = await cliSecret(databaseFile, env);
  if (secret === undefined) return null;
  const keys = unlockKeys(databaseFile, secret);
  rememberKeys(keys);
  return keys[0] ?? null;
}

async function runLock(sub: string | undefined, values: Values, env: CliEnvironment): Promise<number> {
  if (sub !== 'set' && sub !== 'change' && sub !== 'remove') {
    throw new UsageError(sub ? `未知的 lock 子命令“${sub}”` : 'lock 需要子命令 set、change 或 remove');
  }
  const databaseFile = databaseFileOf(values);
  refuseMissing(databaseFile);
  const needed = sub === 'change' ? 2 : 1;
  const lines = await stdinLines(env, needed, sub === 'set' ? '新密码' : sub === 'change' ? '当前密码和新密码' : '当前密码');
  const ctx = await AppContext.open({
    dataDir: path.dirname(databaseFile),
    databaseFile,
    resourcesDir: env.resourcesDir,
    version: env.version,
    now: env.now,
    secret: sub === 'set' ? undefined : lines[0],
    ...fixedPorts(),
  });
  try {
    if (ctx.locked) throw new AppError('noLock', '这个数据库没有设置应用锁密码');
    if (sub === 'set') {
      const status = await setPassword(ctx, lines[0] ?? '');
      env.out(`已设置应用锁密码，数据库已加密：${databaseFile}`);
      if (status.note) env.out(status.note);
      env.out('请牢记密码：忘记后无法找回，数据将无法打开。建议在自查通“设置 → 应用锁”中导出恢复密钥文件并离线保管。');
    } else if (sub === 'change') {
      await changePassword(ctx, lines[0] ?? '', lines[1] ?? '');
      env.out(`已修改应用锁密码，数据库已用新密钥重新加密：${databaseFile}（旧的恢复密钥已失效，请重新导出）`);
    } else {
      await removePassword(ctx, lines[0] ?? '');
      env.out(`已取消应用锁密码，数据库已解密：${databaseFile}`);
    }
  } finally {
    ctx.close();
  }
  return 0;
}

export const lockCommand: Command = {
  usage: `  lock set|change|remove [--db <文件>]              应用锁：设置、修改或取消密码（密码从标准输入读取，每行一个；change 先当前密码后新密码）`,
  run: (sub, _rest, values, env) => runLock(sub, values, env),
};
