// Filled workbooks coming back: filled as Excel and WPS save cells, re-saved by
// LibreOffice Calc, applied in one go, imported twice, and conflicting with
// answers changed in the office after the export.
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../shared/inspection';
import { saveAnswer } from '../../electron/core/inspection/answers';
import { getRoundDetail } from '../../electron/core/inspection/rounds';
import { exportWorkbooks } from '../../electron/core/inspection/workbook/export';
import { applyWorkbookPlan, planWorkbookImport } from '../../electron/core/inspection/workbook/import';
import { AT } from '../support/round';
import { assignedRound, exportFor, fill, load, resaveWithLibreOffice } from '../support/workbooks';

const LATER = '2020-10-20T10:00:00.000Z';

async function okPlan(db: Parameters<typeof planWorkbookImport>[0], file: string) {
  const plan = await planWorkbookImport(db, file);
  if (!plan.ok) throw new Error(plan.errors.map((e) => `${e.row ?? ''}${e.column ?? ''} ${e.message}`).join('\n'));
  return plan;
}

const answers = (r: Awaited<ReturnType<typeof assignedRound>>) =>
  Object.fromEntries(getRoundDetail(r.db, r.round.id).elements.filter((e) => e.answer || e.answerNote).map((e) => [e.elementId, [e.answer, e.answerNote]]));

describe('importing a filled department workbook', () => {
  it('shows the changes, applies them in one go, and a second import of the same file changes nothing', async () => {
    const r = await assignedRound();
    const file = await fill(await exportFor(r, r.departments.medical), {
      'cl2-i1': { E: 20, F: '2', Q: { richText: [{ text: '抽查' }, { text: '门诊病历', font: { bold: true } }] } },
      'cl2-i3': { D: '无' },
      t1: { O: '推进中', P: '已召开专题会议' },
    });
    const plan = await okPlan(r.db, file);
    expect(plan).toMatchObject({ roundId: r.round.id, roundName: '2020年第四季度自查', department: '医务科', unchanged: 3 });
    expect(plan.changes.map((c) => [c.elementId, c.before, c.after, c.afterNote, c.conflict])).toEqual([
      ['cl2-i1', null, { kind: 'sampled', sampled: 20, violating: 2 }, '抽查门诊病历', false],
      ['cl2-i3', null, { kind: 'yesno', value: '无' }, '', false],
      ['t1', null, { kind: 'progress', status: '推进中', done: '已召开专题会议' }, '', false],
    ]);
    expect(applyWorkbookPlan(r.db, plan, {}, '李强', LATER)).toEqual({ applied: 3, kept: 0 });
    expect(answers(r)).toEqual({
      'cl2-i1': [{ kind: 'sampled', sampled: 20, violating: 2 }, '抽查门诊病历'],
      'cl2-i3': [{ kind: 'yesno', value: '无' }, ''],
      t1: [{ kind: 'progress', status: '推进中', done: '已召开专题会议' }, ''],
    });
    const again = await okPlan(r.db, file);
    expect([again.changes, again.unchanged]).toEqual([[], 6]);
    expect(applyWorkbookPlan(r.db, again, {}, '李强', LATER)).toEqual({ applied: 0, kept: 0 });
    expect(getRoundDetail(r.db, r.round.id).elements.find((e) => e.elementId === 'cl2-i1')?.answerRevision).toBe(1);
    r.db.close();
  });

  it('reads money, persons and yes/no typed as numbers, numeric text, full-width digits and rich text', async () => {
    const r = await assignedRound();
    const file = await fill(await exportFor(r, r.departments.insurance), {
      'cl2-i17': { D: { richText: [{ text: '有' }] } },
      'cl2-i28': { G: '12.3456' },
      'cl2-i30': { I: 1 },
      'cl2-i32': { I: '１', J: 0, K: 2.0 },
    });
    const plan = await okPlan(r.db, file);
    expect(Object.fromEntries(plan.changes.map((c) => [c.elementId, c.after]))).toEqual({
      'cl2-i17': { kind: 'yesno', value: '有' },
      'cl2-i28': { kind: 'amount', fen: 12_345_600 },
      'cl2-i30': { kind: 'persons', byRole: { 医师: 1 } },
      'cl2-i32': { kind: 'persons', byRole: { 医师: 1, 护士: 0, 其他人员: 2 } },
    });
    r.db.close();
  });

  it('never clears an answer or a note with a blank cell', async () => {
    const r = await assignedRound();
    saveAnswer(r.db, r.round.id, { elementId: 'cl2-i3', value: { kind: 'yesno', value: '有' }, note: '见整改报告' }, '王芳', AT);
    const file = await fill(await exportFor(r, r.departments.medical), { 'cl2-i3': { D: null, Q: null } });
    const plan = await okPlan(r.db, file);
    expect([plan.changes, plan.unchanged]).toEqual([[], 6]);
    r.db.close();
  });

  it('imports a workbook re-saved by LibreOffice Calc exactly as the original', { timeout: 90_000 }, async () => {
    const r = await assignedRound();
    saveAnswer(r.db, r.round.id, { elementId: 'cl2-i28', value: { kind: 'amount', fen: 500_000 }, note: '=HYPERLINK("x")' }, '王芳', AT);
    const file = await fill(await exportFor(r, r.departments.insurance), {
      'cl2-i17': { D: '无', Q: '已自查' },
      'cl2-i28': { G: 0.1234 },
      'cl2-i32': { I: 3, J: 1, K: 0 },
    });
    const resaved = resaveWithLibreOffice(file);
    const wb = await load(resaved);
    // LibreOffice has no "very hidden": the sheet comes back hidden, its contents intact.
    expect(['hidden', 'veryHidden']).toContain(wb.getWorksheet('_zicha')?.state);
    const strip = (p: Awaited<ReturnType<typeof okPlan>>) => ({ changes: p.changes, unchanged: p.unchanged, department: p.department });
    const original = await okPlan(r.db, file);
    expect(original.changes).toHaveLength(3);
    expect(strip(await okPlan(r.db, resaved))).toEqual(strip(original));
    applyWorkbookPlan(r.db, await okPlan(r.db, resaved), {}, '李强', LATER);
    expect(answers(r)['cl2-i28']).toEqual([{ kind: 'amount', fen: 123_400 }, '=HYPERLINK("x")']);
    expect((await okPlan(r.db, resaved)).changes).toEqual([]);
    // Item texts mixing Chinese and Latin (QQ群) come back as rich text runs and still match.
    const [unassigned] = await exportWorkbooks(r.db, r.round.id, r.out, { at: AT }).then((f) => f.filter((x) => x.departmentId === null));
    const untouched = await okPlan(r.db, resaveWithLibreOffice(unassigned!.file));
    expect([untouched.changes, untouched.unchanged]).toEqual([[], 27]);
    r.db.close();
  });
});

describe('conflicts with answers changed after the export', () => {
  async function conflicted() {
    const r = await assignedRound();
    const save = (elementId: string, value: AnswerValue, note: string, who: string, at: string) =>
      saveAnswer(r.db, r.round.id, { elementId, value, note }, who, at);
    save('cl2-i1', { kind: 'sampled', sampled: 20, violating: 0 }, '', '王芳', AT);
    save('cl2-i3', { kind: 'yesno', value: '无' }, '', '王芳', AT);
    const exported = await exportFor(r, r.departments.medical);
    // The office changes both answers after sending the workbook out…
    save('cl2-i1', { kind: 'sampled', sampled: 20, violating: 1 }, '复查发现 1 人', '张伟', LATER);
    save('cl2-i3', { kind: 'yesno', value: '有' }, '', '张伟', LATER);
    // …and the department changes one of them too, leaves the other as exported, and answers a new one.
    const file = await fill(exported, { 'cl2-i1': { E: 25, F: 0, Q: '科室复核' }, 'cl2-i2': { E: 5, F: 0 } });
    return { r, file };
  }

  it('marks only what both sides changed as a conflict', async () => {
    const { r, file } = await conflicted();
    const plan = await okPlan(r.db, file);
    expect(plan.changes.map((c) => [c.elementId, c.conflict])).toEqual([['cl2-i1', true], ['cl2-i2', false]]);
    expect(plan.changes[0]).toMatchObject({
      before: { kind: 'sampled', sampled: 20, violating: 1 }, beforeNote: '复查发现 1 人',
      after: { kind: 'sampled', sampled: 25, violating: 0 }, afterNote: '科室复核',
      currentUpdatedBy: '张伟', currentUpdatedAt: LATER,
    });
    expect(plan.unchanged).toBe(4);
    expect(() => applyWorkbookPlan(r.db, plan, {}, '李强', LATER)).toThrow(/请逐项选择/);
    r.db.close();
  });

  it("keeps the office's answer when told 'current'", async () => {
    const { r, file } = await conflicted();
    expect(applyWorkbookPlan(r.db, await okPlan(r.db, file), { 'cl2-i1': 'current' }, '李强', LATER)).toEqual({ applied: 1, kept: 1 });
    expect(answers(r)).toMatchObject({
      'cl2-i1': [{ kind: 'sampled', sampled: 20, violating: 1 }, '复查发现 1 人'],
      'cl2-i2': [{ kind: 'sampled', sampled: 5, violating: 0 }, ''],
      'cl2-i3': [{ kind: 'yesno', value: '有' }, ''],
    });
    r.db.close();
  });

  it("takes the workbook's answer when told 'workbook'", async () => {
    const { r, file } = await conflicted();
    expect(applyWorkbookPlan(r.db, await okPlan(r.db, file), { 'cl2-i1': 'workbook' }, '李强', LATER)).toEqual({ applied: 2, kept: 0 });
    expect(answers(r)['cl2-i1']).toEqual([{ kind: 'sampled', sampled: 25, violating: 0 }, '科室复核']);
    expect(answers(r)['cl2-i3']).toEqual([{ kind: 'yesno', value: '有' }, '']);
    expect(getRoundDetail(r.db, r.round.id).elements.find((e) => e.elementId === 'cl2-i1')).toMatchObject({ answerRevision: 3, updatedBy: '李强' });
    r.db.close();
  });

  it('refuses a plan whose answers changed after the preview, changing nothing', async () => {
    const { r, file } = await conflicted();
    const plan = await okPlan(r.db, file);
    saveAnswer(r.db, r.round.id, { elementId: 'cl2-i2', value: { kind: 'sampled', sampled: 9, violating: 1 }, note: '' }, '张伟', LATER);
    const before = r.db.serialize();
    expect(() => applyWorkbookPlan(r.db, plan, { 'cl2-i1': 'workbook' }, '李强', LATER)).toThrow('数据在预览后已变化，请重新导入预览');
    expect(r.db.serialize().equals(before)).toBe(true);
    r.db.close();
  });
});
