// The channels of 反馈问题入台账: paste (or open) a feedback or rectification document
// to get the proposed problems, review them, then add the chosen ones to the problem
// ledger, all or nothing.
import { z } from 'zod';
import { feedbackProposalSchema, type FeedbackProposal } from '../feedbackProposal';
import { isoDate, returns } from './common';

export const feedbackChannels = {
  /** Reads pasted text as a feedback or rectification document. */
  'feedback.parse': {
    input: z.strictObject({
      name: z.string().trim().max(260, '名称不能超过 260 个字').optional(),
      text: z.string().max(2_000_000, '粘贴的文字超过 200 万字').refine((t) => t.trim().length > 0, '请粘贴反馈意见或整改报告的文字'),
    }),
    output: returns<FeedbackProposal>(),
  },
  /** Adds the reviewed problems that are ticked to the ledger, optionally linked to a campaign. */
  'feedback.apply': {
    input: z.strictObject({
      proposal: feedbackProposalSchema,
      campaignId: z.string().max(200).nullable(),
      milestone: isoDate.nullable().optional(),
    }),
    output: returns<{ ids: number[]; numbers: string[] }>(),
  },
} as const;
