// Evidence files at rest under the app lock: each stored file sealed with
// AES-256-GCM under the evidence key, a random 256-bit key of its own kept in the
// key file wrapped under the database key. A password change re-wraps that key
// and touches no evidence file; the recovery key file (the database key) opens it.
// A sealed file: 'ZCE1', 12-byte nonce, 16-byte tag, then the ciphertext; its
// name stays the SHA-256 of the plaintext, which is also bound in as associated
// data, so a sealed file renamed onto another's name fails to open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Key } from '../db/cipher';

const MAGIC = Buffer.from('ZCE1', 'latin1');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + NONCE_BYTES + TAG_BYTES;

const aad = (sha256: string) => Buffer.concat([MAGIC, Buffer.from(sha256, 'latin1')]);

export function isSealed(bytes: Buffer): boolean {
  return bytes.length >= HEADER_BYTES && bytes.subarray(0, MAGIC.length).equals(MAGIC);
}

/** Whether a stored file is sealed, from its first bytes only (false when unreadable). */
export function fileIsSealed(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(MAGIC.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

export function sealEvidence(key: Key, sha256: string, plain: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad(sha256));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, nonce, cipher.getAuthTag(), body]);
}

/** The plaintext, or null when the tag does not verify (changed bytes, wrong key, wrong name). */
export function openEvidence(key: Key, sha256: string, sealed: Buffer): Buffer | null {
  if (!isSealed(sealed)) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(MAGIC.length, MAGIC.length + NONCE_BYTES));
    decipher.setAAD(aad(sha256));
    decipher.setAuthTag(sealed.subarray(MAGIC.length + NONCE_BYTES, HEADER_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/**
 * The evidence key of each unlocked store in this process. `seal` false while a
 * lock is being removed: files are still read with the key, new ones go in plain.
 */
const unlocked = new Map<string, { key: Key; seal: boolean }>();

export function useEvidenceKey(storeDir: string, key: Key | null, seal = true): void {
  if (key) unlocked.set(path.resolve(storeDir), { key, seal });
  else unlocked.delete(path.resolve(storeDir));
}

export function evidenceKeyFor(storeDir: string): Key | null {
  return unlocked.get(path.resolve(storeDir))?.key ?? null;
}

/** The key new files are sealed under, or null: stored plain. */
export function sealingKeyFor(storeDir: string): Key | null {
  const entry = unlocked.get(path.resolve(storeDir));
  return entry?.seal ? entry.key : null;
}
