// The channels of the statistics tables.
import { AppError } from '../../../shared/errors';
import type { Measure, StatsTableView } from '../../../shared/stats';
import { emptyCells } from '../../../shared/statsChecks';
import type { HandlersOf } from '../handlerTypes';
import { resolveCampaignId } from '../campaigns/catalog';
import type { Services } from '../ports';
import type { Db } from '../db/open';
import { writeFileAtomic } from '../files';
import { findTable, notOwnCell } from './compute';
import { readSettings } from './header';
import { statsDues } from './due';
import { findCell, setManualFigure, setMapping } from './figures';
import { statsHtml } from './html';
import { computeViews, figureRecords, fileNameOf, listTables, periodOf, statsWorkbook } from './service';

/** The table's row (refusing checklists, whose figures are the round's answers) and the period key. */
function cellTarget(db: Db, today: string, input: { campaign: string; tableId: string; rowId: string; columnId: string; period: string }) {
  const campaignId = resolveCampaignId(db, input.campaign);
  const { table, checklist, file } = findTable(db, campaignId, input.tableId);
  if (!table) throw new AppError('checklistFigures', `“${checklist?.title ?? input.tableId}”是检查表，结果来自自查轮次的回答，请在自查中修改`, 'tableId');
  const row = findCell(table, input.rowId, input.columnId);
  const foreign = notOwnCell(campaignId, table, readSettings(db, today), row.id, input.columnId);
  if (foreign) throw new AppError('notOwnCell', foreign, 'columnId');
  const period = periodOf(db, campaignId, input.period, today);
  return { campaignId, table, row, period, file };
}

function checkMeasure(file: ReturnType<typeof findTable>['file'], m: Measure | null | 'default'): void {
  if (m === null || m === 'default' || m.source !== 'answers') return;
  const items = new Set(file.checklists.flatMap((c) => c.groups.flatMap((g) => g.items.map((i) => i.id))));
  const missing = m.itemIds.filter((id) => !items.has(id));
  if (missing.length) throw new AppError('itemNotFound', `专项行动“${file.title}”中没有检查要点 ${missing.join('、')}`, 'measure.itemIds');
  if (m.pick === 'role' && !m.role) throw new AppError('roleRequired', '按人员类别统计时请指定人员类别', 'measure.role');
}

export function statsHandlers(ctx: Services): HandlersOf<'stats'> {
  const who = () => ctx.operator();
  const one = (campaign: string, tableId: string, period: string, roundId?: number | null) => {
    const [view] = computeViews(ctx.db, ctx.today(), { campaign, tableId, period, roundId });
    if (!view) throw new AppError('tableNotFound', '没有找到该统计表', 'tableId');
    return view;
  };
  /** Refuses tables that fail their checks unless accepted, then asks where to save and writes. */
  const exportTables = async (
    req: { campaign: string; tableId?: string | undefined; period: string },
    acceptFailures: boolean,
    format: 'xlsx' | 'pdf',
    content: (views: StatsTableView[]) => Promise<Uint8Array>,
  ) => {
    const views = computeViews(ctx.db, ctx.today(), req);
    const issues = views.flatMap((v) => v.issues);
    if (issues.length && !acceptFailures) return { blocked: issues };
    const target = await ctx.dialogs.saveFile({
      title: '导出统计表',
      defaultName: fileNameOf(views, format),
      filters: [format === 'xlsx' ? { name: 'Excel 工作簿', extensions: ['xlsx'] } : { name: 'PDF 文件', extensions: ['pdf'] }],
    });
    if (!target) return null;
    return { path: writeFileAtomic(target, await content(views)), issues };
  };
  return {
    'stats.tables': ({ campaign }) => listTables(ctx.db, campaign),
    'stats.compute': ({ campaign, tableId, period, roundId }) => one(campaign, tableId, period, roundId),
    'stats.setManual': (input) => {
      const t = cellTarget(ctx.db, ctx.today(), input);
      setManualFigure(ctx.db, { campaignId: t.campaignId, tableId: t.table.id, rowId: t.row.id, columnId: input.columnId, period: t.period.key }, t.row, input.value, who(), ctx.stamp());
      return one(t.campaignId, t.table.id, input.period);
    },
    'stats.setMeasure': (input) => {
      const t = cellTarget(ctx.db, ctx.today(), input);
      checkMeasure(t.file, input.measure);
      setMapping(ctx.db, { campaignId: t.campaignId, tableId: t.table.id, rowId: t.row.id, columnId: input.columnId }, input.measure, who(), ctx.stamp());
      return one(t.campaignId, t.table.id, input.period);
    },
    'stats.records': (input) => figureRecords(ctx.db, ctx.today(), { ...input }),
    'stats.check': ({ campaign, tableId, period }) => ({
      tables: computeViews(ctx.db, ctx.today(), { campaign, tableId, period }).map((v) => ({
        tableId: v.tableId, annex: v.annex, title: v.title, issues: [...v.issues, ...emptyCells(v)],
      })),
    }),
    'stats.exportXlsx': ({ campaign, tableId, period, detail, names, acceptFailures }) =>
      exportTables({ campaign, tableId, period }, acceptFailures, 'xlsx', (views) => statsWorkbook(ctx.db, views, { detail, names, at: ctx.stamp() })),
    'stats.exportPdf': ({ campaign, tableId, period, acceptFailures }) =>
      exportTables({ campaign, tableId, period }, acceptFailures, 'pdf', (views) => ctx.printer.pdf(statsHtml(views))),
    'stats.dues': () => statsDues(ctx.db, ctx.today()),
  };
}
