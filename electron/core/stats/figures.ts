// What the office decided about a table: how a cell is computed where it chose
// (stat_mapping), and the figures it entered by hand (stat_figure), each with who
// and when, every change kept in stat_figure_history.
import type { StatisticsTable, TableRow } from '../../../shared/campaign';
import { AppError } from '../../../shared/errors';
import { formatWan, parseWan } from '../../../shared/money';
import { measureSchema, type Measure } from '../../../shared/stats';
import type { Db } from '../db/open';
import { all, get, run, sql } from '../db/sql';

export const cellKey = (rowId: string, columnId: string) => `${rowId}|${columnId}`;

export interface ManualFigure {
  amountFen: number | null;
  quantity: number | null;
  by: string;
  at: string;
}

export interface TableRef {
  campaignId: string;
  tableId: string;
}

/** Measures the office chose (null: entered by hand), by cell. */
export function readMappings(db: Db, t: TableRef): Map<string, Measure | null> {
  const rows = all<{ rowId: string; columnId: string; json: string | null }>(
    db,
    sql`SELECT row_id AS rowId, column_id AS columnId, measure_json AS json FROM stat_mapping WHERE campaign_id = ${t.campaignId} AND table_id = ${t.tableId}`,
  );
  return new Map(rows.map((r) => [cellKey(r.rowId, r.columnId), r.json === null ? null : measureSchema.parse(JSON.parse(r.json))]));
}

export function readManual(db: Db, t: TableRef, periodKey: string): Map<string, ManualFigure> {
  const rows = all<ManualFigure & { rowId: string; columnId: string }>(
    db,
    sql`SELECT row_id AS rowId, column_id AS columnId, amount_fen AS amountFen, quantity, entered_by AS by, entered_at AS at
        FROM stat_figure WHERE campaign_id = ${t.campaignId} AND table_id = ${t.tableId} AND period = ${periodKey}`,
  );
  return new Map(rows.map((r) => [cellKey(r.rowId, r.columnId), r]));
}

/** The row (and column) of a table, or a Chinese reason why it is not there. */
export function findCell(table: StatisticsTable, rowId: string, columnId: string): TableRow {
  const row = table.sections.flatMap((s) => s.rows).find((r) => r.id === rowId);
  if (!row) throw new AppError('rowNotFound', `统计表“${table.title}”中没有编号为“${rowId}”的行`, 'rowId');
  const columns = table.columns.length ? table.columns.map((c) => c.id) : [''];
  if (!columns.includes(columnId)) throw new AppError('columnNotFound', `统计表“${table.title}”中没有编号为“${columnId || '（空）'}”的列`, 'columnId');
  return row;
}

/** "12.5" → the stored figure of a row in its unit: fen for 万元, else a non-negative quantity. */
export function parseFigure(text: string, row: TableRow): { amountFen: number | null; quantity: number | null } {
  const t = text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (row.unit === '万元') {
    const fen = parseWan(t);
    if (fen === null) throw new AppError('invalidFigure', `“${row.label}”的单位是万元，应填写不小于 0 的金额，最多 4 位小数（填的是“${text.slice(0, 20)}”）`, 'value');
    return { amountFen: fen, quantity: null };
  }
  if (!/^\d{1,12}(\.\d{1,4})?$/.test(t)) {
    throw new AppError('invalidFigure', `“${row.label}”应填写不小于 0 的数字，最多 4 位小数（填的是“${text.slice(0, 20)}”）`, 'value');
  }
  return { amountFen: null, quantity: Number(t) };
}

const shown = (f: { amountFen: number | null; quantity: number | null } | undefined) =>
  f === undefined ? null : f.amountFen !== null ? formatWan(f.amountFen) : String(f.quantity);

/** Enters (or, with null, clears) a hand figure for a period, keeping who and when and the old value. */
export function setManualFigure(
  db: Db,
  t: TableRef & { rowId: string; columnId: string; period: string },
  row: TableRow,
  text: string | null,
  who: string,
  at: string,
): void {
  const parsed = text === null || text.trim() === '' ? null : parseFigure(text, row);
  const cell = sql`campaign_id = ${t.campaignId} AND table_id = ${t.tableId} AND row_id = ${t.rowId} AND column_id = ${t.columnId} AND period = ${t.period}`;
  const key = sql`${t.campaignId}, ${t.tableId}, ${t.rowId}, ${t.columnId}, ${t.period}`;
  db.transaction(() => {
    const before = get<{ amountFen: number | null; quantity: number | null }>(db, sql`SELECT amount_fen AS amountFen, quantity FROM stat_figure WHERE ${cell}`);
    if (parsed === null) {
      run(db, sql`DELETE FROM stat_figure WHERE ${cell}`);
    } else {
      run(
        db,
        sql`INSERT INTO stat_figure (campaign_id, table_id, row_id, column_id, period, amount_fen, quantity, entered_by, entered_at)
            VALUES (${key}, ${parsed.amountFen}, ${parsed.quantity}, ${who}, ${at})
            ON CONFLICT DO UPDATE SET amount_fen = excluded.amount_fen, quantity = excluded.quantity,
              entered_by = excluded.entered_by, entered_at = excluded.entered_at`,
      );
    }
    if (shown(before) !== shown(parsed ?? undefined)) {
      run(
        db,
        sql`INSERT INTO stat_figure_history (campaign_id, table_id, row_id, column_id, period, old, new, by, at)
            VALUES (${key}, ${shown(before)}, ${shown(parsed ?? undefined)}, ${who}, ${at})`,
      );
    }
  })();
}

/** Chooses how a cell is computed: a measure, null for by hand, or 'default' to return to the built-in mapping. */
export function setMapping(db: Db, t: TableRef & { rowId: string; columnId: string }, measure: Measure | null | 'default', who: string, at: string): void {
  db.transaction(() => {
    if (measure === 'default') {
      run(db, sql`DELETE FROM stat_mapping WHERE campaign_id = ${t.campaignId} AND table_id = ${t.tableId} AND row_id = ${t.rowId} AND column_id = ${t.columnId}`);
      return;
    }
    run(
      db,
      sql`INSERT INTO stat_mapping (campaign_id, table_id, row_id, column_id, measure_json, set_by, set_at)
          VALUES (${t.campaignId}, ${t.tableId}, ${t.rowId}, ${t.columnId}, ${measure === null ? null : JSON.stringify(measure)}, ${who}, ${at})
          ON CONFLICT DO UPDATE SET measure_json = excluded.measure_json, set_by = excluded.set_by, set_at = excluded.set_at`,
    );
  })();
}
