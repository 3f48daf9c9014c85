// The content-addressed store behind every 佐证材料 (self-inspection items and
// problems alike): each file copied once into the data folder under its SHA-256,
// described in evidence_file, checked against its hash before it is shown.
// Stored files are never deleted; the tables that attach them only hide them.
// Under the app lock they are sealed (./lock/evidenceCipher) but keep their
// plaintext hash as name; every read goes through readEvidence.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { Key } from './db/cipher';
import type { Db } from './db/open';
import { all, run, sql, type Sql } from './db/sql';
import { evidenceKeyFor, fileIsSealed, isSealed, openEvidence, sealEvidence, sealingKeyFor } from './lock/evidenceCipher';

export const MAX_EVIDENCE_BYTES = 200 * 1024 * 1024;
export const MAX_PREVIEW_BYTES = 25 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
  '.bmp': 'image/bmp', '.pdf': 'application/pdf', '.txt': 'text/plain',
  '.doc': 'application/msword', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ofd': 'application/ofd', '.zip': 'application/zip', '.mp4': 'video/mp4', '.mp3': 'audio/mpeg',
};

export function mimeOf(name: string): string {
  return MIME[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

export function storedPath(storeDir: string, sha256: string): string {
  return path.join(storeDir, sha256.slice(0, 2), sha256);
}

/** What the attaching tables need to know about a stored file. */
export interface StoredFile {
  sha256: string;
  originalName: string;
  size: number;
  mime: string;
}

function hashFile(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let read: number;
    while ((read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(buffer.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Writes a store file whole or not at all: temporary name, flushed to disk,
 * `check`ed as read back (when given), renamed over the target.
 */
export function writeStoreFile(target: string, bytes: Buffer, check?: (written: Buffer) => boolean): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (check && !check(fs.readFileSync(temp))) throw new AppError('evidenceWriteFailed', `写入佐证材料文件“${path.basename(target).slice(0, 12)}…”后读回校验不符（磁盘故障？），原文件未改动`);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}

/** The store's own files (xx/<sha256>), leaving out temporaries and files kept aside as damaged. */
export function listStoreFiles(storeDir: string): { file: string; sha256: string }[] {
  const out: { file: string; sha256: string }[] = [];
  const prefixes = fs.existsSync(storeDir) ? fs.readdirSync(storeDir).filter((d) => /^[0-9a-f]{2}$/.test(d)).sort() : [];
  for (const prefix of prefixes) {
    for (const name of fs.readdirSync(path.join(storeDir, prefix)).sort()) {
      if (/^[0-9a-f]{64}$/.test(name) && name.startsWith(prefix)) out.push({ file: path.join(storeDir, prefix, name), sha256: name });
    }
  }
  return out;
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Copies a file into the store (once per content), sealed when the store is
 * under the app lock. The caller records it with `recordStoredFile` in the same
 * transaction as its own row, so that a file row never exists without the copy
 * and an attachment never without the file row.
 */
export function copyIntoStore(storeDir: string, source: string): StoredFile {
  const name = path.basename(source);
  let size: number;
  try {
    const stat = fs.statSync(source);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new AppError('fileUnreadable', `无法读取文件“${name}”：文件不存在或没有读取权限`, 'file');
  }
  if (size > MAX_EVIDENCE_BYTES) throw new AppError('fileTooLarge', `文件“${name}”超过 200 MB，请压缩或拆分后再添加`, 'file');
  const sha256 = hashFile(source);
  const target = storedPath(storeDir, sha256);
  if (!fs.existsSync(target)) {
    const bytes = fs.readFileSync(source);
    // A file changed while we read it would be stored under the wrong name.
    if (sha256Of(bytes) !== sha256) {
      throw new AppError('fileChanged', `文件“${name}”在复制过程中被修改，请关闭正在编辑它的程序后重试`, 'file');
    }
    const key = sealingKeyFor(storeDir);
    writeStoreFile(target, key ? sealEvidence(key, sha256, bytes) : bytes);
  }
  return { sha256, originalName: name, size, mime: mimeOf(name) };
}

export function recordStoredFile(db: Db, file: StoredFile, at: string): void {
  run(db, sql`INSERT OR IGNORE INTO evidence_file (sha256, size, mime, stored_at) VALUES (${file.sha256}, ${file.size}, ${file.mime}, ${at})`);
}

// The tables that attach stored files (evidence, problem_evidence, duty submissions)
// show each file's size and type in their own selects through these fragments, so
// that only this file names evidence_file. `sha256` is the attaching row's column;
// every attaching row references a stored file, so the subquery always finds one.
export const storedFileSize = (sha256: Sql): Sql => sql`(SELECT size FROM evidence_file WHERE sha256 = ${sha256})`;
export const storedFileMime = (sha256: Sql): Sql => sql`(SELECT mime FROM evidence_file WHERE sha256 = ${sha256})`;

/**
 * A stored file's plaintext, checked against its hash: the one way every part of
 * the app reads evidence. `key` defaults to the store's unlocked evidence key.
 */
export function readEvidence(storeDir: string, sha256: string, label = `${sha256.slice(0, 12)}…`, key: Key | null = evidenceKeyFor(storeDir)): Buffer {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(storedPath(storeDir, sha256));
  } catch {
    throw new AppError('evidenceMissing', `佐证材料“${label}”的文件已丢失，请从备份恢复或重新添加`, 'id');
  }
  if (isSealed(bytes)) {
    if (!key) throw new AppError('evidenceLocked', `佐证材料“${label}”已加密，请先输入应用锁密码解锁`, 'id');
    const plain = openEvidence(key, sha256, bytes);
    if (!plain) throw new AppError('evidenceDamaged', `佐证材料“${label}”的加密文件已损坏或被改动（校验未通过），请从第二备份位置或迁移包恢复`, 'id');
    bytes = plain;
  }
  if (sha256Of(bytes) !== sha256) throw new AppError('evidenceDamaged', `佐证材料“${label}”的文件已损坏（校验值不符），请从备份恢复`, 'id');
  return bytes;
}

/** The stored copy's path; refuses a copy that has gone missing. */
function storedFileOf(storeDir: string, file: StoredFile): string {
  const target = storedPath(storeDir, file.sha256);
  if (!fs.existsSync(target)) throw new AppError('evidenceMissing', `佐证材料“${file.originalName}”的文件已丢失，请从备份恢复或重新添加`, 'id');
  return target;
}

/** Where decrypted copies for other programs go: beside the store, emptied at start-up, on locking and on closing. */
export function openCopiesDir(storeDir: string): string {
  return path.join(path.dirname(storeDir), 'evidence-open');
}

/**
 * A path another program (Word, a PDF reader) can open. A sealed file is
 * decrypted to a plaintext copy in openCopiesDir, which stays on disk while that
 * program has it open; a plain one is opened where it is stored.
 */
export function fileToOpen(storeDir: string, file: StoredFile): string {
  const target = storedFileOf(storeDir, file);
  if (!fileIsSealed(target)) return target;
  const plain = readEvidence(storeDir, file.sha256, file.originalName);
  const safeName = path.basename(file.originalName).replace(/[\\/:*?"<>|\x00-\x1f]/g, '_') || file.sha256;
  const copy = path.join(openCopiesDir(storeDir), randomBytes(8).toString('hex'), safeName);
  writeStoreFile(copy, plain);
  return copy;
}

/** Removes the decrypted copies; one still held open by its program (Windows) stays until next time. */
export function clearOpenCopies(storeDir: string): void {
  const dir = openCopiesDir(storeDir);
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    try {
      fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
    } catch {
      // in use by the program that opened it
    }
  }
}

/** Images and PDFs as a data URL, checked against the hash so that a damaged copy is never shown as evidence. */
export function previewStoredFile(storeDir: string, file: StoredFile): { mime: string; dataUrl: string; name: string } {
  storedFileOf(storeDir, file);
  if (!/^image\/|^application\/pdf$/.test(file.mime)) {
    throw new AppError('noPreview', `“${file.originalName}”不能在自查通中预览，请用“打开”在其自身程序中查看`, 'id');
  }
  if (file.size > MAX_PREVIEW_BYTES) throw new AppError('previewTooLarge', `“${file.originalName}”超过 25 MB，请用“打开”查看`, 'id');
  const bytes = readEvidence(storeDir, file.sha256, file.originalName);
  return { mime: file.mime, name: file.originalName, dataUrl: `data:${file.mime};base64,${bytes.toString('base64')}` };
}

/**
 * The stored file's `size` and `mime` as two result columns, for a query over a
 * table that attaches files by their hash (`sha256`, a column); the store's own
 * table is named only here.
 */
export const storedFileColumns = (sha256: Sql): Sql => sql`${storedFileSize(sha256)} AS size, ${storedFileMime(sha256)} AS mime`;

/** The files stored at or after `since` (ISO time), oldest first: what the start-up check re-hashes. */
export function filesStoredSince(db: Db, since: string): { sha256: string; storedAt: string }[] {
  return all<{ sha256: string; storedAt: string }>(db, sql`SELECT sha256, stored_at AS storedAt FROM evidence_file WHERE stored_at >= ${since} ORDER BY stored_at`);
}
