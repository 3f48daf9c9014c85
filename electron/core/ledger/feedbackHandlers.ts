// The feedback channels: the parser for feedback.parse, the ledger for feedback.apply.
import type { HandlersOf } from '../handlerTypes';
import type { Services } from '../ports';
import { parseFeedback } from '../campaigns/notice/feedback';
import { applyFeedback } from './feedback';

export function feedbackHandlers(ctx: Services): HandlersOf<'feedback'> {
  return {
    'feedback.parse': ({ name, text }) => parseFeedback(text, name || '粘贴的反馈意见'),
    'feedback.apply': ({ proposal, campaignId, milestone }) =>
      applyFeedback(ctx.db, proposal, { campaignId, milestone: milestone ?? null }, ctx.operator(), ctx.stamp(), ctx.today()),
  };
}
