// Opening the database with a password while another process may switch its key
// (issue 23): a `lock change` or `lock remove` holds the file alone while it re-keys,
// and a command that read the key file before finds, once it gets in, that its key
// no longer opens the file. It reads the key file again with the same secret: the
// key now there when that secret still opens it (a re-key under the same password),
// none when the lock was removed and the file is plain. A password changed to another
// cannot be followed: the new key file holds the key only under the new password, and
// the older keys only under the new key, so the old password learns nothing from it.
// Then the refusal stands, which says to unlock again with the new password.
import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { keyFilePath, sameKey, type Key } from '../db/cipher';
import { notADatabase } from '../db/open';
import { EXCLUSIVE_WAIT_MS, inUseError, isBusy } from '../db/writer';
import { unlockKeys } from './switchKey';

/** The secret, asked for only once a key file is there (the command line reads it from standard input). */
export type SecretSource = () => Promise<string | undefined>;

/** The keys the key file holds now for the secret (current first); none without a key file. */
export async function keysNow(databaseFile: string, secret: SecretSource): Promise<Key[]> {
  if (!fs.existsSync(keyFilePath(databaseFile))) return [];
  const given = await secret();
  if (given === undefined) return [];
  try {
    return unlockKeys(databaseFile, given);
  } catch (e) {
    // The lock removed between the look and the read: opened plain (an encrypted file then refuses).
    if (e instanceof AppError && e.code === 'noLock') return [];
    throw e;
  }
}

/** The file's key is not the one in hand: SQLite's own error, or openDatabase's Chinese one. */
const keyRefused = (e: unknown) =>
  e instanceof AppError ? e.code === 'staleKey' || e.code === 'notADatabase' : (e as { code?: string }).code === 'SQLITE_NOTADB';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `open` with the keys the secret opens now (none: plain). While another
 * process holds the file alone it waits (up to EXCLUSIVE_WAIT_MS, then refuses in
 * Chinese); when the key in hand is refused, it reads the key file again and runs
 * `open` once more for each new key it finds. A secret the new key file refuses,
 * or the same key again (a file that key does not open), ends in the refusal `open` met.
 */
export async function openWithKeysNow<T>(databaseFile: string, secret: SecretSource, open: (keys: Key[]) => Promise<T>): Promise<T> {
  const deadline = Date.now() + EXCLUSIVE_WAIT_MS;
  let keys = await keysNow(databaseFile, secret);
  for (;;) {
    try {
      return await open(keys);
    } catch (e) {
      const stale = keyRefused(e);
      if (!stale && !isBusy(e)) throw e;
      const tried = keys[0] ?? null;
      const refusal = e instanceof AppError ? e : notADatabase(databaseFile, tried);
      if (Date.now() > deadline) throw stale ? refusal : inUseError(databaseFile);
      if (!stale) {
        await sleep(50 + Math.random() * 50);
        continue;
      }
      keys = await keysNow(databaseFile, secret).catch((k: unknown) => {
        throw k instanceof AppError && (k.code === 'wrongPassword' || k.code === 'wrongRecoveryKey') ? refusal : k;
      });
      if (sameKey(keys[0] ?? null, tried)) throw refusal;
    }
  }
}
