// The window on a fresh database holding one problem, on a fixed clock: the start of
// the e2e tests that drive a single problem (keyboard, progress kept).
import { createProblem, type ProblemFields } from '../../electron/core/ledger/problems';
import { setOperator } from '../../electron/core/org/org';
import { startHarness, type Harness } from '../harness/harness';

export async function harnessWithOneProblem(fields: Partial<ProblemFields> = {}): Promise<{ h: Harness; problemId: number }> {
  const now = new Date('2020-10-08T09:00:00+08:00');
  const h = await startHarness({ now: () => now });
  setOperator(h.ctx.db, '王芳');
  const problemId = createProblem(
    h.ctx.db,
    {
      source: '自查', campaignId: null, category: '', description: '串换收费项目', departmentId: null, personId: null,
      foundOn: '2020-09-01', amountFen: 0, note: '', measures: '', deadline: '2020-11-30', immediate: false,
      ...fields,
    },
    null,
    '王芳',
    now.toISOString(),
  );
  return { h, problemId };
}
