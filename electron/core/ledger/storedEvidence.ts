// Files already in the evidence store attached to a problem as they are, as when a
// problem is raised from a self-inspection answer: the answer's evidence becomes
// the problem's first evidence, each attachment a row of the problem's history.
// Call inside the transaction that creates the problem.
import type { Db } from '../db/open';
import { run, sql } from '../db/sql';
import { recordHistory } from './problems';

export function attachStoredEvidence(
  db: Db,
  problemId: number,
  files: readonly { sha256: string; originalName: string }[],
  who: string,
  at: string,
): void {
  for (const f of files) {
    run(
      db,
      sql`INSERT INTO problem_evidence (problem_id, sha256, original_name, added_by, added_at)
          VALUES (${problemId}, ${f.sha256}, ${f.originalName}, ${who}, ${at})`,
    );
    recordHistory(db, problemId, 'evidence', null, f.originalName, who, at);
  }
}
