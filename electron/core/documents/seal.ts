// The hospital's seal (印章): a PNG with transparency imported once, its real
// diameter, and the 用印记录 every stamped export writes in the same step.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { SealUse, SealView } from '../../../shared/channels/documents';
import type { DocumentKind } from '../../../shared/document';
import { AppError } from '../../../shared/errors';
import { campaignTitle } from '../campaigns/reads';
import type { Db } from '../db/open';
import type { Row } from '../db/rows';
import { all, get, run, sql, value } from '../db/sql';

export const MAX_SEAL_BYTES = 2 * 1024 * 1024;
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Refuses anything but a PNG whose pixels can be transparent (an alpha channel, or tRNS). */
export function checkSealPng(bytes: Uint8Array, name: string): void {
  const where = 'file';
  if (bytes.length > MAX_SEAL_BYTES) throw new AppError('sealTooLarge', `印章图片“${name}”超过 2 MB，请压缩后再导入`, where);
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b)) {
    throw new AppError('sealNotPng', `“${name}”不是 PNG 图片；印章须为带透明背景的 PNG 图片`, where);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let colorType = -1;
  let transparent = false;
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (offset + 12 + length > bytes.length) break;
    if (type === 'IHDR') {
      if (view.getUint32(offset + 8) === 0 || view.getUint32(offset + 12) === 0) break;
      colorType = bytes[offset + 17] ?? -1;
    }
    if (type === 'tRNS') transparent = true;
    if (type === 'IDAT' || type === 'IEND') break;
    offset += 12 + length;
  }
  if (colorType < 0) throw new AppError('sealNotPng', `“${name}”的 PNG 文件头已损坏，无法作为印章使用`, where);
  // Colour types 4 and 6 carry an alpha channel; palette and plain images only through tRNS.
  if (colorType !== 4 && colorType !== 6 && !transparent) {
    throw new AppError('sealOpaque', `印章图片“${name}”没有透明背景；请使用背景透明的 PNG 图片，以免遮住署名和日期`, where);
  }
}

export function readSeal(db: Db): { png: Uint8Array; sha256: string; diameterMm: number; importedAt: string } | null {
  const row = get<Pick<Row<'seal'>, 'png' | 'sha256' | 'diameter_mm' | 'imported_at'>>(db, sql`SELECT png, sha256, diameter_mm, imported_at FROM seal WHERE id = 1`);
  if (!row) return null;
  return { png: new Uint8Array(row.png), sha256: row.sha256, diameterMm: row.diameter_mm, importedAt: row.imported_at };
}

export function sealView(db: Db): SealView | null {
  const seal = readSeal(db);
  if (!seal) return null;
  return { dataUrl: `data:image/png;base64,${Buffer.from(seal.png).toString('base64')}`, diameterMm: seal.diameterMm, importedAt: seal.importedAt };
}

const NO_SEAL = '尚未导入印章，请先在“设置 → 印章”中导入印章图片';

/** The seal just written, read back (a write that left none is refused, never cast away). */
function writtenSeal(db: Db): SealView {
  const view = sealView(db);
  if (!view) throw new AppError('noSeal', NO_SEAL, 'diameterMm');
  return view;
}

export function importSeal(db: Db, bytes: Uint8Array, fileName: string, diameterMm: number, who: string, at: string): SealView {
  checkSealPng(bytes, path.basename(fileName));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  run(
    db,
    sql`INSERT INTO seal (id, png, sha256, diameter_mm, imported_at, imported_by) VALUES (1, ${Buffer.from(bytes)}, ${sha256}, ${diameterMm}, ${at}, ${who})
     ON CONFLICT(id) DO UPDATE SET png = excluded.png, sha256 = excluded.sha256, diameter_mm = excluded.diameter_mm,
       imported_at = excluded.imported_at, imported_by = excluded.imported_by`,
  );
  return writtenSeal(db);
}

export function setSealDiameter(db: Db, diameterMm: number): SealView {
  const changed = run(db, sql`UPDATE seal SET diameter_mm = ${diameterMm} WHERE id = 1`).changes;
  if (changed === 0) throw new AppError('noSeal', NO_SEAL, 'diameterMm');
  return writtenSeal(db);
}

export function removeSeal(db: Db): void {
  run(db, sql`DELETE FROM seal WHERE id = 1`);
}

export function logSealUse(
  db: Db,
  use: { at: string; campaignId: string; kind: DocumentKind; title: string; file: string; by: string; sealSha256: string; blanks?: { labels: string[]; reason: string } | null },
): void {
  const blanksJson = use.blanks ? JSON.stringify(use.blanks.labels) : null;
  run(
    db,
    sql`INSERT INTO seal_use (at, campaign_id, kind, title, file, by, seal_sha256, blanks_json, blanks_reason)
     VALUES (${use.at}, ${use.campaignId}, ${use.kind}, ${use.title}, ${use.file}, ${use.by}, ${use.sealSha256}, ${blanksJson}, ${use.blanks?.reason ?? null})`,
  );
}

export const SEAL_LOG_PAGE = 50;

/** Newest first, 50 to a page. */
export function sealLog(db: Db, page = 1): { rows: SealUse[]; total: number } {
  const total = value<number>(db, sql`SELECT count(*) FROM seal_use`) ?? 0;
  // The campaign a use names always exists (seal_use.campaign_id references it, ON DELETE RESTRICT).
  const rows = all<Omit<SealUse, 'blanks'> & { blanksJson: string | null; reason: string | null }>(
    db,
    sql`SELECT u.id, u.at, u.campaign_id AS campaignId, ${campaignTitle(sql`u.campaign_id`)} AS campaignTitle, u.kind, u.title, u.file, u.by,
              u.blanks_json AS blanksJson, u.blanks_reason AS reason
       FROM seal_use u ORDER BY u.at DESC, u.id DESC LIMIT ${SEAL_LOG_PAGE} OFFSET ${(page - 1) * SEAL_LOG_PAGE}`,
  );
  return {
    rows: rows.map(({ blanksJson, reason, ...r }) => ({ ...r, blanks: blanksJson ? { labels: JSON.parse(blanksJson) as string[], reason: reason ?? '' } : null })),
    total,
  };
}
