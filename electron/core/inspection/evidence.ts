// Evidence (佐证材料): files copied into the data folder under their SHA-256, listed
// with original name, size, who and when. Removing hides a file from the item and
// can be undone until the round is closed; the stored file itself is never deleted.
import type { EvidenceView } from '../../../shared/inspection';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { copyIntoStore, fileToOpen, previewStoredFile, recordStoredFile } from '../evidenceStore';
import { assertOpen } from './rounds';

export { MAX_EVIDENCE_BYTES, MAX_PREVIEW_BYTES, mimeOf, storedPath } from '../evidenceStore';

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

/** Copies a file into the store (once per content) and attaches it to an item. */
export function addEvidence(db: Db, storeDir: string, roundId: number, elementId: string, source: string, who: string, at: string): EvidenceView {
  assertOpen(db, roundId);
  if (!db.prepare('SELECT 1 FROM round_element WHERE round_id = ? AND element_id = ?').get(roundId, elementId)) {
    throw new AppError('elementNotFound', `本轮自查中没有编号为“${elementId}”的检查项`, 'elementId');
  }
  const file = copyIntoStore(storeDir, source);
  const id = db.transaction(() => {
    recordStoredFile(db, file, at);
    return Number(
      db
        .prepare('INSERT INTO evidence (round_id, element_id, sha256, original_name, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(roundId, elementId, file.sha256, file.originalName, who, at).lastInsertRowid,
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

/** The file to open in its own program (a decrypted copy when sealed); refuses one whose copy has gone missing. */
export function evidenceFile(db: Db, storeDir: string, id: number): { path: string; evidence: EvidenceView } {
  const evidence = getEvidence(db, id);
  return { path: fileToOpen(storeDir, evidence), evidence };
}

export function previewEvidence(db: Db, storeDir: string, id: number): { mime: string; dataUrl: string; name: string } {
  return previewStoredFile(storeDir, getEvidence(db, id));
}
