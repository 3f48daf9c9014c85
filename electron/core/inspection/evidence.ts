// Evidence (佐证材料): files copied into the data folder under their SHA-256, listed
// with original name, size, who and when. Removing hides a file from the item and
// can be undone until the round is closed; the stored file itself is never deleted.
import type { EvidenceView } from '../../../shared/inspection';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, get, run, sql, sqlJoin, value, type Sql } from '../db/sql';
import { copyIntoStore, fileToOpen, previewStoredFile, recordStoredFile, storedFileMime, storedFileSize } from '../evidenceStore';
import { assertOpen } from './rounds';

export { MAX_EVIDENCE_BYTES, MAX_PREVIEW_BYTES, mimeOf, storedPath } from '../evidenceStore';

type EvidenceRow = Pick<Row<'evidence'>, 'id' | 'element_id' | 'sha256' | 'original_name' | 'added_by' | 'added_at' | 'removed_at'> &
  Pick<Row<'evidence_file'>, 'size' | 'mime'>;

const select = (where: Sql): Sql => sql`SELECT v.id, v.element_id, v.sha256, v.original_name, ${storedFileSize(sql`v.sha256`)} AS size,
    ${storedFileMime(sql`v.sha256`)} AS mime, v.added_by, v.added_at, v.removed_at
  FROM evidence v WHERE ${where}`;

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
  if (!get(db, sql`SELECT 1 FROM round_element WHERE round_id = ${roundId} AND element_id = ${elementId}`)) {
    throw new AppError('elementNotFound', `本轮自查中没有编号为“${elementId}”的检查项`, 'elementId');
  }
  const file = copyIntoStore(storeDir, source);
  const id = db.transaction(() => {
    recordStoredFile(db, file, at);
    return Number(
      run(
        db,
        sql`INSERT INTO evidence (round_id, element_id, sha256, original_name, added_by, added_at)
            VALUES (${roundId}, ${elementId}, ${file.sha256}, ${file.originalName}, ${who}, ${at})`,
      ).lastInsertRowid,
    );
  })();
  return getEvidence(db, id);
}

export function getEvidence(db: Db, id: number): EvidenceView {
  const row = get<EvidenceRow>(db, select(sql`v.id = ${id}`));
  if (!row) throw new AppError('evidenceNotFound', '找不到该佐证材料', 'id');
  return view(row);
}

export function listEvidence(db: Db, roundId: number, elementId: string | null, includeRemoved: boolean): EvidenceView[] {
  const where = sqlJoin(
    [sql`v.round_id = ${roundId}`, elementId === null ? sql`1` : sql`v.element_id = ${elementId}`, includeRemoved ? sql`1` : sql`v.removed_at IS NULL`],
    sql` AND `,
  );
  return all<EvidenceRow>(db, sql`${select(where)} ORDER BY v.id`).map(view);
}

function roundOf(db: Db, id: number): number {
  const roundId = value<number>(db, sql`SELECT round_id FROM evidence WHERE id = ${id}`);
  if (roundId === undefined) throw new AppError('evidenceNotFound', '找不到该佐证材料', 'id');
  return roundId;
}

export function removeEvidence(db: Db, id: number, who: string, at: string): EvidenceView {
  assertOpen(db, roundOf(db, id));
  run(db, sql`UPDATE evidence SET removed_at = ${at}, removed_by = ${who} WHERE id = ${id} AND removed_at IS NULL`);
  return getEvidence(db, id);
}

export function restoreEvidence(db: Db, id: number): EvidenceView {
  assertOpen(db, roundOf(db, id));
  run(db, sql`UPDATE evidence SET removed_at = NULL, removed_by = NULL WHERE id = ${id}`);
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
