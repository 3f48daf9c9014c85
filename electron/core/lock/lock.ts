// 设置 → 应用锁: setting, changing and removing the password, each re-keying the
// database in one step after a backup. The window and the command line share these.
// Evidence files are sealed after the key file holding their key is in place and
// opened again before it goes, so no sealed file is ever without its key.
import type { LockStatus } from '../../../shared/channels/lock';
import { AppError } from '../../../shared/errors';
import type { Services, Session } from '../ports';
import { protectCopies, protectionNote, removalNote, removePlainCopies, unprotectCopies } from '../backup/protect';
import { takeBackup } from '../backup/take';
import { getHospital } from '../org/org';
import { useEvidenceKey } from './evidenceCipher';
import { beginConversion, endConversion, sealStore, unsealStore } from './evidenceConvert';
import { checkNewPassword, evidenceKeyOf, makeKeyFile, newKey, readKeyFile, recoveryText, type KeyFile } from './keyFile';
import type { Key } from '../db/cipher';
import { readSetting, writeSetting } from '../db/settings';
import { commitKeySwitch, unlockKeys } from './switchKey';

const IDLE_KEY = 'lockIdleMinutes';
export const DEFAULT_IDLE_MINUTES = 15;

export function lockStatus(ctx: Services & Session): LockStatus {
  const keyFile = ctx.lockEnabled ? readKeyFile(ctx.keyFile) : null;
  let idleMinutes = DEFAULT_IDLE_MINUTES;
  if (!ctx.locked) {
    const stored = readSetting(ctx.db, IDLE_KEY);
    if (stored !== undefined) idleMinutes = Number(stored);
  }
  return { enabled: keyFile !== null, locked: ctx.locked, label: keyFile?.label ?? '', idleMinutes };
}

function label(ctx: Services): string {
  return getHospital(ctx.db)?.name.trim() || '自查通';
}

function mainOnly(ctx: Session): void {
  if (ctx.info().workspace !== 'main') throw new AppError('sampleWorkspace', '现在显示的是示例数据：请先在“设置 → 示例数据”中返回我的数据，再设置应用锁');
}

/** What becomes of the backups and copies taken before the lock: encrypted under its key, or deleted. */
export type OldCopies = 'encrypt' | 'remove';

export async function setPassword(ctx: Services & Session, password: string, oldCopies: OldCopies = 'encrypt'): Promise<LockStatus> {
  mainOnly(ctx);
  if (ctx.lockEnabled) throw new AppError('lockSet', '已经设置了应用锁密码；如需更换，请用“修改密码”');
  checkNewPassword(password);
  const key = newKey();
  await switchAndSeal(ctx, key, makeKeyFile(password, key, label(ctx), [], newKey()));
  // The past too: earlier backups (and the safety copy just taken) go under the new key.
  if (oldCopies === 'encrypt') return { ...lockStatus(ctx), note: protectionNote(protectCopies(ctx.databaseFile, key, { removeSample: true })) };
  // Or they go, and one backup under the new key takes their place, so that a restore point remains.
  const removal = removePlainCopies(ctx.databaseFile);
  const fresh = await takeBackup(ctx.db, ctx.databaseFile, 'bulk', ctx.now());
  return { ...lockStatus(ctx), note: `${removalNote(removal)}；已新建一个加密备份：${fresh.file}` };
}

/**
 * Re-keys through the session (it takes the backup and reopens the file on failure), with `keyFile`
 * beside it (null, null: decrypted); `beforeRekey` as commitKeySwitch runs it.
 */
function rekeyTo(ctx: Session, key: Key | null, keyFile: KeyFile | null, beforeRekey?: () => void): Promise<void> {
  return ctx.switchKey(key, (db, file) => commitKeySwitch(db, file, key, keyFile, beforeRekey));
}

/** Re-keys the database, then seals the evidence under the key file's evidence key (marked first, so a crash is finished at the next unlock). */
async function switchAndSeal(ctx: Services & Session, key: Key, keyFile: KeyFile): Promise<void> {
  const store = ctx.evidenceDir;
  beginConversion(store);
  try {
    await rekeyTo(ctx, key, keyFile);
  } catch (e) {
    endConversion(store);
    throw e;
  }
  const evidenceKey = evidenceKeyOf(keyFile, key);
  useEvidenceKey(store, evidenceKey);
  if (evidenceKey) sealStore(store, evidenceKey);
  endConversion(store);
}

/** The evidence key of the current key file (null: a key file from before evidence was sealed). */
function currentEvidenceKey(ctx: Session, key: Key | undefined): Key | null {
  const keyFile = readKeyFile(ctx.keyFile);
  return keyFile && key ? evidenceKeyOf(keyFile, key) : null;
}

/** `current` is the password or a recovery key file's text. The evidence key is kept: no evidence file changes. */
export async function changePassword(ctx: Services & Session, current: string, next: string): Promise<LockStatus> {
  mainOnly(ctx);
  const keys = unlockKeys(ctx.databaseFile, current);
  checkNewPassword(next);
  const key = newKey();
  const evidenceKey = currentEvidenceKey(ctx, keys[0]);
  const keyFile = makeKeyFile(next, key, label(ctx), keys, evidenceKey ?? newKey());
  if (evidenceKey) await rekeyTo(ctx, key, keyFile);
  else await switchAndSeal(ctx, key, keyFile);
  return lockStatus(ctx);
}

/**
 * Opens the evidence first (new files go in plain from then on), then decrypts the
 * database and drops the key file. The backups are decrypted inside the switch, after
 * the safety copy and before the re-key, while no other process can write one under
 * the old key: once the key file goes, none is left that nothing opens. A crash before
 * the re-key commits leaves the lock set and some backups plain, which the next unlock
 * encrypts again (AppContext.start); a failure here does the same at once and seals
 * the store again.
 */
export async function removePassword(ctx: Services & Session, current: string): Promise<LockStatus> {
  mainOnly(ctx);
  const keys = unlockKeys(ctx.databaseFile, current);
  const store = ctx.evidenceDir;
  const evidenceKey = currentEvidenceKey(ctx, keys[0]);
  if (evidenceKey) {
    beginConversion(store);
    useEvidenceKey(store, evidenceKey, false);
  }
  try {
    if (evidenceKey) unsealStore(store, evidenceKey);
    await rekeyTo(ctx, null, null, () => unprotectCopies(ctx.databaseFile, keys));
  } catch (e) {
    // Still set (the re-key did not commit): the database is under its key again, and so are the copies.
    if (ctx.lockEnabled && keys[0]) protectCopies(ctx.databaseFile, keys[0]);
    if (evidenceKey && ctx.lockEnabled) {
      useEvidenceKey(store, evidenceKey);
      sealStore(store, evidenceKey);
      endConversion(store);
    }
    throw e;
  }
  useEvidenceKey(store, null);
  endConversion(store);
  return lockStatus(ctx);
}

/** The recovery key file's text, after the password is confirmed once more. */
export function recoveryKeyText(ctx: Services & Session, current: string): string {
  mainOnly(ctx);
  const [key] = unlockKeys(ctx.databaseFile, current);
  if (!key) throw new AppError('noLock', '尚未设置应用锁密码');
  return recoveryText(key, label(ctx), ctx.stamp());
}

export function setIdleMinutes(ctx: Services & Session, minutes: number): LockStatus {
  writeSetting(ctx.db, IDLE_KEY, String(minutes));
  return lockStatus(ctx);
}
