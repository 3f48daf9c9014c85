// Problems from a reviewed feedback or rectification document enter the problem
// ledger through the ledger's own functions (createProblem, applyAction), all in one
// transaction: one problem the ledger refuses leaves the ledger as it was. A stated
// status is reached by the ledger's legal moves (开始整改 → 阶段性完成 / 整改完成).
import { AppError } from '../../../shared/errors';
import type { FeedbackProblem, FeedbackProposal } from '../../../shared/feedbackProposal';
import type { Db } from '../db/open';
import { departmentIdByName } from '../org/reads';
import { createProblem, problemRow, type ProblemFields } from './problems';
import { applyAction } from './rectification';

export interface FeedbackApplied {
  ids: number[];
  numbers: string[];
}

const MAX_PROBLEMS = 2000;

function departmentOf(db: Db, name: string | null): number | null {
  if (!name?.trim()) return null;
  return departmentIdByName(db, name.trim()) ?? null;
}

function measuresText(p: FeedbackProblem): string {
  return p.measures.length > 1 ? p.measures.map((m, i) => `${i + 1}. ${m}`).join('\n') : (p.measures[0] ?? '');
}

export function applyFeedback(
  db: Db,
  proposal: FeedbackProposal,
  options: { campaignId: string | null; milestone?: string | null },
  who: string,
  at: string,
  today: string,
): FeedbackApplied {
  const chosen = proposal.problems.filter((p) => p.include);
  if (!chosen.length) throw new AppError('nothingToAdd', '没有勾选要加入问题台账的问题', 'problems');
  if (chosen.length > MAX_PROBLEMS) throw new AppError('tooManyRows', `一次最多加入 ${MAX_PROBLEMS} 个问题`, 'problems');
  for (const [i, p] of chosen.entries()) {
    if (p.status === 'staged' && !(p.nextMilestone ?? options.milestone)) {
      throw new AppError('milestoneRequired', `第 ${i + 1} 个问题“${p.description.slice(0, 20)}”为阶段性完成，请填写下一节点日期`, `problems.${i}.nextMilestone`);
    }
  }
  const foundOn = proposal.foundOn ?? today;
  return db.transaction(() => {
    const ids = chosen.map((p) => {
      const fields: ProblemFields = {
        source: proposal.problemSource,
        campaignId: options.campaignId,
        category: p.category.slice(0, 40),
        description: p.description,
        departmentId: departmentOf(db, p.department),
        personId: null,
        foundOn,
        amountFen: p.amountFen,
        note: [proposal.title && `来源：${proposal.title}${p.no ? `（${p.no}）` : ''}`, p.department && !departmentOf(db, p.department) ? `责任科室（原文）：${p.department}` : '']
          .filter(Boolean)
          .join('；')
          .slice(0, 2000),
        measures: measuresText(p).slice(0, 5000),
        deadline: p.deadline,
        immediate: false,
      };
      const id = createProblem(db, fields, null, who, at);
      if (p.status !== 'pending') applyAction(db, id, 'start', {}, who, at, today);
      if (p.status === 'staged') applyAction(db, id, 'stage', { nextMilestone: p.nextMilestone ?? options.milestone ?? null }, who, at, today);
      if (p.status === 'done') applyAction(db, id, 'complete', {}, who, at, today);
      return id;
    });
    return { ids, numbers: ids.map((id) => problemRow(db, id, today).number) };
  })();
}
