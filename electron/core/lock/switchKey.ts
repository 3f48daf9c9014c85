// Putting a database under a new key (or none) in place, with PRAGMA rekey, while
// no other connection is open (DESIGN.md "Storage": never a new file renamed over
// one that others may be writing). The steps, each safe against a crash:
//   1. this connection is made the only one on the file (or the switch is refused);
//   2. a mark (our pid and the file's first 16 bytes) and the next key file are written;
//   3. the file is re-keyed in one SQLite transaction (its journal is under the old key);
//   4. the next key file is put in place (the commit of the key file), the mark removed.
// At start-up, settleKeySwitch finishes or undoes what a dead process left, so the
// database and its key file always agree; a live switch is left to its process.
import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { isEncryptedFile, keyFilePath, keyOf, openKeyed, rekey, restoreJournaledHead, type Key } from '../db/cipher';
import type { Db } from '../db/open';
import { hotJournal, whileAlone } from '../db/writer';
import { processAlive, writeFileAtomic } from '../files';
import { parseRecoveryText, previousKeys, readKeyFile, unwrapWithPassword, writeKeyFile, type KeyFile } from './keyFile';

/** What the pending key file says when the switch decrypts. */
const PLAIN_MARK = 'plain\n';

const nextPath = (databaseFile: string) => `${keyFilePath(databaseFile)}.next`;
const markPath = (databaseFile: string) => `${databaseFile}.keyswitch`;
/** The copy the previous protocol wrote beside the database; removed wherever found. */
const legacyCopy = (databaseFile: string) => `${databaseFile}.rekeyed`;

interface SwitchMark {
  pid: number;
  head: string;
}

/** The file's first 16 bytes, read from disk: only where this process has no connection open on it. */
function headOf(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    return head.toString('hex');
  } finally {
    fs.closeSync(fd);
  }
}

const PLAIN_HEAD = Buffer.from('SQLite format 3\0', 'latin1').toString('hex');

/**
 * The first 16 bytes of an open connection's file, from the connection (an encrypted
 * file starts with its cipher salt), never from a descriptor of our own: POSIX locks
 * belong to the process, and closing any descriptor of the file drops all of them,
 * so the exclusive hold would end unseen (the stress found a stale-key process then
 * rewriting page 1 under the old key, mid-switch).
 */
function headOfOpen(db: Db): string {
  const salt: unknown = db.pragma('cipher_salt', { simple: true });
  return typeof salt === 'string' && keyOf(db) ? salt.toLowerCase() : PLAIN_HEAD;
}

function readMark(databaseFile: string): SwitchMark | null {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(markPath(databaseFile), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { pid, head } = parsed as Record<string, unknown>;
    return typeof pid === 'number' && typeof head === 'string' ? { pid, head } : null;
  } catch {
    return null;
  }
}

function clearSwitch(databaseFile: string): void {
  fs.rmSync(nextPath(databaseFile), { force: true });
  fs.rmSync(markPath(databaseFile), { force: true });
}

function installNext(databaseFile: string): void {
  const next = nextPath(databaseFile);
  if (fs.existsSync(next)) {
    if (fs.readFileSync(next, 'utf8') === PLAIN_MARK) {
      fs.rmSync(keyFilePath(databaseFile), { force: true });
      fs.rmSync(next, { force: true });
    } else fs.renameSync(next, keyFilePath(databaseFile));
  }
  fs.rmSync(markPath(databaseFile), { force: true });
}

/**
 * Finishes or undoes a switch whose process died. A re-key cut short left a hot
 * journal under the old key: a plain one is played back here, an encrypted one by
 * the next unlock with the old password (which calls this again).
 */
export function settleKeySwitch(databaseFile: string): void {
  for (const f of [legacyCopy(databaseFile), `${legacyCopy(databaseFile)}-journal`]) fs.rmSync(f, { force: true });
  const next = nextPath(databaseFile);
  // The pending key file first, then the mark: a live switch writes the mark before it and removes the
  // mark after it, so a mark missing here after a pending file was seen is a switch already finished.
  const pendingSeen = fs.existsSync(next);
  const mark = readMark(databaseFile);
  if (!mark && !pendingSeen) {
    fs.rmSync(markPath(databaseFile), { force: true });
    return;
  }
  if (!mark && !fs.existsSync(next)) return;
  if (mark && mark.pid !== process.pid && processAlive(mark.pid)) return;
  if (!fs.existsSync(databaseFile)) return clearSwitch(databaseFile);
  if (hotJournal(databaseFile)) {
    // Whichever key opens the file next (the old one, or none) then plays the journal back.
    restoreJournaledHead(databaseFile);
    if (fs.existsSync(keyFilePath(databaseFile))) return;
    // Setting the lock was cut short: its journal is plain, and opening plain rolls it back.
    openKeyed(databaseFile, null, { fileMustExist: true }).close();
  }
  const pending = fs.existsSync(next) ? fs.readFileSync(next, 'utf8') : null;
  let committed: boolean;
  if (mark) committed = headOf(databaseFile) !== mark.head;
  else if (pending === PLAIN_MARK) committed = !isEncryptedFile(databaseFile);
  else if (!fs.existsSync(keyFilePath(databaseFile))) committed = isEncryptedFile(databaseFile);
  else committed = true; // the previous protocol wrote the next key file only after the copy was whole
  if (committed) installNext(databaseFile);
  else clearSwitch(databaseFile);
}

/**
 * Re-keys `db`'s file in place to `key` with `keyFile` beside it (both null:
 * decrypted, no key file). Refuses in Chinese while another connection stays
 * open. Leaves `db` open under the new key. `beforeRekey` runs once the switch is
 * marked, while no other process can open the file (nor so write a backup); its
 * failure, like the re-key's, leaves the old key in place.
 */
export async function commitKeySwitch(
  db: Db,
  databaseFile: string,
  key: Key | null,
  keyFile: KeyFile | null,
  beforeRekey: () => void = () => {},
): Promise<void> {
  await whileAlone(db, databaseFile, () => {
    writeFileAtomic(markPath(databaseFile), JSON.stringify({ pid: process.pid, head: headOfOpen(db) } satisfies SwitchMark));
    try {
      if (keyFile) writeKeyFile(nextPath(databaseFile), keyFile);
      else writeFileAtomic(nextPath(databaseFile), PLAIN_MARK);
      beforeRekey();
      rekey(db, key);
    } catch (e) {
      clearSwitch(databaseFile);
      throw e;
    }
    installNext(databaseFile);
  });
  // No journal removed here: whileAlone's release deleted the kept one, and one there now is another writer's.
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
