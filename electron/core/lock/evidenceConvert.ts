// Sealing the whole evidence store when the lock is set, and opening it again
// when it is removed, one file at a time and never losing one: each converted
// file is written to a temporary name, flushed, read back and checked, then
// renamed over the original. Plain and sealed files coexist meanwhile, so a crash
// leaves a store that still reads; a marker file makes the next unlock finish
// sealing what a crash left plain.
import fs from 'node:fs';
import path from 'node:path';
import type { Key } from '../db/cipher';
import { clearOpenCopies, listStoreFiles, readEvidence, sha256Of, writeStoreFile } from '../evidenceStore';
import { isSealed, openEvidence, sealEvidence, useEvidenceKey } from './evidenceCipher';
import { evidenceKeyOf, readKeyFile } from './keyFile';

const markerOf = (storeDir: string) => path.join(storeDir, '.sealing');

/** Before converting: until `endConversion`, the next unlock seals whatever is plain. */
export function beginConversion(storeDir: string): void {
  fs.mkdirSync(storeDir, { recursive: true });
  fs.writeFileSync(markerOf(storeDir), 'seal\n');
}

export function endConversion(storeDir: string): void {
  fs.rmSync(markerOf(storeDir), { force: true });
}

/** Seals every plain file; one whose bytes no longer match its name is left as it is, for the start-up check to report. */
export function sealStore(storeDir: string, key: Key): number {
  let sealed = 0;
  for (const { file, sha256 } of listStoreFiles(storeDir)) {
    const bytes = fs.readFileSync(file);
    if (isSealed(bytes) || sha256Of(bytes) !== sha256) continue;
    writeStoreFile(file, sealEvidence(key, sha256, bytes), (written) => {
      const back = openEvidence(key, sha256, written);
      return back !== null && sha256Of(back) === sha256;
    });
    sealed++;
  }
  return sealed;
}

/** Opens every sealed file; a damaged one stops the removal (in Chinese) with the lock still set. */
export function unsealStore(storeDir: string, key: Key): number {
  let opened = 0;
  for (const { file, sha256 } of listStoreFiles(storeDir)) {
    if (!isSealed(fs.readFileSync(file))) continue;
    const plain = readEvidence(storeDir, sha256, undefined, key);
    writeStoreFile(file, plain, (written) => sha256Of(written) === sha256);
    opened++;
  }
  return opened;
}

/** On unlocking: the store's key from the key file, and sealing finished after a crash. */
export function unlockEvidence(storeDir: string, keyFilePath: string, databaseKey: Key | undefined): void {
  const keyFile = readKeyFile(keyFilePath);
  const key = keyFile && databaseKey ? evidenceKeyOf(keyFile, databaseKey) : null;
  useEvidenceKey(storeDir, key);
  if (key && fs.existsSync(markerOf(storeDir))) {
    sealStore(storeDir, key);
    endConversion(storeDir);
  }
}

/** On locking and closing: the key is forgotten and decrypted copies for other programs removed. */
export function forgetEvidence(storeDir: string): void {
  useEvidenceKey(storeDir, null);
  clearOpenCopies(storeDir);
}
