// 整改佐证材料: the files that show a problem was put right, in the same store as
// self-inspection evidence (../evidenceStore). Adding, removing and undoing a
// removal are refused once the problem is 已销号, and each leaves a history row
// (field 'evidence') so that the ledger row's 变更记录 shows it.
import type { ProblemEvidenceView } from '../../../shared/channels/ledger';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { all, get, run, sql, sqlEmpty } from '../db/sql';
import { copyIntoStore, fileToOpen, previewStoredFile, recordStoredFile, storedFileColumns } from '../evidenceStore';
import { assertEditable, problemRow, recordHistory } from './problems';

const SELECT = sql`SELECT v.id, v.problem_id AS problemId, v.sha256, v.original_name AS originalName, ${storedFileColumns(sql`v.sha256`)},
    v.added_by AS addedBy, v.added_at AS addedAt, v.removed_at AS removedAt
  FROM problem_evidence v`;

export function getProblemEvidence(db: Db, id: number): ProblemEvidenceView {
  const row = get<ProblemEvidenceView>(db, sql`${SELECT} WHERE v.id = ${id}`);
  if (!row) throw new AppError('evidenceNotFound', '找不到该佐证材料', 'id');
  return row;
}

export function listProblemEvidence(db: Db, problemId: number, includeRemoved: boolean, today: string): ProblemEvidenceView[] {
  problemRow(db, problemId, today);
  const removed = includeRemoved ? sqlEmpty : sql` AND v.removed_at IS NULL`;
  return all<ProblemEvidenceView>(db, sql`${SELECT} WHERE v.problem_id = ${problemId}${removed} ORDER BY v.id`);
}

/** Changes to the problem's files are changes to the problem: refused once signed off, and recorded. */
function editable(db: Db, problemId: number, today: string): void {
  assertEditable(problemRow(db, problemId, today));
}

function touch(db: Db, problemId: number, field: { old: string | null; new: string | null }, who: string, at: string): void {
  run(db, sql`UPDATE problem SET updated_at = ${at} WHERE id = ${problemId}`);
  recordHistory(db, problemId, 'evidence', field.old, field.new, who, at);
}

/** Copies a file into the store (once per content) and attaches it to the problem. */
export function addProblemEvidence(db: Db, storeDir: string, problemId: number, source: string, who: string, at: string, today: string) {
  // Checked before the copy, so that a signed-off problem does not even read the file.
  editable(db, problemId, today);
  const file = copyIntoStore(storeDir, source);
  const id = db.transaction(() => {
    recordStoredFile(db, file, at);
    const added = run(
      db,
      sql`INSERT INTO problem_evidence (problem_id, sha256, original_name, added_by, added_at)
          VALUES (${problemId}, ${file.sha256}, ${file.originalName}, ${who}, ${at})`,
    ).lastInsertRowid;
    touch(db, problemId, { old: null, new: file.originalName }, who, at);
    return Number(added);
  })();
  return getProblemEvidence(db, id);
}

/** Hides the file from the problem; the stored copy stays, so the removal can be undone. */
export function removeProblemEvidence(db: Db, id: number, who: string, at: string, today: string): ProblemEvidenceView {
  const e = getProblemEvidence(db, id);
  if (e.removedAt !== null) return e;
  editable(db, e.problemId, today);
  db.transaction(() => {
    run(db, sql`UPDATE problem_evidence SET removed_at = ${at}, removed_by = ${who} WHERE id = ${id}`);
    touch(db, e.problemId, { old: e.originalName, new: null }, who, at);
  })();
  return getProblemEvidence(db, id);
}

export function restoreProblemEvidence(db: Db, id: number, who: string, at: string, today: string): ProblemEvidenceView {
  const e = getProblemEvidence(db, id);
  if (e.removedAt === null) return e;
  editable(db, e.problemId, today);
  db.transaction(() => {
    run(db, sql`UPDATE problem_evidence SET removed_at = NULL, removed_by = NULL WHERE id = ${id}`);
    touch(db, e.problemId, { old: null, new: e.originalName }, who, at);
  })();
  return getProblemEvidence(db, id);
}

/** The file to open in its own program (a decrypted copy when sealed); refuses one whose copy has gone missing. */
export function problemEvidencePath(db: Db, storeDir: string, id: number): string {
  return fileToOpen(storeDir, getProblemEvidence(db, id));
}

export function previewProblemEvidence(db: Db, storeDir: string, id: number) {
  return previewStoredFile(storeDir, getProblemEvidence(db, id));
}
