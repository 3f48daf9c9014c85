// The 报送台账 and calendar channels.
import { countDuties, dueSoon } from '../../../shared/duties';
import { AppError } from '../../../shared/errors';
import type { HandlersOf } from '../handlerTypes';
import { resolveCampaignId } from '../campaigns/catalog';
import type { Services } from '../ports';
import { writeFileAtomic } from '../files';
import { calendarEntries } from './calendar';
import { evidenceCovers, setEvidenceCovers } from './evidencePeriod';
import { exportRows, exportView, getExport } from './exportLog';
import { calendarIcs } from './ics';
import { getOccurrence, listOccurrences, occurrenceHistory } from './occurrences';
import { recordSubmission, reopenSubmission } from './submissions';

const SCAN_FILTERS = [
  { name: '扫描件（PDF、图片、OFD）', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'tif', 'tiff', 'ofd'] },
  { name: '所有文件', extensions: ['*'] },
];

export function dutiesHandlers(ctx: Services): HandlersOf<'duties'> {
  const clock = () => ({ today: ctx.today(), at: ctx.stamp(), by: ctx.operator() });
  return {
    'duties.list': ({ campaign }) => listOccurrences(ctx.db, ctx.today(), campaign),
    'duties.get': ({ campaignId, dutyId, due }) => {
      const occurrence = getOccurrence(ctx.db, ctx.today(), campaignId, dutyId, due);
      return { occurrence, ...occurrenceHistory(ctx.db, occurrence) };
    },
    'duties.counts': () => countDuties(listOccurrences(ctx.db, ctx.today())),
    'duties.exports': ({ campaign }) => exportRows(ctx.db, campaign ? resolveCampaignId(ctx.db, campaign) : null).map(exportView),
    'duties.record': async ({ campaignId, dutyId, due, submittedOn, via, note, exportIds, scans }) => {
      // Checked before the dialog, so that an occurrence already sent is refused at once.
      const o = getOccurrence(ctx.db, ctx.today(), campaignId, dutyId, due);
      const exported = exportIds.map((id) => {
        const row = getExport(ctx.db, id);
        if (!row) throw new AppError('exportNotFound', `找不到所选的导出记录（编号 ${id}）`, 'exportIds');
        return { path: row.file, exportId: id };
      });
      const scanned = scans
        ? (await ctx.dialogs.openFiles({ title: '选择报送文件的扫描件（盖章、签字后扫描）', filters: SCAN_FILTERS, multiple: true })).map((p) => ({ path: p }))
        : [];
      if (scans && scanned.length === 0 && exported.length === 0) return null;
      return recordSubmission(ctx.db, ctx.evidenceDir, { campaign: o.campaignId, dutyId, due, submittedOn, via, note, files: [...exported, ...scanned] }, clock());
    },
    'duties.reopen': ({ campaignId, dutyId, due, reason }) => reopenSubmission(ctx.db, campaignId, dutyId, due, reason, clock()),
    'duties.calendar': () => calendarEntries(ctx.db, ctx.today()),
    'duties.dueSoon': () => dueSoon(calendarEntries(ctx.db, ctx.today()), ctx.today()),
    'duties.exportIcs': async () => {
      const entries = calendarEntries(ctx.db, ctx.today());
      const target = await ctx.dialogs.saveFile({
        title: '导出日历（.ics）',
        defaultName: '自查通日历.ics',
        filters: [{ name: 'iCalendar 日历', extensions: ['ics'] }],
      });
      if (!target) return null;
      return { path: writeFileAtomic(target, calendarIcs(entries, ctx.now())), events: entries.length };
    },
    'duties.evidencePeriods': ({ scope, ids }) => evidenceCovers(ctx.db, scope, ids),
    'duties.setEvidencePeriod': ({ scope, id, covers }) => setEvidenceCovers(ctx.db, scope, id, covers),
  };
}
