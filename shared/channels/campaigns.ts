// The channels of 专项行动: the catalog (list, search, import and export of campaign
// files) and 新建专项行动（从通知识别）: open a notice file or paste its text to get a
// proposal, then accept the reviewed proposal as a campaign of the office's own.
import { z } from 'zod';
import type { CampaignDetail, CampaignSummary, RecordHit, SearchHit } from '../catalog';
import { noticeProposalSchema, type NoticeProposal } from '../noticeProposal';
import { noInput, returns } from './common';

export interface ImportOutcome {
  id: string;
  title: string;
  outcome: 'added' | 'updated' | 'unchanged';
}

export interface NoticeAccepted {
  id: string;
  title: string;
  revision: number;
  outcome: 'added' | 'updated' | 'unchanged';
}

const campaignRef = z.strictObject({ id: z.string().trim().min(1, '不能为空').max(200, '过长') });

export const campaignsChannels = {
  'campaigns.list': { input: noInput, output: returns<CampaignSummary[]>() },
  'campaigns.get': { input: campaignRef, output: returns<CampaignDetail>() },
  'campaigns.search': {
    input: z.strictObject({ query: z.string().max(100, '搜索词不能超过 100 个字') }),
    output: returns<{ hits: SearchHit[]; truncated: boolean; records: RecordHit[] }>(),
  },
  'campaigns.import': {
    input: z.strictObject({
      fileName: z.string().min(1).max(260),
      text: z.string().max(20 * 1024 * 1024, '文件超过 20 MB'),
    }),
    output: returns<ImportOutcome>(),
  },
  /** Asks where to save (a native dialog), then writes the campaign file; null when cancelled. */
  'campaigns.export': { input: campaignRef, output: returns<{ path: string } | null>() },
  /** Asks for a notice file (.docx, .pdf, .txt, .xlsx), reads and parses it; null when cancelled. */
  'campaigns.openNotice': { input: noInput, output: returns<NoticeProposal | null>() },
  /** Parses pasted text. */
  'campaigns.parseNotice': {
    input: z.strictObject({
      name: z.string().trim().max(260, '名称不能超过 260 个字').optional(),
      text: z.string().max(2_000_000, '粘贴的文字超过 200 万字，不像是一份通知').refine((t) => t.trim().length > 0, '请粘贴通知的文字'),
    }),
    output: returns<NoticeProposal>(),
  },
  /** Validates the reviewed proposal as a campaign file and stores it, all or nothing. */
  'campaigns.acceptNotice': { input: z.strictObject({ proposal: noticeProposalSchema }), output: returns<NoticeAccepted>() },
} as const;
