// The feedback channels: the parser for ledger.parseFeedback, the ledger for ledger.applyFeedback.
import type { HandlersOf } from '../handlerTypes';
import type { Services } from '../ports';
import { parseFeedback } from '../campaigns/notice/feedback';
import { applyFeedback } from './feedback';

export function feedbackHandlers(ctx: Services): Pick<HandlersOf<'ledger'>, 'ledger.parseFeedback' | 'ledger.applyFeedback'> {
  return {
    'ledger.parseFeedback': ({ name, text }) => parseFeedback(text, name || '粘贴的反馈意见'),
    'ledger.applyFeedback': ({ proposal, campaignId, milestone }) =>
      applyFeedback(ctx.db, proposal, { campaignId, milestone: milestone ?? null }, ctx.operator(), ctx.stamp(), ctx.today()),
  };
}
