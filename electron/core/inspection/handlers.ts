// The channels of self-inspection: rounds, answers, evidence, department workbooks.
import type { HandlersOf } from '../handlerTypes';
import type { Services } from '../ports';
import { saveAnswer } from './answers';
import { createRoundFrom } from './carryOver';
import { addEvidence, evidenceFile, getEvidence, listEvidence, previewEvidence, removeEvidence, restoreEvidence } from './evidence';
import { flagProblem } from './problemLeads';
import { assignElements, closeRound, createRound, getRoundDetail, listRounds, reopenRound, setApplicable } from './rounds';
import { workbookHandlers } from './workbookHandlers';

export function inspectionHandlers(ctx: Services): HandlersOf<'inspection'> {
  const who = () => ctx.operator();
  return {
    'inspection.rounds': (input) => listRounds(ctx.db, input?.campaignId),
    'inspection.createRound': (input) => createRound(ctx.db, input, who(), ctx.stamp()),
    'inspection.createRoundFrom': ({ fromRoundId, ...round }) => createRoundFrom(ctx.db, fromRoundId, round, who(), ctx.stamp()),
    'inspection.round': ({ roundId }) => getRoundDetail(ctx.db, roundId),
    'inspection.saveAnswer': ({ roundId, elementId, value, note }) => ({
      revision: saveAnswer(ctx.db, roundId, { elementId, value, note }, who(), ctx.stamp()),
    }),
    'inspection.setApplicable': ({ roundId, elementIds, applicable, reason }) => {
      setApplicable(ctx.db, roundId, elementIds, applicable, reason);
      return null;
    },
    'inspection.assign': ({ roundId, elementIds, departmentId, personId }) => {
      assignElements(ctx.db, roundId, elementIds, departmentId, personId);
      return null;
    },
    'inspection.close': ({ roundId }) => closeRound(ctx.db, roundId, who(), ctx.stamp()),
    'inspection.reopen': ({ roundId, reason }) => reopenRound(ctx.db, roundId, reason, who(), ctx.stamp()),
    'inspection.flagProblem': ({ roundId, elementId, summary }) => flagProblem(ctx.db, roundId, elementId, summary, who(), ctx.stamp(), ctx.today()),
    ...workbookHandlers(ctx),
    'inspection.evidenceList': ({ roundId, elementId, includeRemoved }) => listEvidence(ctx.db, roundId, elementId, includeRemoved),
    'inspection.evidenceAdd': async ({ roundId, elementId }) => {
      const files = await ctx.dialogs.openFiles({
        title: '选择佐证材料',
        filters: [{ name: '所有文件', extensions: ['*'] }],
        multiple: true,
      });
      return files.map((f) => addEvidence(ctx.db, ctx.evidenceDir, roundId, elementId, f, who(), ctx.stamp()));
    },
    'inspection.evidencePreview': ({ id }) => previewEvidence(ctx.db, ctx.evidenceDir, id),
    'inspection.evidenceOpen': async ({ id }) => {
      const { path } = evidenceFile(ctx.db, ctx.evidenceDir, id);
      await ctx.desktop.openPath(path);
      return null;
    },
    'inspection.evidenceRemove': ({ id }) => removeEvidence(ctx.db, id, who(), ctx.stamp()),
    'inspection.evidenceRestore': ({ id }) => {
      getEvidence(ctx.db, id);
      return restoreEvidence(ctx.db, id);
    },
  };
}
