// Writing the migration package: a consistent snapshot of the database (SQLite's
// online backup to a temporary file) and every stored evidence file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { PackageOutcome } from '../../../shared/channels/backup';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { keyOf } from '../db/cipher';
import { writeFileAtomic } from '../files';
import { keyFilePath } from '../lock/keyFile';
import { snapshot as snapshotOf } from './take';
import { DATABASE_ENTRY, KEY_ENTRY, MANIFEST_ENTRY, MAX_PACKAGE_BYTES, PACKAGE_FORMAT, type Manifest } from './manifest';

export interface PackageSource {
  db: Db;
  databaseFile: string;
  evidenceDir: string;
  appVersion: string;
  now: Date;
}

/** The store's own files (xx/<sha256>), leaving out temporaries and files kept aside as damaged. */
function evidenceFiles(evidenceDir: string): { entry: string; file: string; sha256: string }[] {
  const out: { entry: string; file: string; sha256: string }[] = [];
  const prefixes = fs.existsSync(evidenceDir) ? fs.readdirSync(evidenceDir).filter((d) => /^[0-9a-f]{2}$/.test(d)).sort() : [];
  for (const prefix of prefixes) {
    for (const name of fs.readdirSync(path.join(evidenceDir, prefix)).sort()) {
      if (/^[0-9a-f]{64}$/.test(name) && name.startsWith(prefix)) {
        out.push({ entry: `evidence/${prefix}/${name}`, file: path.join(evidenceDir, prefix, name), sha256: name });
      }
    }
  }
  return out;
}

export async function exportPackage(source: PackageSource, target: string): Promise<PackageOutcome> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-package-'));
  try {
    const snapshot = path.join(temp, DATABASE_ENTRY);
    await snapshotOf(source.db, snapshot);
    const zip = new JSZip();
    const manifest: Manifest = {
      format: PACKAGE_FORMAT,
      version: 1,
      appVersion: source.appVersion,
      schemaVersion: source.db.pragma('user_version', { simple: true }) as number,
      createdAt: source.now.toISOString(),
      files: [],
    };
    const add = (entry: string, bytes: Buffer, expected: string | null) => {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (expected !== null && sha256 !== expected) {
        throw new AppError('evidenceDamaged', `佐证材料文件 ${expected.slice(0, 12)}… 已损坏（校验值不符），迁移包未生成；请先从备份找回该文件`);
      }
      manifest.files.push({ path: entry, sha256, size: bytes.length });
      // Evidence is mostly already compressed (images, PDFs, Office files): stored as is.
      zip.file(entry, bytes, { compression: expected === null ? 'DEFLATE' : 'STORE' });
    };
    add(DATABASE_ENTRY, fs.readFileSync(snapshot), null);
    // An encrypted database travels with its key file: it opens on the new PC with the same password.
    if (keyOf(source.db)) add(KEY_ENTRY, fs.readFileSync(keyFilePath(source.databaseFile)), null);
    for (const e of evidenceFiles(source.evidenceDir)) add(e.entry, fs.readFileSync(e.file), e.sha256);
    zip.file(MANIFEST_ENTRY, JSON.stringify(manifest, null, 2));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    if (bytes.length > MAX_PACKAGE_BYTES) throw new AppError('packageTooLarge', '迁移包超过 2 GB，无法生成；请联系信息科用命令行分批迁移');
    const written = writeFileAtomic(target, bytes);
    return { path: written, files: manifest.files.length, bytes: bytes.length, note: '' };
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}
