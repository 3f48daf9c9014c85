// The channels of a problem's 佐证材料 (ledger.evidence*).
import type { Channel } from '../../../shared/api';
import type { HandlersOf } from '../handlerTypes';
import type { Services } from '../ports';
import {
  addProblemEvidence, listProblemEvidence, previewProblemEvidence, problemEvidencePath, removeProblemEvidence, restoreProblemEvidence,
} from './evidence';

type ProblemEvidenceChannel = Extract<Channel, `ledger.evidence${string}`>;

export function problemEvidenceHandlers(ctx: Services): Pick<HandlersOf<'ledger'>, ProblemEvidenceChannel> {
  const who = () => ctx.operator();
  return {
    'ledger.evidenceList': ({ problemId, includeRemoved }) => listProblemEvidence(ctx.db, problemId, includeRemoved, ctx.today()),
    'ledger.evidenceAdd': async ({ problemId }) => {
      const files = await ctx.dialogs.openFiles({
        title: '选择整改佐证材料',
        filters: [{ name: '所有文件', extensions: ['*'] }],
        multiple: true,
      });
      return files.map((f) => addProblemEvidence(ctx.db, ctx.evidenceDir, problemId, f, who(), ctx.stamp(), ctx.today()));
    },
    'ledger.evidenceRemove': ({ id }) => removeProblemEvidence(ctx.db, id, who(), ctx.stamp(), ctx.today()),
    'ledger.evidenceRestore': ({ id }) => restoreProblemEvidence(ctx.db, id, who(), ctx.stamp(), ctx.today()),
    'ledger.evidencePreview': ({ id }) => previewProblemEvidence(ctx.db, ctx.evidenceDir, id),
    'ledger.evidenceOpen': async ({ id }) => {
      await ctx.desktop.openPath(problemEvidencePath(ctx.db, ctx.evidenceDir, id));
      return null;
    },
  };
}
