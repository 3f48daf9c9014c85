// `lock set|change|remove`: the app lock for IT staff. Passwords come from standard
// input, one per line (never from the arguments, which other users can see); for
// every other command on a locked database, from ZICHA_PASSWORD or the first line.
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { AppContext, fixedPorts } from '../context';
import { changePassword, removePassword, setPassword } from '../lock/lock';
import { UsageError, databaseFileOf, refuseMissing, type CliEnvironment, type Command, type Values } from './common';
import { stdinLines } from './password';

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
      const status = await setPassword(ctx, lines[0] ?? '', values['remove-old-backups'] ? 'remove' : 'encrypt');
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
  usage: `  lock set|change|remove [--db <文件>]              应用锁：设置、修改或取消密码（密码从标准输入读取，每行一个；change 先当前密码后新密码）
  lock set --remove-old-backups [--db <文件>]      设置密码，并删除原有的未加密备份（缺省为加密它们），再新建一个加密备份`,
  run: (sub, _rest, values, env) => runLock(sub, values, env),
};
