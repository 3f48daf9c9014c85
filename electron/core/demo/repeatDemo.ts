// A sample 屡查屡犯: the same department found again, in November, doing what an
// already signed-off problem of the same category described, under the same 责任人.
import type { ProblemRow } from '../../../shared/ledger';
import type { Db } from '../db/open';
import { createProblem, problemRow } from '../ledger/problems';
import { problemIds } from '../ledger/reads';

const FOUND_ON = '2020-11-16';

/** The oldest signed-off problem with a department and a category (a few rows are read: most of the sample's problems qualify). */
function firstSignedOff(db: Db): ProblemRow | null {
  for (const id of problemIds(db)) {
    const row = problemRow(db, id, FOUND_ON);
    if (row.status === 'signedOff' && row.departmentId !== null && row.category !== '') return row;
  }
  return null;
}

export function buildRepeatDemo(db: Db): number | null {
  const old = firstSignedOff(db);
  if (!old) return null;
  return createProblem(
    db,
    {
      source: '自查', campaignId: old.campaignId, category: old.category, description: `${old.description.replace(/[。；]$/, '')}（复查再次发现）`,
      departmentId: old.departmentId, personId: old.personId, foundOn: FOUND_ON, amountFen: 0, note: '', measures: '', deadline: '2020-12-16', immediate: false,
    },
    null,
    '王芳',
    '2020-11-16T02:00:00.000Z',
  );
}
