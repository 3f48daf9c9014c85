// A sample 屡查屡犯: the same department found again, in November, doing what an
// already signed-off problem of the same category described.
import type { Db } from '../db/open';
import { createProblem } from '../ledger/problems';

export function buildRepeatDemo(db: Db): number | null {
  const old = db
    .prepare("SELECT source, campaign_id, category, description, department_id FROM problem WHERE status = 'signedOff' AND department_id IS NOT NULL AND category <> '' ORDER BY id LIMIT 1")
    .get() as { source: string; campaign_id: string | null; category: string; description: string; department_id: number } | undefined;
  if (!old) return null;
  return createProblem(
    db,
    {
      source: '自查', campaignId: old.campaign_id, category: old.category, description: `${old.description.replace(/[。；]$/, '')}（复查再次发现）`,
      departmentId: old.department_id, personId: null, foundOn: '2020-11-16', amountFen: 0, note: '', measures: '', deadline: '2020-12-16', immediate: false,
    },
    null,
    '王芳',
    '2020-11-16T02:00:00.000Z',
  );
}
