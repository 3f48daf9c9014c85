// The catalog of campaigns in the database: built-in ones loaded from
// resources/campaigns, user ones imported from campaign files.
import { createHash } from 'node:crypto';
import type { CampaignFile } from '../../../shared/campaign';
import { campaignStatus, type CampaignDetail, type CampaignSummary } from '../../../shared/catalog';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, get, pluck, run, sql, value } from '../db/sql';
import { campaignElements } from './elements';
import { serializeCampaignFile } from './file';

type Origin = 'builtin' | 'user';

/** A campaign row as read: the stored text of origin and kind is only ever one of these. */
type CampaignRow = Omit<Row<'campaign'>, 'origin' | 'kind' | 'loaded_at'> & { origin: Origin; kind: CampaignFile['kind'] };

const CAMPAIGN_COLUMNS = sql`id, revision, origin, kind, title, doc_number, issuers, issued_on, start_on, end_on, file_json, file_sha256`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export type PutOutcome = 'added' | 'updated' | 'unchanged';

/**
 * Stores a campaign, or a newer revision of one. Elements the new revision no
 * longer has are marked retired, never deleted, so records made against them stay.
 * Call inside a transaction.
 */
export function putCampaign(db: Db, file: CampaignFile, origin: Origin, at: string): PutOutcome {
  const json = serializeCampaignFile(file);
  const hash = sha256(json);
  const existing = get<CampaignRow>(db, sql`SELECT ${CAMPAIGN_COLUMNS} FROM campaign WHERE id = ${file.id}`);
  if (file.docNumber) {
    const clash = get<Pick<Row<'campaign'>, 'id' | 'title'>>(db, sql`SELECT id, title FROM campaign WHERE doc_number = ${file.docNumber} AND id <> ${file.id}`);
    if (clash) {
      throw new AppError('docNumberTaken', `文号“${file.docNumber}”已被专项行动“${clash.title}”使用`, 'docNumber');
    }
  }
  if (existing) {
    if (existing.file_sha256 === hash) return 'unchanged';
    // A shipped file is authoritative for its own revision, but never overrides a
    // newer revision the office imported.
    const shipped = origin === 'builtin' && existing.origin === 'builtin';
    if (file.revision < existing.revision) {
      if (origin === 'builtin') return 'unchanged';
      throw new AppError(
        'olderRevision',
        `专项行动“${file.title}”已有修订版 ${existing.revision}，导入的文件是较旧的修订版 ${file.revision}，未导入`,
        'revision',
      );
    }
    if (file.revision === existing.revision && !shipped) {
      throw new AppError(
        'sameRevisionDiffers',
        `专项行动“${file.title}”的修订版 ${file.revision} 已存在且内容不同；修改后的文件须提高 revision`,
        'revision',
      );
    }
  }
  run(
    db,
    sql`INSERT INTO campaign (id, revision, origin, kind, title, doc_number, issuers, issued_on, start_on, end_on, file_json, file_sha256, loaded_at)
     VALUES (${file.id}, ${file.revision}, ${existing?.origin ?? origin}, ${file.kind}, ${file.title}, ${file.docNumber},
       ${JSON.stringify(file.issuers)}, ${file.issuedOn}, ${file.period.start}, ${file.period.end}, ${json}, ${hash}, ${at})
     ON CONFLICT(id) DO UPDATE SET revision = excluded.revision, kind = excluded.kind, title = excluded.title,
       doc_number = excluded.doc_number, issuers = excluded.issuers, issued_on = excluded.issued_on,
       start_on = excluded.start_on, end_on = excluded.end_on, file_json = excluded.file_json,
       file_sha256 = excluded.file_sha256, loaded_at = excluded.loaded_at`,
  );
  syncElements(db, file);
  return existing ? 'updated' : 'added';
}

function syncElements(db: Db, file: CampaignFile): void {
  const elements = campaignElements(file);
  for (const e of elements) {
    run(
      db,
      sql`INSERT INTO campaign_element (campaign_id, element_id, kind, label, search_text, retired_in)
     VALUES (${file.id}, ${e.id}, ${e.kind}, ${e.label}, ${e.searchText}, NULL)
     ON CONFLICT(campaign_id, element_id) DO UPDATE SET kind = excluded.kind, label = excluded.label,
       search_text = excluded.search_text, retired_in = NULL`,
    );
  }
  const live = new Set(elements.map((e) => e.id));
  const known = pluck<string>(db, sql`SELECT element_id FROM campaign_element WHERE campaign_id = ${file.id} AND retired_in IS NULL`);
  for (const id of known) {
    if (!live.has(id)) run(db, sql`UPDATE campaign_element SET retired_in = ${file.revision} WHERE campaign_id = ${file.id} AND element_id = ${id}`);
  }
}

function summaryOf(row: CampaignRow, file: CampaignFile, today: string): CampaignSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    docNumber: row.doc_number,
    issuers: JSON.parse(row.issuers) as string[],
    issuedOn: row.issued_on,
    period: { start: row.start_on, end: row.end_on },
    status: campaignStatus({ start: row.start_on, end: row.end_on }, today),
    origin: row.origin,
    revision: row.revision,
    counts: {
      tasks: file.tasks.length,
      items: file.checklists.reduce((n, cl) => n + cl.groups.reduce((m, g) => m + g.items.length, 0), 0),
      tables: file.tables.length,
    },
  };
}

export function listCampaigns(db: Db, today: string): CampaignSummary[] {
  const rows = all<CampaignRow>(db, sql`SELECT ${CAMPAIGN_COLUMNS} FROM campaign ORDER BY COALESCE(start_on, issued_on, '9999') DESC, title`);
  return rows.map((r) => summaryOf(r, JSON.parse(r.file_json) as CampaignFile, today));
}

/** A campaign by its id or its document number (文号), as the CLI and the UI accept either. */
export function resolveCampaignId(db: Db, ref: string): string {
  const trimmed = ref.trim();
  const bracketed = trimmed.replace(/\[/g, '〔').replace(/]/g, '〕');
  const id = value<string>(
    db,
    sql`SELECT id FROM campaign WHERE id = ${trimmed} OR doc_number = ${trimmed} OR replace(replace(doc_number, '[', '〔'), ']', '〕') = ${bracketed}`,
  );
  if (!id) throw new AppError('campaignNotFound', `找不到编号或文号为“${trimmed}”的专项行动`);
  return id;
}

export function getCampaign(db: Db, ref: string, today: string): CampaignDetail {
  const id = resolveCampaignId(db, ref);
  const row = get<CampaignRow>(db, sql`SELECT ${CAMPAIGN_COLUMNS} FROM campaign WHERE id = ${id}`)!;
  const file = JSON.parse(row.file_json) as CampaignFile;
  const retired = all<{ kind: string; id: string; label: string }>(
    db,
    sql`SELECT kind, element_id AS id, label FROM campaign_element WHERE campaign_id = ${id} AND retired_in IS NOT NULL ORDER BY kind, element_id`,
  );
  return { summary: summaryOf(row, file, today), file, retired };
}

/** The campaign file exactly as stored: `campaigns import` accepts it unchanged. */
export function exportCampaignText(db: Db, ref: string): { fileName: string; text: string } {
  const id = resolveCampaignId(db, ref);
  const text = value<string>(db, sql`SELECT file_json FROM campaign WHERE id = ${id}`)!;
  return { fileName: `${id}.json`, text };
}

const parsedFiles = new Map<string, CampaignFile>();

/** The current campaign file of a campaign, parsed once per content hash. */
export function campaignFileOf(db: Db, id: string): CampaignFile {
  const row = get<Pick<Row<'campaign'>, 'file_json' | 'file_sha256'>>(db, sql`SELECT file_json, file_sha256 FROM campaign WHERE id = ${id}`);
  if (!row) throw new AppError('campaignNotFound', `找不到编号为“${id}”的专项行动`);
  let file = parsedFiles.get(row.file_sha256);
  if (!file) {
    file = JSON.parse(row.file_json) as CampaignFile;
    parsedFiles.set(row.file_sha256, file);
  }
  return file;
}

/** Labels of elements that earlier revisions had, for records made against them. */
export function retiredLabels(db: Db, campaignId: string): Map<string, string> {
  const rows = all<Pick<Row<'campaign_element'>, 'element_id' | 'label'>>(
    db,
    sql`SELECT element_id, label FROM campaign_element WHERE campaign_id = ${campaignId} AND retired_in IS NOT NULL`,
  );
  return new Map(rows.map((r) => [r.element_id, r.label]));
}
