// What the doors ask of statistics: the tables of a campaign, one table or all of
// them filled for a period, the records behind a figure, the workbook to send.
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import type { StatsRecord, StatsTableSummary, StatsTableView } from '../../../shared/stats';
import { rowName } from '../../../shared/statsChecks';
import { parsePeriod, type StatsPeriod } from '../../../shared/statsPeriod';
import { campaignFileOf, resolveCampaignId } from '../campaigns/catalog';
import type { Db } from '../db/open';
import { computation, computeTable, type Computation } from './compute';
import { readSettings } from './header';
import { traceRecords } from './trace';
import { writeDetailSheet, writeTableSheet } from './xlsx';

/** The statistics tables of a campaign, then its checklists (filled from a self-inspection round). */
export function listTables(db: Db, campaignRef: string): StatsTableSummary[] {
  const id = resolveCampaignId(db, campaignRef);
  const file = campaignFileOf(db, id);
  return [
    ...file.tables.map((t) => ({ campaignId: id, tableId: t.id, kind: 'table' as const, annex: t.annex, title: t.title })),
    ...(file.kind === 'campaign' ? file.checklists : []).map((c) => ({ campaignId: id, tableId: c.id, kind: 'checklist' as const, annex: c.annex, title: c.title })),
  ];
}

/** `--table 4`, `附件4`, `tb4` or `cl2`: a table of the campaign by annex number or id. */
export function resolveTableIds(db: Db, campaignId: string, ref: string | undefined): string[] {
  const tables = listTables(db, campaignId);
  if (tables.length === 0) throw new AppError('noTables', `专项行动“${campaignFileOf(db, campaignId).title}”没有统计表或检查表`, 'tableId');
  if (!ref) return tables.map((t) => t.tableId);
  const r = ref.trim();
  const hit = tables.find((t) => t.tableId === r) ?? tables.find((t) => t.annex === r || t.annex === `附件${r}` || t.annex?.replace(/\s/g, '') === `附件${r}`);
  if (!hit) {
    const known = tables.map((t) => `${t.annex ?? '（无附件号）'} ${t.tableId}`).join('、');
    throw new AppError('tableNotFound', `没有找到统计表“${r}”；本专项行动的表有：${known}`, 'tableId');
  }
  return [hit.tableId];
}

export function periodOf(db: Db, campaignId: string, text: string, today: string): StatsPeriod {
  const file = campaignFileOf(db, campaignId);
  const parsed = parsePeriod(text, file.period, today);
  if (!parsed.ok) throw new AppError('invalidPeriod', parsed.message, 'period');
  return parsed.period;
}

export interface StatsRequest {
  campaign: string;
  tableId?: string;
  period: string;
  roundId?: number | null;
}

export function computeViews(db: Db, today: string, req: StatsRequest, c: Computation = computation(db, readSettings(db, today))): StatsTableView[] {
  const campaignId = resolveCampaignId(db, req.campaign);
  const period = periodOf(db, campaignId, req.period, today);
  return resolveTableIds(db, campaignId, req.tableId).map((tableId) => computeTable(c, { campaignId, tableId, period, roundId: req.roundId ?? null }));
}

/** The records behind one figure, or a reason it has none (entered by hand, or read from answers). */
export function figureRecords(
  db: Db,
  today: string,
  req: StatsRequest & { tableId: string; rowId: string; columnId: string; names: boolean },
): { how: string | null; records: StatsRecord[]; truncated: boolean } {
  const [view] = computeViews(db, today, req);
  const row = view?.sections.flatMap((s) => s.rows).find((r) => r.id === req.rowId);
  const cell = row?.cells.find((x) => x.columnId === req.columnId);
  if (!view || !row || !cell) throw new AppError('rowNotFound', `统计表中没有编号为“${req.rowId}”的行或该列`, 'rowId');
  const traced = cell.measure ? traceRecords(db, view.campaignId, cell.measure, view.period, req.names) : null;
  if (!traced) {
    const why = cell.basis === 'manual' ? '该数字为手工填写' : cell.basis === 'blank' ? '该格不由本院填写' : '该数字来自自查结果，不对应线索或案件';
    throw new AppError('notTraceable', `${rowName(row)}：${why}，没有可列出的线索或案件`, 'rowId');
  }
  return { how: cell.how, ...traced };
}

const SHEET_CHARS = /[[\]:*?/\\]/g;

/** One sheet per table (and a 明细 sheet of the records behind the figures when asked). */
export async function statsWorkbook(db: Db, views: StatsTableView[], opts: { detail: boolean; names: boolean; at: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '自查通';
  wb.created = new Date(opts.at);
  wb.modified = new Date(opts.at);
  const used = new Set<string>();
  for (const v of views) {
    let name = (v.annex ?? v.title).replace(SHEET_CHARS, '').slice(0, 28) || v.tableId;
    if (used.has(name)) name = `${name.slice(0, 24)}-${v.tableId}`.slice(0, 31);
    used.add(name);
    writeTableSheet(wb, v, name);
  }
  if (opts.detail || opts.names) {
    const items = views.flatMap((v) =>
      v.sections.flatMap((s) =>
        s.rows.flatMap((r) =>
          r.cells
            .filter((x) => x.traceable && x.measure && x.value)
            .map((x) => ({ row: `${v.annex ?? ''}${rowName(r)}`, records: traceRecords(db, v.campaignId, x.measure ?? { source: 'self', value: 'institution' }, v.period, opts.names)?.records ?? [] })),
        ),
      ),
    );
    writeDetailSheet(wb, items, opts.names);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function fileNameOf(views: StatsTableView[], ext: 'xlsx' | 'pdf'): string {
  const first = views[0];
  const what = views.length === 1 && first ? `${first.annex ?? ''}${first.title}` : `${first?.campaignTitle ?? '统计表'}-统计表`;
  return `${what}-${first?.period.key ?? ''}.${ext}`.replace(/[\\/:*?"<>|\s]+/g, '');
}
