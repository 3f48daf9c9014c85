// The channels of the problem and rectification ledgers.
import type { HandlersOf } from '../handlerTypes';
import type { Services } from '../ports';
import { problemEvidenceHandlers } from './evidenceHandlers';
import { ledgerExportHandlers } from './exportHandlers';
import { feedbackHandlers } from './feedbackHandlers';
import { createProblem, updateProblem } from './problems';
import { ledgerTotals, listProblems, totalsBy, warningsByDepartment } from './query';
import { addProgress, applyAction, getProblem } from './rectification';
import { repeatOf } from './repeats';

export function ledgerHandlers(ctx: Services): HandlersOf<'ledger'> {
  const who = () => ctx.operator();
  return {
    'ledger.list': (q) => listProblems(ctx.db, q, ctx.today()),
    'ledger.totals': (q) => ({
      totals: ledgerTotals(ctx.db, q, ctx.today()),
      byDepartment: totalsBy(ctx.db, 'department'),
      bySource: totalsBy(ctx.db, 'source'),
      byCampaign: totalsBy(ctx.db, 'campaign'),
    }),
    'ledger.warnings': () => warningsByDepartment(ctx.db, ctx.today()),
    'ledger.get': ({ id }) => getProblem(ctx.db, id, ctx.today()),
    'ledger.repeatOf': ({ id }) => repeatOf(ctx.db, id),
    'ledger.create': (fields) => getProblem(ctx.db, createProblem(ctx.db, fields, null, who(), ctx.stamp()), ctx.today()),
    'ledger.update': ({ id, patch }) => {
      updateProblem(ctx.db, id, patch, who(), ctx.stamp(), ctx.today());
      return getProblem(ctx.db, id, ctx.today());
    },
    'ledger.action': ({ id, action, ...details }) => {
      applyAction(ctx.db, id, action, details, who(), ctx.stamp(), ctx.today());
      return getProblem(ctx.db, id, ctx.today());
    },
    'ledger.addProgress': ({ id, onDate, text }) => {
      addProgress(ctx.db, id, onDate, text, who(), ctx.stamp(), ctx.today());
      return getProblem(ctx.db, id, ctx.today());
    },
    ...ledgerExportHandlers(ctx),
    ...problemEvidenceHandlers(ctx),
    ...feedbackHandlers(ctx),
  };
}
