// Every file Zicha writes for the officer to send (a document, a statistics table,
// a ledger) is logged with its SHA-256, so that the 报送台账 can name the exact
// export that went out, and say a duty is 已起草 once its export exists.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/document';
import type { ExportView } from '../../../shared/duties';
import type { Handlers } from '../handlerTypes';
import { resolveCampaignId } from '../campaigns/catalog';
import type { ExportedFiles, Services } from '../ports';
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, get, run, sql } from '../db/sql';
import { resolveTableIds } from '../stats/service';

export interface ExportRecord {
  at: string;
  by: string;
  channel: string;
  campaignId: string | null;
  kind: 'document' | 'stats' | 'ledger';
  /** The document kind, the table ids (comma-separated) or the ledger kind. */
  detail: string;
  period: string | null;
  file: string;
}

export function fileSha256(file: string): { sha256: string; size: number } {
  const bytes = fs.readFileSync(file);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

export function logExport(db: Db, r: ExportRecord): number {
  const { sha256, size } = fileSha256(r.file);
  return Number(
    run(
      db,
      sql`INSERT INTO export_log (at, by, channel, campaign_id, kind, detail, period, file, sha256, size)
       VALUES (${r.at}, ${r.by}, ${r.channel}, ${r.campaignId}, ${r.kind}, ${r.detail}, ${r.period}, ${r.file}, ${sha256}, ${size})`,
    ).lastInsertRowid,
  );
}

type Logged = Pick<ExportRecord, 'kind' | 'detail' | 'period'> & { campaign: string | null; file: (out: unknown) => string | null };
const pathOf = (out: unknown) => (out && typeof out === 'object' && 'path' in out && typeof out.path === 'string' ? out.path : null);

/** The channels that write a file to send, and what each export is. */
const LOGGED: Partial<Record<keyof Handlers, (input: Record<string, unknown>) => Logged>> = {
  'documents.export': (i) => ({
    kind: 'document', detail: String(i.kind), period: null, campaign: String(i.campaign),
    file: (out) => (out && typeof out === 'object' && 'file' in out && typeof out.file === 'string' ? out.file : null),
  }),
  'stats.exportXlsx': (i) => ({ kind: 'stats', detail: String(i.tableId ?? ''), period: String(i.period), campaign: String(i.campaign), file: pathOf }),
  'stats.exportPdf': (i) => ({ kind: 'stats', detail: String(i.tableId ?? ''), period: String(i.period), campaign: String(i.campaign), file: pathOf }),
  'ledger.export': (i) => {
    const query = i.query as { campaignId?: string } | undefined;
    return { kind: 'ledger', detail: String(i.kind), period: null, campaign: query?.campaignId ?? null, file: pathOf };
  },
};

const pathIn = (key: string) => (out: unknown) =>
  out && typeof out === 'object' && key in out && typeof (out as Record<string, unknown>)[key] === 'string' ? [(out as Record<string, string>)[key]!] : [];

/**
 * Every channel that writes a file (or a folder of files) the officer saved, and
 * where its output names it: what 打开文件 / 打开所在文件夹 may open afterwards.
 */
const WRITTEN: Partial<Record<keyof Handlers, (out: unknown) => string[]>> = {
  'documents.export': pathIn('file'),
  'stats.exportXlsx': pathIn('path'),
  'stats.exportPdf': pathIn('path'),
  'ledger.export': pathIn('path'),
  'ledger.importTemplate': pathIn('path'),
  'campaigns.export': pathIn('path'),
  'duties.exportIcs': pathIn('path'),
  'backup.exportPackage': pathIn('path'),
  'backup.now': pathIn('path'),
  'lock.exportRecoveryKey': pathIn('path'),
  'inspection.exportWorkbooks': (out) => {
    const folder = pathIn('folder')(out);
    const files = out && typeof out === 'object' && 'files' in out && Array.isArray(out.files) ? out.files.flatMap(pathIn('file')) : [];
    return [...folder, ...files];
  },
};

/**
 * The handlers, with every export that wrote a file logged with its hash, and every
 * file written for the officer remembered in `exported` (this session only).
 */
export function withExportLog(ctx: Services, handlers: Handlers, exported: ExportedFiles): Handlers {
  const out: Record<string, unknown> = { ...handlers };
  for (const [channel, written] of Object.entries(WRITTEN)) {
    const inner = handlers[channel as keyof Handlers] as (input: unknown) => unknown;
    out[channel] = async (input: unknown) => {
      const result = await inner(input);
      for (const file of written!(result)) exported.add(path.resolve(file));
      return result;
    };
  }
  for (const [channel, describe] of Object.entries(LOGGED)) {
    const inner = out[channel] as (input: unknown) => unknown;
    out[channel] = async (input: Record<string, unknown>) => {
      const result = await inner(input);
      const d = describe!(input);
      const file = d.file(result);
      if (file) {
        let campaignId: string | null = null;
        try {
          campaignId = d.campaign ? resolveCampaignId(ctx.db, d.campaign) : null;
        } catch {
          campaignId = null; // the ledger's filter may name no campaign the catalog knows
        }
        try {
          // Tables as the ids the duties name ("2" → "tb2"), every table when none was named.
          const detail = d.kind === 'stats' && campaignId ? resolveTableIds(ctx.db, campaignId, d.detail || undefined).join(',') : d.detail;
          logExport(ctx.db, { at: ctx.stamp(), by: ctx.operator(), channel, campaignId, kind: d.kind, detail, period: d.period, file });
        } catch (e) {
          // The file is written and the officer has it; only its link to the 报送台账 is missing (it can be added as a scan).
          console.error('export not logged', e);
        }
      }
      return result;
    };
  }
  return out as Handlers;
}

type ExportRow = Omit<Row<'export_log'>, 'kind'> & { kind: ExportRecord['kind'] };
const EXPORT_COLUMNS = sql`id, at, by, channel, campaign_id, kind, detail, period, file, sha256, size`;

function whatOf(r: ExportRow): string {
  const ext = path.extname(r.file).slice(1).toLowerCase();
  if (r.kind === 'document') return `${DOCUMENT_KINDS[r.detail as DocumentKind] ?? '文书'}（${ext}）`;
  if (r.kind === 'stats') return `统计表 ${r.detail}${r.period && r.period !== 'all' ? `（${r.period}）` : ''}（${ext}）`;
  return `台账（${ext}）`;
}

export const exportView = (r: ExportRow): ExportView => ({
  id: r.id, at: r.at, by: r.by, campaignId: r.campaign_id, what: whatOf(r), file: r.file, sha256: r.sha256, size: r.size,
});

export function exportRows(db: Db, campaignId: string | null): ExportRow[] {
  const where = campaignId ? sql`WHERE campaign_id = ${campaignId} OR campaign_id IS NULL` : sql``;
  return all<ExportRow>(db, sql`SELECT ${EXPORT_COLUMNS} FROM export_log ${where} ORDER BY at DESC, id DESC LIMIT 500`);
}

export function getExport(db: Db, id: number): ExportRow | undefined {
  return get<ExportRow>(db, sql`SELECT ${EXPORT_COLUMNS} FROM export_log WHERE id = ${id}`);
}

export function exportBySha(db: Db, sha256: string): ExportRow | undefined {
  return get<ExportRow>(db, sql`SELECT ${EXPORT_COLUMNS} FROM export_log WHERE sha256 = ${sha256} ORDER BY id DESC LIMIT 1`);
}

export type { ExportRow };
