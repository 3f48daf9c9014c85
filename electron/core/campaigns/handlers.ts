// The channels of 专项行动: the catalog (list, search, import and export of campaign
// files) and the campaigns made from a notice (notice/handlers.ts).
import { fileFilter, FILE_TYPES } from '../../../shared/fileTypes';
import type { HandlersOf } from '../handlerTypes';
import { backupBefore } from '../backup/take';
import type { Services } from '../ports';
import { writeFileAtomic } from '../files';
import { exportCampaignText, getCampaign, listCampaigns, putCampaign } from './catalog';
import { parseCampaignFile } from './file';
import { noticeHandlers } from './notice/handlers';
import { searchCatalog } from './search';

export function campaignsHandlers(ctx: Services): HandlersOf<'campaigns'> {
  return {
    'campaigns.list': () => listCampaigns(ctx.db, ctx.today()),
    'campaigns.get': ({ id }) => getCampaign(ctx.db, id, ctx.today()),
    'campaigns.search': ({ query }) => searchCatalog(ctx.db, query),
    'campaigns.import': async ({ fileName, text }) => {
      parseCampaignFile(text, fileName); // a file that is refused needs no backup
      await backupBefore(ctx, 'import');
      return importCampaign(ctx, fileName, text);
    },
    'campaigns.export': async ({ id }) => {
      const { fileName, text } = exportCampaignText(ctx.db, id);
      const target = await ctx.dialogs.saveFile({
        title: '导出专项行动文件',
        defaultName: fileName.replace(/\.json$/, `.${FILE_TYPES.campaign.ext}`),
        filters: [fileFilter('campaign')],
      });
      if (!target) return null;
      return { path: writeFileAtomic(target, text) };
    },
    ...noticeHandlers(ctx),
  };
}

export function importCampaign(ctx: Services, fileName: string, text: string) {
  const file = parseCampaignFile(text, fileName);
  const outcome = ctx.db.transaction(() => putCampaign(ctx.db, file, 'user', ctx.now().toISOString()))();
  return { id: file.id, title: file.title, outcome };
}
