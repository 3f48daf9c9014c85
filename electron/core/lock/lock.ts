// 设置 → 应用锁: setting, changing and removing the password, each re-keying the
// database in one step after a backup. The window and the command line share these.
import type { LockStatus } from '../../../shared/channels/lock';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../context';
import { getHospital } from '../org/org';
import { checkNewPassword, makeKeyFile, newKey, readKeyFile, recoveryText } from './keyFile';
import { unlockKeys } from './switchKey';

const IDLE_KEY = 'lockIdleMinutes';
export const DEFAULT_IDLE_MINUTES = 15;

export function lockStatus(ctx: AppContext): LockStatus {
  const keyFile = ctx.lockEnabled ? readKeyFile(ctx.keyFile) : null;
  let idleMinutes = DEFAULT_IDLE_MINUTES;
  if (!ctx.locked) {
    const stored = ctx.db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get(IDLE_KEY) as string | undefined;
    if (stored !== undefined) idleMinutes = Number(stored);
  }
  return { enabled: keyFile !== null, locked: ctx.locked, label: keyFile?.label ?? '', idleMinutes };
}

function label(ctx: AppContext): string {
  return getHospital(ctx.db)?.name.trim() || '自查通';
}

function mainOnly(ctx: AppContext): void {
  if (ctx.info().workspace !== 'main') throw new AppError('sampleWorkspace', '现在显示的是示例数据：请先在“设置 → 示例数据”中返回我的数据，再设置应用锁');
}

export async function setPassword(ctx: AppContext, password: string): Promise<LockStatus> {
  mainOnly(ctx);
  if (ctx.lockEnabled) throw new AppError('lockSet', '已经设置了应用锁密码；如需更换，请用“修改密码”');
  checkNewPassword(password);
  const key = newKey();
  await ctx.switchKey(key, makeKeyFile(password, key, label(ctx), []));
  return lockStatus(ctx);
}

/** `current` is the password or a recovery key file's text. */
export async function changePassword(ctx: AppContext, current: string, next: string): Promise<LockStatus> {
  mainOnly(ctx);
  const keys = unlockKeys(ctx.databaseFile, current);
  checkNewPassword(next);
  const key = newKey();
  await ctx.switchKey(key, makeKeyFile(next, key, label(ctx), keys));
  return lockStatus(ctx);
}

export async function removePassword(ctx: AppContext, current: string): Promise<LockStatus> {
  mainOnly(ctx);
  unlockKeys(ctx.databaseFile, current);
  await ctx.switchKey(null, null);
  return lockStatus(ctx);
}

/** The recovery key file's text, after the password is confirmed once more. */
export function recoveryKeyText(ctx: AppContext, current: string): string {
  mainOnly(ctx);
  const [key] = unlockKeys(ctx.databaseFile, current);
  if (!key) throw new AppError('noLock', '尚未设置应用锁密码');
  return recoveryText(key, label(ctx), ctx.stamp());
}

export function setIdleMinutes(ctx: AppContext, minutes: number): LockStatus {
  ctx.db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(IDLE_KEY, String(minutes));
  return lockStatus(ctx);
}
