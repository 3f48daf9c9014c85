// Evidence (佐证材料): files copied into the data folder under their SHA-256, listed
// with original name, size, who and when. Removing hides a file from the item and
// can be undone until the round is closed; the stored file itself is never deleted.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EvidenceView } from '../../../shared/inspection';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { assertOpen } from './rounds';

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

interface EvidenceRow {
  id: number;
  element_id: string;
  sha256: string;
  original_name: string;
  size: number;
  mime: string;
  added_by: string;
  added_at: string;
  removed_at: string | null;
}

const SELECT = `SELECT v.id, v.element_id, v.sha256, v.original_name, f.size, f.mime, v.added_by, v.added_at, v.removed_at
  FROM evidence v JOIN evidence_file f ON f.sha256 = v.sha256`;

const view = (r: EvidenceRow): EvidenceView => ({
  id: r.id,
  elementId: r.element_id,
  sha256: r.sha256,
  originalName: r.original_name,
  size: r.size,
  mime: r.mime,
  addedBy: r.added_by,
  addedAt: r.added_at,
  removedAt: r.removed_at,
});

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

/** Copies a file into the store (once per content) and attaches it to an item. */
export function addEvidence(db: Db, storeDir: string, roundId: number, elementId: string, source: string, who: string, at: string): EvidenceView {
  assertOpen(db, roundId);
  if (!db.prepare('SELECT 1 FROM round_element WHERE round_id = ? AND element_id = ?').get(roundId, elementId)) {
    throw new AppError('elementNotFound', `本轮自查中没有编号为“${elementId}”的检查项`, 'elementId');
  }
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
  const id = db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO evidence_file (sha256, size, mime, stored_at) VALUES (?, ?, ?, ?)').run(sha256, size, mimeOf(name), at);
    return Number(
      db
        .prepare('INSERT INTO evidence (round_id, element_id, sha256, original_name, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(roundId, elementId, sha256, name, who, at).lastInsertRowid,
    );
  })();
  return getEvidence(db, id);
}

export function getEvidence(db: Db, id: number): EvidenceView {
  const row = db.prepare(`${SELECT} WHERE v.id = ?`).get(id) as EvidenceRow | undefined;
  if (!row) throw new AppError('evidenceNotFound', '找不到该佐证材料', 'id');
  return view(row);
}

export function listEvidence(db: Db, roundId: number, elementId: string | null, includeRemoved: boolean): EvidenceView[] {
  const where = ['v.round_id = ?', elementId === null ? '1' : 'v.element_id = ?', includeRemoved ? '1' : 'v.removed_at IS NULL'];
  const params: (number | string)[] = elementId === null ? [roundId] : [roundId, elementId];
  return (db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY v.id`).all(...params) as EvidenceRow[]).map(view);
}

function roundOf(db: Db, id: number): number {
  const roundId = db.prepare('SELECT round_id FROM evidence WHERE id = ?').pluck().get(id) as number | undefined;
  if (roundId === undefined) throw new AppError('evidenceNotFound', '找不到该佐证材料', 'id');
  return roundId;
}

export function removeEvidence(db: Db, id: number, who: string, at: string): EvidenceView {
  assertOpen(db, roundOf(db, id));
  db.prepare('UPDATE evidence SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL').run(at, who, id);
  return getEvidence(db, id);
}

export function restoreEvidence(db: Db, id: number): EvidenceView {
  assertOpen(db, roundOf(db, id));
  db.prepare('UPDATE evidence SET removed_at = NULL, removed_by = NULL WHERE id = ?').run(id);
  return getEvidence(db, id);
}

/** The stored file, checked against its hash so that a damaged copy is never shown as evidence. */
export function evidenceFile(db: Db, storeDir: string, id: number): { path: string; evidence: EvidenceView } {
  const evidence = getEvidence(db, id);
  const file = storedPath(storeDir, evidence.sha256);
  if (!fs.existsSync(file)) throw new AppError('evidenceMissing', `佐证材料“${evidence.originalName}”的文件已丢失，请从备份恢复或重新添加`, 'id');
  return { path: file, evidence };
}

export function previewEvidence(db: Db, storeDir: string, id: number): { mime: string; dataUrl: string; name: string } {
  const { path: file, evidence } = evidenceFile(db, storeDir, id);
  if (!/^image\/|^application\/pdf$/.test(evidence.mime)) {
    throw new AppError('noPreview', `“${evidence.originalName}”不能在自查通中预览，请用“打开”在其自身程序中查看`, 'id');
  }
  if (evidence.size > MAX_PREVIEW_BYTES) throw new AppError('previewTooLarge', `“${evidence.originalName}”超过 25 MB，请用“打开”查看`, 'id');
  const bytes = fs.readFileSync(file);
  if (createHash('sha256').update(bytes).digest('hex') !== evidence.sha256) {
    throw new AppError('evidenceDamaged', `佐证材料“${evidence.originalName}”的文件已损坏（校验值不符），请从备份恢复`, 'id');
  }
  return { mime: evidence.mime, name: evidence.originalName, dataUrl: `data:${evidence.mime};base64,${bytes.toString('base64')}` };
}
