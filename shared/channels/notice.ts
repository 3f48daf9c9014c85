// The channels of 新建专项行动（从通知识别）: open a notice file or paste its text to
// get a proposal, then accept the reviewed proposal as a campaign of the office's own.
import { z } from 'zod';
import { noticeProposalSchema, type NoticeProposal } from '../noticeProposal';
import { noInput, returns } from './common';

export interface NoticeAccepted {
  id: string;
  title: string;
  revision: number;
  outcome: 'added' | 'updated' | 'unchanged';
}

export const noticeChannels = {
  /** Asks for a notice file (.docx, .pdf, .txt, .xlsx), reads and parses it; null when cancelled. */
  'notice.open': { input: noInput, output: returns<NoticeProposal | null>() },
  /** Parses pasted text. */
  'notice.parse': {
    input: z.strictObject({
      name: z.string().trim().max(260, '名称不能超过 260 个字').optional(),
      text: z.string().max(2_000_000, '粘贴的文字超过 200 万字，不像是一份通知').refine((t) => t.trim().length > 0, '请粘贴通知的文字'),
    }),
    output: returns<NoticeProposal>(),
  },
  /** Validates the reviewed proposal as a campaign file and stores it, all or nothing. */
  'notice.accept': { input: z.strictObject({ proposal: noticeProposalSchema }), output: returns<NoticeAccepted>() },
} as const;
