// The channels of 统计表: the tables a campaign asks for, computed from the records
// for a period, with hand-entered figures, per-cell mappings, the records behind a
// figure, the checks, and their export.
import { z } from 'zod';
import { measureSchema, type StatsDue, type StatsIssue, type StatsRecord, type StatsTableSummary, type StatsTableView } from '../stats';
import { noInput, returns, rowId } from './common';

const campaign = z.string().trim().min(1, '请指定专项行动').max(200, '过长');
const tableId = z.string().min(1, '请指定统计表').max(64);
const period = z.string().trim().min(1, '请指定统计期').max(20, '统计期格式不对');
const cell = { campaign, tableId, rowId: z.string().min(1).max(64), columnId: z.string().max(64), period };

export const statsChannels = {
  'stats.tables': { input: z.strictObject({ campaign }), output: returns<StatsTableSummary[]>() },
  'stats.compute': {
    input: z.strictObject({ campaign, tableId, period, roundId: rowId.nullable().optional() }),
    output: returns<StatsTableView>(),
  },
  /** A hand-entered figure for the period; null or '' clears it. */
  'stats.setManual': {
    input: z.strictObject({ ...cell, value: z.string().max(30, '数字过长').nullable() }),
    output: returns<StatsTableView>(),
  },
  /** How a cell is computed: a measure, null for by hand, 'default' for the built-in mapping. */
  'stats.setMeasure': {
    input: z.strictObject({ ...cell, measure: z.union([measureSchema, z.null(), z.literal('default')]) }),
    output: returns<StatsTableView>(),
  },
  'stats.records': {
    input: z.strictObject({ ...cell, names: z.boolean() }),
    output: returns<{ how: string | null; records: StatsRecord[]; truncated: boolean }>(),
  },
  'stats.check': {
    input: z.strictObject({ campaign, tableId: tableId.optional(), period }),
    output: returns<{ tables: { tableId: string; annex: string | null; title: string; issues: StatsIssue[] }[] }>(),
  },
  /**
   * Asks where to save (a native dialog) and writes the tables; a table that fails
   * its checks is written only with acceptFailures (the window warns first).
   */
  'stats.exportXlsx': {
    input: z.strictObject({
      campaign, tableId: tableId.optional(), period, detail: z.boolean(), names: z.boolean(), acceptFailures: z.boolean(),
    }),
    output: returns<{ path: string; issues: StatsIssue[] } | { blocked: StatsIssue[] } | null>(),
  },
  /** The same as stats.exportXlsx, printed to PDF through Chromium (no 明细 sheet). */
  'stats.exportPdf': {
    input: z.strictObject({ campaign, tableId: tableId.optional(), period, acceptFailures: z.boolean() }),
    output: returns<{ path: string; issues: StatsIssue[] } | { blocked: StatsIssue[] } | null>(),
  },
  'stats.dues': { input: noInput, output: returns<StatsDue[]>() },
} as const;
