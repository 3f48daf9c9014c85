// Builds the printable ledger (shared/ledgerDocument.ts) for a filter, exactly as
// the screen shows it: the rows, the totals of those rows, and a line that says
// what the filter was, so that a printed page says what it covers.
import { ledgerDocument, type LedgerDocument, type LedgerExportRow, type LedgerKind } from '../../../shared/ledgerDocument';
import { statusLabel, totalsOf, warningLabel, type ProblemQuery, type RectificationStatus } from '../../../shared/ledger';
import { AppError } from '../../../shared/errors';
import { campaignFileOf } from '../campaigns/catalog';
import { campaignTopic } from '../campaigns/topic';
import type { Db } from '../db/open';
import { all, sql } from '../db/sql';
import { campaignTitleOf } from '../campaigns/reads';
import { departmentNameOf } from '../org/reads';
import { getHospital } from '../org/org';
import { allProblems } from './query';

/** A printed ledger is paper: past this it is a database dump, not a ledger. */
export const MAX_EXPORT_ROWS = 100_000;

function exportRows(db: Db, q: ProblemQuery, today: string): LedgerExportRow[] {
  const rows = allProblems(db, q, today);
  if (rows.length > MAX_EXPORT_ROWS) {
    throw new AppError('tooManyRows', `筛选结果有 ${rows.length} 条，超过导出上限 ${MAX_EXPORT_ROWS} 条；请先缩小筛选范围`);
  }
  const evidence = all<{ id: number; names: string }>(
    db,
    sql`SELECT problem_id AS id, group_concat(original_name, char(10)) AS names FROM problem_evidence WHERE removed_at IS NULL GROUP BY problem_id`,
  );
  const checkers = all<{ id: number; checker: string }>(
    db,
    sql`SELECT v.problem_id AS id, v.checker FROM problem_verification v
        WHERE v.id = (SELECT max(id) FROM problem_verification WHERE problem_id = v.problem_id)`,
  );
  const names = new Map(evidence.map((r) => [r.id, r.names.split('\n')]));
  const checker = new Map(checkers.map((r) => [r.id, r.checker]));
  return rows.map((r) => ({ ...r, evidenceNames: names.get(r.id) ?? [], checker: checker.get(r.id) ?? null }));
}

function describeFilter(db: Db, q: ProblemQuery): string {
  const parts: string[] = [];
  if (q.campaignId) {
    const title = campaignTitleOf(db, q.campaignId);
    parts.push(`专项行动：${title ?? q.campaignId}`);
  }
  if (q.statuses?.length) parts.push(`状态：${q.statuses.map((s: RectificationStatus) => statusLabel[s]).join('、')}`);
  if (q.sources?.length) parts.push(`来源：${q.sources.join('、')}`);
  if (q.departmentIds?.length || q.unassigned) {
    const names = (q.departmentIds ?? []).map((id) => departmentNameOf(db, id) ?? `#${id}`);
    if (q.unassigned) names.push('未指定科室');
    parts.push(`责任科室：${names.join('、')}`);
  }
  if (q.warning) parts.push(`预警：${warningLabel[q.warning]}`);
  if (q.immediate !== undefined) parts.push(q.immediate ? '仅立行立改' : '不含立行立改');
  if (q.search?.trim()) parts.push(`关键词：“${q.search.trim()}”`);
  return parts.join('；');
}

export function buildLedgerDocument(
  db: Db,
  kind: LedgerKind,
  q: ProblemQuery,
  today: string,
  preparedBy: string,
): LedgerDocument {
  const rows = exportRows(db, q, today);
  const counts: Partial<Record<RectificationStatus, number>> = {};
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
  const totals = totalsOf(counts, rows.filter((r) => r.immediate).length);
  return ledgerDocument({
    kind,
    rows,
    totals,
    unit: getHospital(db)?.name ?? '',
    date: today,
    filter: describeFilter(db, q),
    preparedBy,
    // As the hospital's own papers name it: "2020年卫生健康行业领域突出问题专项整治".
    campaign: q.campaignId ? campaignTopic(campaignFileOf(db, q.campaignId)) : null,
  });
}
