// The notice channels: the file dialog and extraction for campaigns.openNotice, the
// parser for campaigns.parseNotice, and acceptance into the catalog for campaigns.acceptNotice.
import type { HandlersOf } from '../../handlerTypes';
import type { Services } from '../../ports';
import { acceptProposal } from './accept';
import { extractNoticeFile, NOTICE_EXTENSIONS } from './extract';
import { parseNotice } from './parse';

type NoticeChannel = 'campaigns.openNotice' | 'campaigns.parseNotice' | 'campaigns.acceptNotice';

export function noticeHandlers(ctx: Services): Pick<HandlersOf<'campaigns'>, NoticeChannel> {
  return {
    'campaigns.openNotice': async () => {
      const [file] = await ctx.dialogs.openFiles({
        title: '打开通知文件',
        filters: [{ name: '通知（Word、PDF、文本、Excel 附件表）', extensions: NOTICE_EXTENSIONS }],
        multiple: false,
      });
      if (!file) return null;
      const { name, text } = await extractNoticeFile(file);
      return parseNotice(text, name);
    },
    'campaigns.parseNotice': ({ name, text }) => parseNotice(text, name || '粘贴的通知'),
    'campaigns.acceptNotice': ({ proposal }) => {
      const { campaign, outcome } = acceptProposal(ctx.db, proposal, ctx.now().toISOString(), ctx.today());
      return { id: campaign.id, title: campaign.title, revision: campaign.revision, outcome };
    },
  };
}
