// The notice channels: the file dialog and extraction for notice.open, the parser
// for notice.parse, and acceptance into the catalog for notice.accept.
import type { HandlersOf } from '../../handlerTypes';
import type { Services } from '../../ports';
import { acceptProposal } from './accept';
import { extractNoticeFile, NOTICE_EXTENSIONS } from './extract';
import { parseNotice } from './parse';

export function noticeHandlers(ctx: Services): HandlersOf<'notice'> {
  return {
    'notice.open': async () => {
      const [file] = await ctx.dialogs.openFiles({
        title: '打开通知文件',
        filters: [{ name: '通知（Word、PDF、文本、Excel 附件表）', extensions: NOTICE_EXTENSIONS }],
        multiple: false,
      });
      if (!file) return null;
      const { name, text } = await extractNoticeFile(file);
      return parseNotice(text, name);
    },
    'notice.parse': ({ name, text }) => parseNotice(text, name || '粘贴的通知'),
    'notice.accept': ({ proposal }) => {
      const { campaign, outcome } = acceptProposal(ctx.db, proposal, ctx.now().toISOString(), ctx.today());
      return { id: campaign.id, title: campaign.title, revision: campaign.revision, outcome };
    },
  };
}
