// The handlers: one plain function per channel of shared/api.ts. Every door calls
// `invoke`, which validates the input with the channel's schema and turns any
// failure into an AppError result, never a stack trace.
import { channels, type Channel, type Result } from '../../shared/api';
import { AppError, fromZodError } from '../../shared/errors';
import { fileFilter, FILE_TYPES } from '../../shared/fileTypes';
import { exportCampaignText, getCampaign, listCampaigns, putCampaign } from './campaigns/catalog';
import { parseCampaignFile } from './campaigns/file';
import { searchCatalog } from './campaigns/search';
import { backupHandlers } from './backup/handlers';
import { backupBefore } from './backup/take';
import type { AppContext } from './context';
import { faultError, writeFileAtomic } from './files';
import type { Handlers } from './handlerTypes';
import { casesHandlers, cluesHandlers } from './cases/handlers';
import { documentHandlers } from './documents/handlers';
import { dutyHandlers, evidencePeriodHandlers } from './duties/handlers';
import { withExportLog } from './duties/exportLog';
import { noticeHandlers } from './campaigns/notice/handlers';
import { feedbackHandlers } from './ledger/feedbackHandlers';
import { inspectionHandlers } from './inspection/handlers';
import { problemEvidenceHandlers } from './ledger/evidenceHandlers';
import { ledgerHandlers } from './ledger/handlers';
import { lockHandlers } from './lock/handlers';
import { fontStatus } from './fonts/detect';
import { orgHandlers } from './org/handlers';
import type { Services } from './ports';
import { statsHandlers } from './stats/handlers';

export function createHandlers(ctx: AppContext): Handlers {
  return withExportLog(ctx, {
    'app.info': () => ctx.info(),
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
    'sample.open': () => ctx.useWorkspace('sample'),
    'sample.close': () => ctx.useWorkspace('main'),
    ...orgHandlers(ctx),
    ...inspectionHandlers(ctx),
    ...ledgerHandlers(ctx),
    ...cluesHandlers(ctx),
    ...casesHandlers(ctx),
    ...statsHandlers(ctx),
    ...problemEvidenceHandlers(ctx),
    ...documentHandlers(ctx),
    ...noticeHandlers(ctx),
    ...feedbackHandlers(ctx),
    ...backupHandlers(ctx),
    ...lockHandlers(ctx),
    ...dutyHandlers(ctx),
    'fonts.status': (input) => fontStatus({ refresh: input?.refresh, source: ctx.options.fonts }),
    ...evidencePeriodHandlers(ctx),
  } satisfies Handlers);
}

export function importCampaign(ctx: Services, fileName: string, text: string) {
  const file = parseCampaignFile(text, fileName);
  const outcome = ctx.db.transaction(() => putCampaign(ctx.db, file, 'user', ctx.now().toISOString()))();
  return { id: file.id, title: file.title, outcome };
}

/** Written under a temporary name and renamed, so a crash never leaves half a file. */

export async function invoke(handlers: Handlers, channel: string, input: unknown): Promise<Result<unknown>> {
  if (!Object.hasOwn(channels, channel)) {
    return { ok: false, error: { code: 'unknownChannel', message: `未知的请求“${channel.slice(0, 60)}”` } };
  }
  const name = channel as Channel;
  const parsed = channels[name].input.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, error: fromZodError(parsed.error, '请求参数').toData() };
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    return { ok: false, error: toAppError(e).toData() };
  }
}

export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const fault = faultError(e);
  if (fault) return fault;
  // Unexpected: keep the details for the log, give the officer a plain sentence.
  console.error(e);
  const detail = e instanceof Error ? e.message : String(e);
  return new AppError('internal', `操作未能完成（内部错误：${detail.slice(0, 200)}）`);
}
