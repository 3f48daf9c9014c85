// The content-addressed store behind every 佐证材料 (self-inspection items and
// problems alike): each file copied once into the data folder under its SHA-256,
// described in evidence_file, checked against its hash before it is shown.
// Stored files are never deleted; the tables that attach them only hide them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { Db } from './db/open';

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
 * Copies a file into the store (once per content). The caller records it with
 * `recordStoredFile` in the same transaction as its own row, so that a file row
 * never exists without the copy and an attachment never without the file row.
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
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    fs.copyFileSync(source, temp);
    // A file changed while we copied it would be stored under the wrong name.
    if (hashFile(temp) !== sha256) {
      fs.rmSync(temp, { force: true });
      throw new AppError('fileChanged', `文件“${name}”在复制过程中被修改，请关闭正在编辑它的程序后重试`, 'file');
    }
    fs.renameSync(temp, target);
  }
  return { sha256, originalName: name, size, mime: mimeOf(name) };
}

export function recordStoredFile(db: Db, file: StoredFile, at: string): void {
  db.prepare('INSERT OR IGNORE INTO evidence_file (sha256, size, mime, stored_at) VALUES (?, ?, ?, ?)').run(file.sha256, file.size, file.mime, at);
}

/** The stored copy's path; refuses a copy that has gone missing. */
export function storedFileOf(storeDir: string, file: StoredFile): string {
  const target = storedPath(storeDir, file.sha256);
  if (!fs.existsSync(target)) throw new AppError('evidenceMissing', `佐证材料“${file.originalName}”的文件已丢失，请从备份恢复或重新添加`, 'id');
  return target;
}

/** Images and PDFs as a data URL, checked against the hash so that a damaged copy is never shown as evidence. */
export function previewStoredFile(storeDir: string, file: StoredFile): { mime: string; dataUrl: string; name: string } {
  const target = storedFileOf(storeDir, file);
  if (!/^image\/|^application\/pdf$/.test(file.mime)) {
    throw new AppError('noPreview', `“${file.originalName}”不能在自查通中预览，请用“打开”在其自身程序中查看`, 'id');
  }
  if (file.size > MAX_PREVIEW_BYTES) throw new AppError('previewTooLarge', `“${file.originalName}”超过 25 MB，请用“打开”查看`, 'id');
  const bytes = fs.readFileSync(target);
  if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
    throw new AppError('evidenceDamaged', `佐证材料“${file.originalName}”的文件已损坏（校验值不符），请从备份恢复`, 'id');
  }
  return { mime: file.mime, name: file.originalName, dataUrl: `data:${file.mime};base64,${bytes.toString('base64')}` };
}
