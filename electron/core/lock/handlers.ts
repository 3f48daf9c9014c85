// The handlers of the lock channels.
import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { HandlersOf } from '../handlerTypes';
import type { Services, Session } from '../ports';
import { writeFileAtomic } from '../files';
import { changePassword, lockStatus, recoveryKeyText, removePassword, setIdleMinutes, setPassword } from './lock';

const MAX_RECOVERY_FILE_BYTES = 64 * 1024;

export function lockHandlers(ctx: Services & Session): HandlersOf<'lock'> {
  return {
    'lock.status': () => lockStatus(ctx),
    'lock.unlock': async ({ password }) => {
      await ctx.unlock(password);
      return lockStatus(ctx);
    },
    'lock.unlockWithRecoveryKey': async () => {
      const [file] = await ctx.dialogs.openFiles({ title: '选择恢复密钥文件', filters: [{ name: '自查通恢复密钥', extensions: ['txt'] }], multiple: false });
      if (!file) return null;
      let text: string;
      try {
        if (fs.statSync(file).size > MAX_RECOVERY_FILE_BYTES) throw new Error('too large');
        text = fs.readFileSync(file, 'utf8');
      } catch {
        throw new AppError('fileUnreadable', '无法读取所选的恢复密钥文件（文件不存在、过大或没有读取权限）');
      }
      await ctx.unlock(text);
      return lockStatus(ctx);
    },
    'lock.lock': () => {
      ctx.lock();
      return lockStatus(ctx);
    },
    'lock.set': ({ password, oldCopies }) => setPassword(ctx, password, oldCopies),
    'lock.change': ({ current, next }) => changePassword(ctx, current, next),
    'lock.remove': ({ current }) => removePassword(ctx, current),
    'lock.exportRecoveryKey': async ({ current }) => {
      const text = recoveryKeyText(ctx, current);
      const target = await ctx.dialogs.saveFile({
        title: '导出恢复密钥（请存到 U 盘并离线保管）',
        defaultName: `自查通恢复密钥-${ctx.today()}.txt`,
        filters: [{ name: '自查通恢复密钥', extensions: ['txt'] }],
      });
      if (!target) return null;
      return { path: writeFileAtomic(target, text) };
    },
    'lock.setIdleMinutes': ({ minutes }) => setIdleMinutes(ctx, minutes),
  };
}
