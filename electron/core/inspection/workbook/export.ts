// Department workbooks (科室自查表): one .xlsx per department with the items
// assigned to it in a round, for the department to fill in and send back.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/errors';
import type { RoundElementView } from '../../../../shared/inspection';
import type { WorkbookExport } from '../../../../shared/workbook';
import { campaignRevision as campaignRevisionOf } from '../../campaigns/reads';
import type { Db } from '../../db/open';
import { writeFault, writeFileAtomic } from '../../files';
import { getOrg } from '../../org/org';
import { assertOpen, getRoundDetail } from '../rounds';
import { writeHidden } from './hidden';
import {
  FIRST_ITEM_ROW, HEADER_ROW, SHEET, UNASSIGNED, buildLayout, canonical, formBlanksOf, itemCellText, normalizeText, rolesOf, safeFileName,
  sha256, textHash, type Column,
} from './layout';
import { buildSheet } from './sheet';

export interface ExportOptions {
  /** Only these departments; all departments with items (and 未分配) when absent. */
  departmentIds?: number[];
  at: string;
}

interface Target {
  departmentId: number | null;
  department: string;
  elements: RoundElementView[];
}

function targetsOf(db: Db, elements: RoundElementView[], departmentIds: number[] | undefined): Target[] {
  const departments = getOrg(db).departments;
  const byDept = new Map<number | null, RoundElementView[]>();
  for (const e of elements) {
    const list = byDept.get(e.departmentId);
    if (list) list.push(e);
    else byDept.set(e.departmentId, [e]);
  }
  if (departmentIds) {
    for (const id of departmentIds) {
      if (!departments.some((d) => d.id === id)) throw new AppError('departmentNotFound', `编号为 ${id} 的科室不存在`, 'departmentIds');
    }
  }
  const chosen = departmentIds ? departments.filter((d) => departmentIds.includes(d.id)) : departments;
  const out: Target[] = chosen
    .filter((d) => byDept.has(d.id))
    .map((d) => ({ departmentId: d.id, department: d.name, elements: byDept.get(d.id) ?? [] }));
  const unassigned = byDept.get(null);
  if (!departmentIds && unassigned) out.push({ departmentId: null, department: UNASSIGNED, elements: unassigned });
  return out;
}


async function workbookOf(t: Target, common: { title: string; dueOn: string | null; layout: Column[]; roundId: number; campaignId: string; campaignRevision: number; at: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '自查通';
  wb.created = new Date(common.at);
  wb.modified = new Date(common.at);
  await buildSheet(wb, { title: common.title, department: t.department, dueOn: common.dueOn, layout: common.layout, elements: t.elements });
  writeHidden(wb, {
    roundId: common.roundId,
    campaignId: common.campaignId,
    campaignRevision: common.campaignRevision,
    departmentId: t.departmentId,
    department: t.department,
    exportedAt: common.at,
    sheet: SHEET,
    headerRow: HEADER_ROW,
    columns: common.layout.map(({ key, letter, header }) => ({ key, letter, header })),
    items: t.elements.map((e, i) => ({
      elementId: e.elementId,
      row: FIRST_ITEM_ROW + i,
      kind: e.question.kind,
      revision: e.answerRevision,
      textSha256: textHash(itemCellText(e)),
      valueSha256: sha256(canonical(e.answer)),
      noteSha256: sha256(normalizeText(e.answerNote)),
    })),
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function exportWorkbooks(db: Db, roundId: number, outDir: string, options: ExportOptions): Promise<WorkbookExport[]> {
  // Workbooks are for filling in; an archived round cannot take them back.
  assertOpen(db, roundId);
  const detail = getRoundDetail(db, roundId);
  const elements = detail.elements.filter((e) => e.applicable && !e.retired);
  const targets = targetsOf(db, elements, options.departmentIds);
  if (targets.length === 0) throw new AppError('nothingToExport', '所选科室在本轮自查中没有需要填写的检查项', 'departmentIds');
  const campaignRevision = campaignRevisionOf(db, detail.round.campaignId);
  const common = {
    title: `${detail.round.campaignTitle}——${detail.round.name}科室自查表`,
    dueOn: detail.round.dueOn,
    layout: buildLayout(rolesOf(elements), formBlanksOf(elements)),
    roundId,
    campaignId: detail.round.campaignId,
    campaignRevision,
    at: options.at,
  };
  try {
    fs.mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw writeFault(e, outDir, '科室自查表') ?? e;
  }
  const used = new Set<string>();
  const out: WorkbookExport[] = [];
  for (const t of targets) {
    let name = safeFileName(`自查表-${detail.round.name}-${t.department}`);
    // Two departments of the same name still get a file each.
    if (used.has(name)) name = `${name}-${t.departmentId ?? 0}`;
    used.add(name);
    const file = path.join(outDir, `${name}.xlsx`);
    const written = writeFileAtomic(file, await workbookOf(t, common));
    out.push({ departmentId: t.departmentId, department: t.department, file: written, items: t.elements.length });
  }
  return out;
}
