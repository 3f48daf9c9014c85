// Writing the migration package: a consistent snapshot of the database (SQLite's
// online backup to a temporary file) and every stored evidence file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { PackageOutcome } from '../../../shared/channels/backup';
import { AppError } from '../../../shared/errors';
import { schemaVersion, type Db } from '../db/open';
import { keyFilePath, keyOf } from '../db/cipher';
import { processTempDir, writeFault, writeFileAtomic } from '../files';
import { listStoreFiles, readEvidence } from '../evidenceStore';
import { isSealed } from '../lock/evidenceCipher';
import { evidenceKeyOf, readKeyFile } from '../lock/keyFile';
import { snapshot as snapshotOf } from './take';
import { DATABASE_ENTRY, KEY_ENTRY, MANIFEST_ENTRY, MAX_PACKAGE_BYTES, PACKAGE_FORMAT, type Manifest } from './manifest';

export interface PackageSource {
  db: Db;
  databaseFile: string;
  evidenceDir: string;
  appVersion: string;
  now: Date;
}

export async function exportPackage(source: PackageSource, target: string): Promise<PackageOutcome> {
  const temp = processTempDir('package');
  try {
    const snapshot = path.join(temp, DATABASE_ENTRY);
    try {
      await snapshotOf(source.db, snapshot);
    } catch (e) {
      throw writeFault(e, path.dirname(temp), '迁移包的临时副本') ?? e;
    }
    const zip = new JSZip();
    const manifest: Manifest = {
      format: PACKAGE_FORMAT,
      version: 1,
      appVersion: source.appVersion,
      schemaVersion: schemaVersion(source.db),
      createdAt: source.now.toISOString(),
      files: [],
    };
    const add = (entry: string, bytes: Buffer, evidence: boolean, sealed = false) => {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      manifest.files.push({ path: entry, sha256, size: bytes.length, ...(sealed ? { sealed } : {}) });
      // Evidence is mostly already compressed (images, PDFs, Office files; sealed bytes do not compress): stored as is.
      zip.file(entry, bytes, { compression: evidence ? 'STORE' : 'DEFLATE' });
    };
    add(DATABASE_ENTRY, fs.readFileSync(snapshot), false);
    // An encrypted database travels with its key file: it opens on the new PC with the same password.
    const key = keyOf(source.db);
    const keyFile = key ? readKeyFile(keyFilePath(source.databaseFile)) : null;
    if (keyFile) add(KEY_ENTRY, fs.readFileSync(keyFilePath(source.databaseFile)), false);
    const evidenceKey = keyFile && key ? evidenceKeyOf(keyFile, key) : null;
    for (const e of listStoreFiles(source.evidenceDir)) {
      const bytes = fs.readFileSync(e.file);
      const sealed = isSealed(bytes);
      if (sealed && !evidenceKey) {
        throw new AppError('evidenceLocked', `佐证材料文件 ${e.sha256.slice(0, 12)}… 已加密，但数据库未用应用锁打开，迁移包未生成`);
      }
      // Shipped as stored (sealed bytes stay sealed), after checking what they hold.
      try {
        readEvidence(source.evidenceDir, e.sha256, undefined, evidenceKey);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        throw new AppError(error.code, `${error.message}；迁移包未生成`);
      }
      add(`evidence/${e.sha256.slice(0, 2)}/${e.sha256}`, bytes, true, sealed);
    }
    zip.file(MANIFEST_ENTRY, JSON.stringify(manifest, null, 2));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    if (bytes.length > MAX_PACKAGE_BYTES) throw new AppError('packageTooLarge', '迁移包超过 2 GB，无法生成；请联系信息科用命令行分批迁移');
    const written = writeFileAtomic(target, bytes);
    return { path: written, files: manifest.files.length, bytes: bytes.length, note: '' };
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}
