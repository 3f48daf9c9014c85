// A self-check table's date, 文号 and % blanks, from the pasted notice to a department
// workbook and back: accepted as answer kinds, asked in their own columns, read back as
// a date, a 文号 and a rate, and refused in Chinese when out of range.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptProposal } from '../../electron/core/campaigns/notice/accept';
import { parseNotice } from '../../electron/core/campaigns/notice/parse';
import { openCatalogDatabase } from '../../electron/core/context';
import { saveAnswer } from '../../electron/core/inspection/answers';
import { assignElements, createRound, getRoundDetail } from '../../electron/core/inspection/rounds';
import { exportWorkbooks } from '../../electron/core/inspection/workbook/export';
import { applyWorkbookPlan, planWorkbookImport } from '../../electron/core/inspection/workbook/import';
import { addDepartment } from '../../electron/core/org/org';
import { AT } from '../support/round';
import { noticesDir, resourcesDir, tempDir } from '../support/temp';
import { fill, load } from '../support/workbooks';

async function selfCheckRound() {
  const db = await openCatalogDatabase(path.join(tempDir(), 'zicha.sqlite'), resourcesDir, () => new Date(AT));
  const name = '18-variant-box-selfcheck.txt';
  const p = parseNotice(fs.readFileSync(path.join(noticesDir, 'corpus', name), 'utf8'), name);
  const { campaign } = acceptProposal(db, { ...p, campaign: { ...p.campaign, id: 'selfcheck-2024', title: '廉洁从业自查表', issuers: ['某卫健委'] } }, AT, '2020-10-08');
  const items = campaign.checklists[0]!.groups.flatMap((g) => g.items);
  const department = addDepartment(db, '医务科', '职能', 1);
  const round = createRound(db, { campaignId: campaign.id, name: '2020年自查', periodStart: null, periodEnd: null, dueOn: null }, '王芳', AT);
  assignElements(db, round.id, items.map((i) => i.id), department, null);
  const idOf = (kind: string) => items.find((i) => i.answer.kind === kind)!.id;
  return { db, round, department, date: idOf('date'), docNumber: idOf('docNumber'), percent: idOf('percent') };
}

describe('date, 文号 and % answers', () => {
  it('are saved from the window, refused out of range, and exported in their own columns', async () => {
    const r = await selfCheckRound();
    saveAnswer(r.db, r.round.id, { elementId: r.date, value: { kind: 'date', date: '2020-03-05' }, note: '' }, '王芳', AT);
    expect(() => saveAnswer(r.db, r.round.id, { elementId: r.percent, value: { kind: 'percent', percent: 101 }, note: '' }, '王芳', AT)).toThrow(/不能大于 100/);
    expect(() => saveAnswer(r.db, r.round.id, { elementId: r.percent, value: { kind: 'date', date: '2020-02-30' }, note: '' }, '王芳', AT)).toThrow(/不是真实存在的日期/);
    const [file] = await exportWorkbooks(r.db, r.round.id, tempDir(), { departmentIds: [r.department], at: AT });
    const ws = (await load(file!.file)).getWorksheet('自查表')!;
    const headers = (ws.getRow(3).values as unknown[]).filter(Boolean);
    expect(headers).toEqual(expect.arrayContaining(['日期', '文号', '百分比（%）']));
    const letter = (h: string) => String.fromCharCode(64 + (ws.getRow(3).values as unknown[]).indexOf(h));
    const filled = await fill(file!.file, {
      [r.date]: { [letter('日期')]: '2020年3月6日' },
      [r.docNumber]: { [letter('文号')]: '某医发〔2020〕12号' },
      [r.percent]: { [letter('百分比（%）')]: 87.5 },
    });
    const plan = await planWorkbookImport(r.db, filled);
    if (!plan.ok) throw new Error(plan.errors.map((e) => e.message).join('\n'));
    expect(Object.fromEntries(plan.changes.map((c) => [c.elementId, c.after]))).toEqual({
      [r.date]: { kind: 'date', date: '2020-03-06' },
      [r.docNumber]: { kind: 'docNumber', number: '某医发〔2020〕12号' },
      [r.percent]: { kind: 'percent', percent: 87.5 },
    });
    applyWorkbookPlan(r.db, plan, {}, '李强', AT);
    const answers = Object.fromEntries(getRoundDetail(r.db, r.round.id).elements.map((e) => [e.elementId, e.answer]));
    expect(answers[r.percent]).toEqual({ kind: 'percent', percent: 87.5 });

    const bad = await fill(file!.file, { [r.date]: { [letter('日期')]: '三月初' }, [r.percent]: { [letter('百分比（%）')]: '120' } });
    const refused = await planWorkbookImport(r.db, bad);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.map((e) => e.message)).toEqual([expect.stringContaining('无法识别的日期“三月初”'), expect.stringContaining('百分比应为 0 到 100 之间的数')]);
    r.db.close();
  });
});
