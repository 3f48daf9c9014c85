// Putting a database under a new key (or none) as one step, safe against a crash
// at any moment: a whole re-keyed copy is written beside the file, then the next
// key file, then the copy is renamed over the database (the commit point), then
// the key file is put in place. At start-up, settleKeySwitch finishes or undoes
// what a crash interrupted, so the database and its key file always agree.
import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { copyUnderKey, openKeyed, type Key } from '../db/cipher';
import type { Db } from '../db/open';
import { writeFileAtomic } from '../files';
import { keyFilePath, parseRecoveryText, previousKeys, readKeyFile, unwrapWithPassword, writeKeyFile, type KeyFile } from './keyFile';

/** What the pending key file says when the switch decrypts. */
const PLAIN_MARK = 'plain\n';

const copyPath = (databaseFile: string) => `${databaseFile}.rekeyed`;
const nextPath = (databaseFile: string) => `${keyFilePath(databaseFile)}.next`;

export function settleKeySwitch(databaseFile: string): void {
  const next = nextPath(databaseFile);
  if (fs.existsSync(copyPath(databaseFile))) {
    // Interrupted before the commit: the database and key file are still the old ones.
    fs.rmSync(copyPath(databaseFile), { force: true });
    fs.rmSync(`${copyPath(databaseFile)}-journal`, { force: true });
    fs.rmSync(next, { force: true });
    return;
  }
  if (!fs.existsSync(next)) return;
  if (fs.readFileSync(next, 'utf8') === PLAIN_MARK) {
    fs.rmSync(keyFilePath(databaseFile), { force: true });
    fs.rmSync(next, { force: true });
  } else fs.renameSync(next, keyFilePath(databaseFile));
}

/**
 * Re-keys `db`'s file to `key` with `keyFile` beside it (both null: decrypted, no
 * key file). Closes `db`; the caller opens the result under `key`.
 */
export function commitKeySwitch(db: Db, databaseFile: string, key: Key | null, keyFile: KeyFile | null): void {
  const copy = copyPath(databaseFile);
  copyUnderKey(db, copy, key);
  try {
    if (keyFile) writeKeyFile(nextPath(databaseFile), keyFile);
    else writeFileAtomic(nextPath(databaseFile), PLAIN_MARK);
  } catch (e) {
    fs.rmSync(copy, { force: true });
    throw e;
  }
  db.close();
  // Closing checkpointed the WAL; a stale one must never be replayed over the copy.
  for (const extra of ['-wal', '-shm']) fs.rmSync(`${databaseFile}${extra}`, { force: true });
  fs.renameSync(copy, databaseFile);
  settleKeySwitch(databaseFile);
}

/**
 * The keys a password or a recovery key file's text opens (the current one
 * first). A wrong one is refused before anything changes.
 */
export function unlockKeys(databaseFile: string, secret: string): Key[] {
  const keyFile = readKeyFile(keyFilePath(databaseFile));
  if (!keyFile) throw new AppError('noLock', '这个数据库没有设置应用锁密码');
  const recovery = parseRecoveryText(secret);
  if (!recovery) return unwrapWithPassword(keyFile, secret);
  try {
    openKeyed(databaseFile, recovery, { fileMustExist: true }).close();
  } catch {
    throw new AppError('wrongRecoveryKey', '恢复密钥不正确：不是这个数据库的恢复密钥，或修改密码后已失效', 'password');
  }
  return [recovery, ...previousKeys(keyFile, recovery)];
}
