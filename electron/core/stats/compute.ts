// Fills a campaign's statistics table for a period: each cell computed from its
// measure or entered by hand, the hospital's own class only where the notice asks
// for it, then the table's checks beside the rows they concern.
import type { StatisticsTable } from '../../../shared/campaign';
import { AppError } from '../../../shared/errors';
import type { Measure, StatsCell, StatsIssue, StatsPeriod, StatsTableView } from '../../../shared/stats';
import { attachIssues, checkCells } from '../../../shared/statsChecks';
import { campaignFileOf } from '../campaigns/catalog';
import type { Db } from '../db/open';
import { BUILTIN, type BuiltinTable } from './builtin';
import { blankCell, computedCell, labelSpans, manualCell, unitMismatch } from './cells';
import { checklistView } from './checklist';
import { FactsCache } from './facts';
import { cellKey, readManual, readMappings } from './figures';
import { headerLines, headingsOf, institutionClass, ownRowOf, type Settings } from './header';
import { checkRules } from './rules';

export interface Computation {
  db: Db;
  cache: FactsCache;
  settings: Settings;
}

export function computation(db: Db, settings: Settings): Computation {
  return { db, cache: new FactsCache(db), settings };
}

const SETUP_CLASS = '请先在“设置 → 医院信息”中填写医院的等级和性质（公立/社会办），才能确定本院所属的机构类别并填写本表';

/** Which cells are this hospital's: its class's column, or its row in each section. */
function ownership(table: StatisticsTable, builtin: BuiltinTable | undefined, s: Settings) {
  const own = builtin?.own;
  if (!own) return { ownColumnId: null, ownRows: null, issue: null };
  const cls = institutionClass(s.hospital);
  if (cls === null) return { ownColumnId: null, ownRows: new Set<string>(), issue: SETUP_CLASS };
  if (own.kind === 'column') return { ownColumnId: own.byClass[cls] ?? null, ownRows: null, issue: null };
  const section = table.sections.find((x) => x.id === own.bySection[cls]);
  const row = section ? ownRowOf(section.rows, s.hospital?.category ?? '') : null;
  return { ownColumnId: null, ownRows: new Set(row ? [row] : []), issue: null };
}

const owns = (own: ReturnType<typeof ownership>, rowId: string, columnId: string) =>
  (own.ownColumnId === null || columnId === own.ownColumnId) && (!own.ownRows || own.ownRows.has(rowId));

/** Why the hospital may not fill this cell (another class's column or row), or null when it may. */
export function notOwnCell(campaignId: string, table: StatisticsTable, s: Settings, rowId: string, columnId: string): string | null {
  const own = ownership(table, BUILTIN[campaignId]?.[table.id], s);
  if (owns(own, rowId, columnId)) return null;
  if (own.issue) return own.issue;
  const mine = table.columns.find((c) => c.id === own.ownColumnId)?.label;
  return mine
    ? `“${table.title}”中本院只填写本院所属机构类别“${mine}”一列`
    : `“${table.title}”中本院只填写本院所属类别（${s.hospital?.category || '其他'}）的一行`;
}

function builtinMeasure(builtin: BuiltinTable | undefined, rowId: string, columnId: string): Measure | null | undefined {
  const entry = builtin?.measures[rowId];
  if (entry === undefined || entry === null) return entry;
  if ('source' in entry) return entry as Measure;
  return (entry as Record<string, Measure | null>)[columnId];
}

export function findTable(db: Db, campaignId: string, tableId: string) {
  const file = campaignFileOf(db, campaignId);
  const table = file.tables.find((t) => t.id === tableId);
  const checklist = file.checklists.find((c) => c.id === tableId);
  if (!table && !checklist) throw new AppError('tableNotFound', `专项行动“${file.title}”中没有编号为“${tableId}”的统计表或检查表`, 'tableId');
  return { file, table, checklist };
}

export function computeTable(
  c: Computation,
  ref: { campaignId: string; tableId: string; period: StatsPeriod; roundId?: number | null },
  withRules = true,
): StatsTableView {
  const { file, table, checklist } = findTable(c.db, ref.campaignId, ref.tableId);
  const facts = c.cache.facts(ref.campaignId, ref.period, ref.roundId ?? null);
  if (!table && checklist) return checklistView(file, checklist, ref.period, facts, c.settings);
  if (!table) throw new AppError('tableNotFound', `没有编号为“${ref.tableId}”的统计表`, 'tableId');
  const builtin = BUILTIN[ref.campaignId]?.[ref.tableId];
  const mappings = readMappings(c.db, ref);
  const manual = readManual(c.db, ref, ref.period.key);
  const own = ownership(table, builtin, c.settings);
  const columnIds = table.columns.length ? table.columns.map((x) => x.id) : [''];
  const issues: StatsIssue[] = own.issue ? [{ rowId: null, columnId: null, rule: 'setup', message: own.issue }] : [];
  let answersUsed = false;

  const cellOf = (row: StatisticsTable['sections'][number]['rows'][number], columnId: string): StatsCell => {
    const key = cellKey(row.id, columnId);
    if (!owns(own, row.id, columnId)) return blankCell(columnId);
    const m = mappings.has(key) ? mappings.get(key) : builtinMeasure(builtin, row.id, columnId);
    if (!m) return manualCell(columnId, manual.get(key));
    const mismatch = unitMismatch(row, columnId, m);
    if (mismatch) issues.push(mismatch);
    if (m.source === 'answers') answersUsed = true;
    return computedCell(columnId, m, facts, ref.period);
  };

  const monthInTitle = table.headerFields.includes('统计月份');
  const lines = headerLines(table.headerFields, c.settings, ref.period, monthInTitle);
  const view: StatsTableView = {
    campaignId: ref.campaignId,
    campaignTitle: file.title,
    tableId: table.id,
    kind: 'table',
    annex: table.annex,
    title: monthInTitle ? `${table.title}（${ref.period.months}）` : table.title,
    period: ref.period,
    columns: table.columns.length ? table.columns.map((x) => ({ id: x.id, label: x.label })) : [{ id: '', label: '数量' }],
    mappable: builtin === undefined,
    ownColumnId: own.ownColumnId,
    headerFields: lines.header,
    footerFields: lines.footer,
    sections: table.sections.map((s) => {
      const spans = labelSpans(s.rows);
      return {
        id: s.id,
        title: s.title,
        rows: s.rows.map((r, i) => ({
          id: r.id, no: r.no, label: r.label, sublabel: r.sublabel, unit: r.unit, labelSpan: spans[i] ?? 1, remark: '',
          cells: columnIds.map((col) => cellOf(r, col)),
        })),
      };
    }),
    note: table.note,
    round: facts.round ? { id: facts.round.id, name: facts.round.name } : null,
    issues: [],
    layout: {
      orientation: table.columns.length >= 3 ? 'landscape' : 'portrait',
      numbered: table.sections.some((s) => s.rows.some((r) => r.no !== '')),
      sublabels: table.sections.some((s) => s.rows.some((r) => r.sublabel !== null)),
      unitColumn: table.sections.some((s) => s.rows.some((r) => r.unit !== null)),
      headings: headingsOf(ref.campaignId, table.id, 'table'),
    },
  };
  if (answersUsed && !facts.round) {
    issues.push({ rowId: null, columnId: null, rule: 'setup', message: `统计期内没有“${file.title}”的自查轮次，来自自查结果的行无法填写；请先开展自查` });
  }
  const parents = new Map(table.sections.flatMap((s) => s.rows.filter((r) => r.parent).map((r) => [r.id, r.parent as string] as const)));
  issues.push(...checkCells(view, parents));
  if (withRules && builtin) {
    const otherTable = (campaignId: string, tableId: string) => computeTable(c, { campaignId, tableId, period: view.period }, false);
    issues.push(...checkRules(otherTable, view, builtin.rules, facts));
  }
  return attachIssues(view, issues);
}
