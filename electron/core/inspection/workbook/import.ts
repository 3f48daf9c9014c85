// Taking a filled department workbook back: everything is checked first and every
// problem listed at once; nothing changes until the officer has seen the plan
// and applies it, in one transaction.
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/errors';
import { answerKindLabel, type AnswerValue, type RoundElementView, type RoundSummary } from '../../../../shared/inspection';
import type { ConflictChoice, WorkbookChange, WorkbookError, WorkbookPlan } from '../../../../shared/workbook';
import type { Db } from '../../db/open';
import type { Row } from '../../db/rows';
import { get, sql } from '../../db/sql';
import { applyAnswerChanges } from '../answers';
import { getRoundSummary, roundElements } from '../rounds';
import { cellString, readRow } from './cells';
import { readHidden, type HiddenMeta } from './hidden';
import { HIDDEN_SHEET, canonical, inputKeys, itemCellText, sha256, textHash, type ColumnKey } from './layout';
import { checkWorkbookFile, loadWorkbookForReading, truncatedSheets } from './safety';

type Plan = Extract<WorkbookPlan, { ok: true }>;

/** The revision each planned change saw, while the plan object lives in this process. */
const seenRevision = new WeakMap<WorkbookChange, number>();

const short = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

export async function planWorkbookImport(db: Db, file: string): Promise<WorkbookPlan> {
  const name = path.basename(file);
  const errors: WorkbookError[] = [];
  const at = (sheet: string | null, row: number | null, column: string | null, message: string) =>
    errors.push({ file: name, sheet, row, column, message });
  const failed = (): WorkbookPlan => ({ ok: false, file: name, errors });
  const checked = await checkWorkbookFile(file);
  if (!checked.ok) return at(null, null, null, checked.message), failed();
  let wb: ExcelJS.Workbook;
  try {
    // A dropdown over a whole column would otherwise be expanded cell by cell.
    wb = await loadWorkbookForReading(checked.buffer);
  } catch {
    return at(null, null, null, '文件已损坏，无法作为 .xlsx 工作簿读取'), failed();
  }
  const cut = [...(truncatedSheets.get(wb) ?? new Map<string, number>())];
  if (cut.length > 0) {
    for (const [sheet, kept] of cut) at(sheet, kept, null, `工作表“${sheet}”超过 ${kept} 行，不像是科室自查表（导出的表只有检查项各一行）；请删除多出的行，或使用导出的原表填写`);
    return failed();
  }
  const meta = readHidden(wb, name);
  if ('message' in meta) return errors.push(meta), failed();
  const keyAt = (key: string, message: string) => at(HIDDEN_SHEET, meta.keyRows[key] ?? null, 'B', message);
  let round: RoundSummary;
  try {
    round = getRoundSummary(db, meta.roundId);
  } catch {
    return keyAt('roundId', `自查表所属的自查轮次（编号 ${meta.roundId}）已不存在；请从当前的自查轮次重新导出科室自查表`), failed();
  }
  if (round.campaignId !== meta.campaignId) {
    return keyAt('campaignId', `自查表属于专项行动“${meta.campaignId}”，与自查轮次“${round.name}”的专项行动“${round.campaignId}”不一致；请重新导出`), failed();
  }
  if (round.status === 'closed') keyAt('roundId', `自查轮次“${round.name}”已归档，不能导入；如需修改，请先重新打开该轮次`);
  const ws = wb.getWorksheet(meta.sheet);
  if (!ws) return at(null, null, null, `找不到工作表“${meta.sheet}”（可能被改名或删除）`), failed();
  for (const c of meta.columns) {
    const header = cellString(ws.getCell(`${c.letter}${meta.headerRow}`));
    if (header !== c.header) at(ws.name, meta.headerRow, c.letter, `表头应为“${c.header}”，现为“${short(header)}”；请勿增删或移动列`);
  }
  // With the columns moved every value would be read from the wrong place.
  if (errors.some((e) => e.row === meta.headerRow && e.sheet === ws.name)) return failed();
  const changes = planItems(meta, ws, roundElements(db, round.id, round.campaignId), at);
  extraRows(meta, ws, at);
  if (errors.length) return failed();
  return {
    ok: true,
    file: name,
    sha256: sha256(checked.buffer),
    roundId: round.id,
    roundName: round.name,
    campaignTitle: round.campaignTitle,
    department: meta.department,
    changes: changes.list,
    unchanged: changes.unchanged,
  };
}

/** Rows below the header that are no exported item (added, or pasted in repeatedly) are errors, not ignored. */
function extraRows(meta: HiddenMeta, ws: ExcelJS.Worksheet, at: (sheet: string | null, row: number | null, column: string | null, message: string) => void): void {
  const items = new Set(meta.items.map((i) => i.row));
  const extra: number[] = [];
  ws.eachRow((_row, r) => {
    if (r > meta.headerRow && !items.has(r)) extra.push(r);
  });
  const LISTED = 5;
  for (const r of extra.slice(0, LISTED)) at(ws.name, r, null, `第 ${r} 行不是导出的检查项（表中多出的行）；请删除该行，或把内容写到对应检查项的说明中`);
  const more = extra.length - LISTED;
  if (more > 0) at(ws.name, extra[LISTED] ?? null, null, `另有 ${more} 行多出的行（第 ${extra[LISTED]} 行至第 ${extra.at(-1)} 行），不是导出的检查项；请删除后再导入`);
}

function planItems(
  meta: HiddenMeta,
  ws: ExcelJS.Worksheet,
  elements: RoundElementView[],
  at: (sheet: string | null, row: number | null, column: string | null, message: string) => void,
): { list: WorkbookChange[]; unchanged: number } {
  const byId = new Map(elements.map((e) => [e.elementId, e]));
  const letterOf = new Map<ColumnKey, string>(meta.columns.map((c) => [c.key, c.letter]));
  const keys = meta.columns.map((c) => c.key);
  const textLetter = letterOf.get('text') ?? 'B';
  const otherTexts = new Set(meta.items.map((i) => i.textSha256));
  const seen = new Set<string>();
  const list: WorkbookChange[] = [];
  let unchanged = 0;
  for (const item of meta.items) {
    const e = byId.get(item.elementId);
    if (!e || e.retired || seen.has(item.elementId)) {
      at(HIDDEN_SHEET, item.metaRow, 'B', seen.has(item.elementId) ? `检查项“${item.elementId}”重复出现` : `检查项“${item.elementId}”不在本轮自查中（专项行动可能已修订）；请重新导出`);
      continue;
    }
    seen.add(item.elementId);
    const rowText = cellString(ws.getCell(`${textLetter}${item.row}`));
    if (textHash(rowText) !== item.textSha256) {
      const moved = !rowText || otherTexts.has(textHash(rowText));
      at(ws.name, item.row, textLetter, moved
        ? `缺少第 ${e.no} 项“${short(e.text)}”所在的行（行被删除或移动）；请使用导出的原表填写`
        : `第 ${e.no} 项的检查内容被修改；检查内容不能改动，请恢复原文或重新导出`);
      continue;
    }
    if (textHash(itemCellText(e)) !== item.textSha256 || e.question.kind !== item.kind) {
      at(ws.name, item.row, textLetter, `第 ${e.no} 项在导出后已修订（现按“${answerKindLabel[e.question.kind]}”填报）；请重新导出科室自查表`);
      continue;
    }
    const read = readRow(e.question, (key) => {
      const letter = letterOf.get(key);
      return letter ? ws.getCell(`${letter}${item.row}`) : null;
    }, keys);
    for (const err of read.errors) at(ws.name, item.row, letterOf.get(err.key) ?? null, `第 ${e.no} 项：${err.message}`);
    if (read.errors.length) continue;
    // A blank cell means "no answer given", never "clear the answer"; what still equals
    // the exported state was not touched by the department and must not undo newer work.
    const valueTouched = read.value !== null && sha256(canonical(read.value)) !== item.valueSha256;
    const noteTouched = read.note !== '' && sha256(read.note) !== item.noteSha256;
    const after: AnswerValue | null = valueTouched ? read.value : e.answer;
    const afterNote = noteTouched ? read.note : e.answerNote;
    if (canonical(after) === canonical(e.answer) && afterNote === e.answerNote) {
      unchanged += 1;
      continue;
    }
    if (!e.applicable) {
      const key = inputKeys(e.question)[0] ?? 'note';
      at(ws.name, item.row, letterOf.get(key) ?? null, `第 ${e.no} 项已标记为不适用（${e.notApplicableReason}），不能填写`);
      continue;
    }
    const change: WorkbookChange = {
      elementId: e.elementId,
      no: e.no,
      text: e.text,
      before: e.answer,
      beforeNote: e.answerNote,
      after,
      afterNote,
      conflict: e.answerRevision > item.revision,
      currentUpdatedBy: e.updatedBy,
      currentUpdatedAt: e.updatedAt,
    };
    seenRevision.set(change, e.answerRevision);
    list.push(change);
  }
  return { list, unchanged };
}

type AnswerRow = Pick<Row<'answer'>, 'value_json' | 'note' | 'revision' | 'updated_at' | 'updated_by'>;

/** True when the answer is still exactly what the plan saw. */
function unchangedSincePlan(row: AnswerRow | undefined, c: WorkbookChange): boolean {
  const revision = seenRevision.get(c);
  if (revision !== undefined && (row?.revision ?? 0) !== revision) return false;
  if (!row) return c.before === null && c.beforeNote === '' && c.currentUpdatedAt === null;
  const value = row.value_json === null ? null : (JSON.parse(row.value_json) as AnswerValue);
  return canonical(value) === canonical(c.before) && row.note === c.beforeNote && row.updated_at === c.currentUpdatedAt && row.updated_by === c.currentUpdatedBy;
}

export function applyWorkbookPlan(db: Db, plan: Plan, choices: Record<string, ConflictChoice>, who: string, at: string): { applied: number; kept: number } {
  const open = plan.changes.filter((c) => c.conflict && !choices[c.elementId]);
  if (open.length) {
    throw new AppError('conflictUnresolved', `有 ${open.length} 项（第 ${open.map((c) => c.no).join('、')} 项）在导出后已被修改且与自查表不同，请逐项选择保留哪一边`);
  }
  const chosen = plan.changes.filter((c) => !c.conflict || choices[c.elementId] === 'workbook');
  const current = (elementId: string) =>
    get<AnswerRow>(db, sql`SELECT value_json, note, revision, updated_at, updated_by FROM answer WHERE round_id = ${plan.roundId} AND element_id = ${elementId}`);
  db.transaction(() => {
    for (const c of chosen) {
      if (!unchangedSincePlan(current(c.elementId), c)) {
        throw new AppError('planStale', '数据在预览后已变化，请重新导入预览', c.elementId);
      }
    }
    applyAnswerChanges(db, plan.roundId, chosen.map((c) => ({ elementId: c.elementId, value: c.after, note: c.afterNote })), who, at);
  })();
  return { applied: chosen.length, kept: plan.changes.length - chosen.length };
}
