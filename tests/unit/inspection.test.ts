// Rounds and answers on a real SQLite file: every answer kind with its validation,
// applicability, assignment, progress, closing and reopening.
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../shared/inspection';
import { applyAnswerChanges, saveAnswer } from '../../electron/core/inspection/answers';
import { exportCampaignText, putCampaign } from '../../electron/core/campaigns/catalog';
import { assignElements, closeRound, createRound, getRoundDetail, listRounds, reopenRound, setApplicable } from '../../electron/core/inspection/rounds';
import { dumpTables } from '../support/temp';
import { AT, guangxiRound } from '../support/round';

const answer = (value: AnswerValue | null, note = '') => ({ value, note });

describe('a round of self-inspection', () => {
  it('asks every checklist item and every task, all applicable, none answered', async () => {
    const { db, round } = await guangxiRound();
    expect(round.progress).toEqual({ answered: 0, applicable: 37 });
    const detail = getRoundDetail(db, round.id);
    expect(detail.elements.filter((e) => e.kind === 'item')).toHaveLength(33);
    expect(detail.elements.filter((e) => e.kind === 'task').every((e) => e.question.kind === 'progress')).toBe(true);
    expect(detail.byGroup.map((g) => g.applicable)).toEqual([25, 4, 4, 4]);
    expect(detail.events).toEqual([{ at: AT, kind: 'opened', by: '王芳', reason: '' }]);
    expect(listRounds(db, 'gx-2020-special').map((r) => r.id)).toEqual([round.id]);
    db.close();
  });

  it.each<[string, string, AnswerValue]>([
    ['有/无', 'cl2-i3', { kind: 'yesno', value: '无' }],
    ['抽查/违法违规', 'cl2-i1', { kind: 'sampled', sampled: 20, violating: 2 }],
    ['金额（万元）', 'cl2-i28', { kind: 'amount', fen: 12_345_600 }],
    ['分类人数', 'cl2-i32', { kind: 'persons', byRole: { 医师: 1, 护士: 0, 其他人员: 2 } }],
    ['推进情况', 't1', { kind: 'progress', status: '推进中', done: '已召开专题会议' }],
  ])('saves a %s answer and counts it', async (_kind, elementId, value) => {
    const { db, round } = await guangxiRound();
    expect(saveAnswer(db, round.id, { elementId, ...answer(value, '见附件') }, '王芳', AT)).toBe(1);
    const e = getRoundDetail(db, round.id).elements.find((x) => x.elementId === elementId);
    expect(e).toMatchObject({ answer: value, answerNote: '见附件', answerRevision: 1, updatedBy: '王芳' });
    expect(getRoundDetail(db, round.id).round.progress.answered).toBe(1);
    expect(saveAnswer(db, round.id, { elementId, ...answer(value, '见附件') }, '李强', AT)).toBe(1);
    db.close();
  });

  it.each<[string, string, unknown, RegExp]>([
    ['violations above the sample', 'cl2-i1', { kind: 'sampled', sampled: 5, violating: 6 }, /违法违规人数不能超过抽查人数/],
    ['a negative count', 'cl2-i1', { kind: 'sampled', sampled: -1, violating: 0 }, /不能为负数/],
    ['a fractional count', 'cl2-i30', { kind: 'persons', byRole: { 医师: 1.5 } }, /整数/],
    ['a negative amount', 'cl2-i28', { kind: 'amount', fen: -100 }, /不小于 0/],
    ['more than 4 decimals of 万元', 'cl2-i28', { kind: 'amount', fen: 1 }, /最多 4 位小数/],
    ['the wrong kind', 'cl2-i3', { kind: 'count', count: 3 }, /应按“有\/无”作答/],
    ['a role the item does not have', 'cl2-i30', { kind: 'persons', byRole: { 药师: 1 } }, /没有“药师”这一类/],
    ['a yes/no outside 有/无', 'cl2-i3', { kind: 'yesno', value: '是' }, /取值不对，应为 "有" 或 "无"/],
  ])('refuses %s in Chinese and saves nothing', async (_name, elementId, value, message) => {
    const { db, round } = await guangxiRound();
    const before = dumpTables(db);
    expect(() => saveAnswer(db, round.id, { elementId, value: value as AnswerValue, note: '' }, '王芳', AT)).toThrow(message);
    expect(dumpTables(db)).toBe(before);
    db.close();
  });

  it('applies a batch all-or-nothing', async () => {
    const { db, round } = await guangxiRound();
    const before = dumpTables(db);
    expect(() =>
      applyAnswerChanges(db, round.id, [
        { elementId: 'cl2-i3', ...answer({ kind: 'yesno', value: '有' }) },
        { elementId: 'cl2-i1', ...answer({ kind: 'sampled', sampled: 1, violating: 3 }) },
      ], '王芳', AT),
    ).toThrow(/第 1 项/);
    expect(dumpTables(db)).toBe(before);
    db.close();
  });

  it('marks items 不适用 with a reason, and progress counts only what applies', async () => {
    const { db, round } = await guangxiRound();
    expect(() => setApplicable(db, round.id, ['cl2-i12'], false, '  ')).toThrow(/须填写原因/);
    setApplicable(db, round.id, ['cl2-i12', 'cl2-i11'], false, '本院未开展器官移植');
    expect(() => saveAnswer(db, round.id, { elementId: 'cl2-i12', ...answer({ kind: 'yesno', value: '无' }) }, '王芳', AT)).toThrow(/不适用/);
    const detail = getRoundDetail(db, round.id);
    expect(detail.round.progress.applicable).toBe(35);
    expect(detail.elements.find((e) => e.elementId === 'cl2-i12')).toMatchObject({ applicable: false, notApplicableReason: '本院未开展器官移植' });
    db.close();
  });

  it('assigns items to departments and shows progress per department', async () => {
    const { db, round, departments } = await guangxiRound();
    assignElements(db, round.id, ['cl2-i1', 'cl2-i2', 'cl2-i3'], departments.medical, null);
    assignElements(db, round.id, ['cl2-i28'], departments.insurance, null);
    saveAnswer(db, round.id, { elementId: 'cl2-i2', ...answer({ kind: 'sampled', sampled: 20, violating: 0 }) }, '王芳', AT);
    const byDept = getRoundDetail(db, round.id).byDepartment;
    expect(byDept).toEqual(
      expect.arrayContaining([
        { departmentId: departments.medical, department: '医务科', answered: 1, applicable: 3 },
        { departmentId: departments.insurance, department: '医保办', answered: 0, applicable: 1 },
        { departmentId: null, department: '未分配', answered: 0, applicable: 33 },
      ]),
    );
    expect(() => assignElements(db, round.id, ['cl2-i1'], 999, null)).toThrow(/科室不存在/);
    expect(() => assignElements(db, round.id, ['nope'], null, null)).toThrow(/没有编号为“nope”/);
    db.close();
  });

  it('is read-only when closed and can be reopened with a reason', async () => {
    const { db, round } = await guangxiRound();
    closeRound(db, round.id, '王芳', AT);
    expect(() => saveAnswer(db, round.id, { elementId: 'cl2-i3', ...answer({ kind: 'yesno', value: '无' }) }, '王芳', AT)).toThrow(/已归档/);
    expect(() => closeRound(db, round.id, '王芳', AT)).toThrow(/已归档/);
    expect(() => reopenRound(db, round.id, '', '王芳', AT)).toThrow(/须填写原因/);
    reopenRound(db, round.id, '补充医保办材料', '李强', AT);
    saveAnswer(db, round.id, { elementId: 'cl2-i3', ...answer({ kind: 'yesno', value: '无' }) }, '李强', AT);
    expect(getRoundDetail(db, round.id).events.map((e) => [e.kind, e.reason])).toEqual([['opened', ''], ['closed', ''], ['reopened', '补充医保办材料']]);
    db.close();
  });
});

describe('answer kinds the built-in campaigns do not use', () => {
  it('saves counts with their unit and free text, and refuses what breaks them', async () => {
    const { db } = await guangxiRound();
    const c = JSON.parse(exportCampaignText(db, 'gx-2020-special').text);
    c.id = 'count-and-text';
    c.title = '计数与文字说明测试';
    c.docNumber = null;
    c.checklists[0].groups.push({
      id: 'g-extra',
      title: '补充事项',
      items: [
        { id: 'i-count', no: '34', text: '收到投诉举报件数', answer: { kind: 'count', unit: '件' }, note: null },
        { id: 'i-text', no: '35', text: '其他需要说明的情况', answer: { kind: 'text' }, note: null },
      ],
    });
    db.transaction(() => putCampaign(db, c, 'user', AT))();
    const round = createRound(db, { campaignId: 'count-and-text', name: '测试', periodStart: null, periodEnd: null, dueOn: null }, '王芳', AT);
    saveAnswer(db, round.id, { elementId: 'i-count', ...answer({ kind: 'count', count: 3 }) }, '王芳', AT);
    saveAnswer(db, round.id, { elementId: 'i-text', ...answer({ kind: 'text', text: '无其他情况' }) }, '王芳', AT);
    const detail = getRoundDetail(db, round.id);
    expect(detail.elements.find((e) => e.elementId === 'i-count')).toMatchObject({ question: { kind: 'count', unit: '件' }, answer: { kind: 'count', count: 3 } });
    expect(() => saveAnswer(db, round.id, { elementId: 'i-count', ...answer({ kind: 'count', count: 2.5 }) }, '王芳', AT)).toThrow(/整数/);
    expect(() => saveAnswer(db, round.id, { elementId: 'i-text', ...answer({ kind: 'text', text: '   ' }) }, '王芳', AT)).toThrow(/不能为空/);
    expect(() => saveAnswer(db, round.id, { elementId: 'i-text', ...answer({ kind: 'text', text: '字'.repeat(5001) }) }, '王芳', AT)).toThrow(/5000/);
    db.close();
  });

  it('refuses a due date outside the campaign’s period, naming both, and creates nothing', async () => {
    const { db } = await guangxiRound();
    const before = listRounds(db).length;
    const make = (dueOn: string) =>
      createRound(db, { campaignId: 'gx-2020-special', name: '2022年自查', periodStart: null, periodEnd: null, dueOn }, '王芳', AT);
    expect(() => make('2022-11-30')).toThrow('完成时限 2022年11月30日 不在专项行动的期限（2020年9月1日 至 2020年12月31日）内');
    expect(() => make('2020-08-31')).toThrow(/不在专项行动的期限/);
    expect(listRounds(db)).toHaveLength(before);
    expect(make('2020-12-31').dueOn).toBe('2020-12-31');
    db.close();
  });
});
