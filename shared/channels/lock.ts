// The channels of 设置 → 应用锁 and of the unlock screen: they answer while the
// database is locked (every other channel then refuses with "已锁定").
import { z } from 'zod';
import { noInput, returns } from './common';

export interface LockStatus {
  /** A password is set: the database is encrypted at rest. */
  enabled: boolean;
  /** The database is closed until the password is given. */
  locked: boolean;
  /** The hospital's name, shown on the unlock screen. */
  label: string;
  /** Minutes without use before the window locks itself; 0 never. */
  idleMinutes: number;
  /** After setting the password: what became of the earlier backups (Chinese). */
  note?: string;
}

/** The shortest password the lock accepts when one is set or changed. */
export const MIN_PASSWORD_LENGTH = 6;

const password = z.string().min(1, '请输入密码').max(200, '密码不能超过 200 个字符');

export const lockChannels = {
  'lock.status': { input: noInput, output: returns<LockStatus>() },
  /** "密码不正确" when wrong; nothing changes. */
  'lock.unlock': { input: z.strictObject({ password }), output: returns<LockStatus>() },
  /** Asks for the recovery key file (a file dialog) and unlocks with it; null when cancelled. */
  'lock.unlockWithRecoveryKey': { input: noInput, output: returns<LockStatus | null>() },
  'lock.lock': { input: noInput, output: returns<LockStatus>() },
  /** Encrypts the database under a new password, after a backup. */
  /** oldCopies: the backups and copies from before, encrypted under the new key (the default) or deleted. */
  'lock.set': { input: z.strictObject({ password, oldCopies: z.enum(['encrypt', 'remove']).optional() }), output: returns<LockStatus>() },
  'lock.change': { input: z.strictObject({ current: password, next: password }), output: returns<LockStatus>() },
  /** Decrypts the database, after a backup. */
  'lock.remove': { input: z.strictObject({ current: password }), output: returns<LockStatus>() },
  /** Asks where to save (a native dialog) and writes the recovery key file; null when cancelled. */
  'lock.exportRecoveryKey': { input: z.strictObject({ current: password }), output: returns<{ path: string } | null>() },
  'lock.setIdleMinutes': { input: z.strictObject({ minutes: z.number().int().min(0).max(480) }), output: returns<LockStatus>() },
} as const;
