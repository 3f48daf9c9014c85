// Clues and cases on a real SQLite file: numbering, disposal, links to problems,
// history of every change, whole numbers and non-negative amounts refused in Chinese
// by the schema, the core and the database alike, and nothing half-written.
import { describe, expect, it } from 'vitest';
import { openApp, caseInput, CASES } from '../fixtures/cases/fixture';
import { dumpTables } from '../support/temp';

const K1 = CASES[0] ?? { key: 'K1', category: 'consumables' as const, openedOn: '2020-10-02', persons: 3 };

const clue = {
  receivedOn: '2020-10-03', channel: '信访举报', summary: '反映骨科医生收受耗材回扣', campaignIds: ['sc-2020-96'],
  concerned: [{ name: '张三', role: '医师', departmentId: null }, { name: '李四', role: '护士', departmentId: null }], note: '',
};

describe('clues', () => {
  it('registers, disposes and links a clue, keeping its history', async () => {
    const { ctx, call } = await openApp();
    const made = (await call('cases.createClue', clue)) as { clue: { id: number; number: string; concernedText: string } };
    expect(made.clue).toMatchObject({ number: 'XS2020-0001', concernedText: '张三（医师）、李四（护士）' });
    const id = made.clue.id;
    const problem = (await call('ledger.create', {
      source: '信访举报', campaignId: 'sc-2020-96', category: '医德医风', description: '收受回扣', departmentId: null, personId: null,
      foundOn: '2020-10-10', amountFen: 0, note: '', measures: '', deadline: null, immediate: false,
    })) as { problem: { id: number } };
    await call('cases.disposeClue', { id, disposal: '初步核实', disposedOn: '2020-10-08', outcome: '部分属实' });
    await call('cases.updateClue', { id, patch: { problemIds: [problem.problem.id], summary: '反映骨科医生收受耗材回扣（补充材料）' } });
    const kase = (await call('cases.create', { ...caseInput(K1), clueId: id })) as { case: { clueNumber: string } };
    expect(kase.case.clueNumber).toBe('XS2020-0001');
    const detail = (await call('cases.getClue', { id })) as Record<string, unknown>;
    expect(detail).toMatchObject({
      clue: { disposal: '初步核实', disposedOn: '2020-10-08', outcome: '部分属实', problemCount: 1, caseCount: 1 },
      problems: [{ description: '收受回扣' }],
      cases: [{ title: 'K1 案' }],
    });
    expect((detail.history as { field: string }[]).map((h) => h.field)).toEqual(['created', 'disposal', 'disposedOn', 'outcome', 'summary', 'problems']);
    const list = (await call('cases.listClues', { disposals: ['none'] })) as { total: number };
    expect(list.total).toBe(0);
    expect(((await call('cases.listClues', { search: '李四' })) as { total: number }).total).toBe(1);
    ctx.close();
  });

  it('refuses a disposal before the clue arrived, and a problem that does not exist, changing nothing', async () => {
    const { ctx, call, refused } = await openApp();
    const { clue: { id } } = (await call('cases.createClue', clue)) as { clue: { id: number } };
    const before = dumpTables(ctx.db);
    expect(await refused('cases.disposeClue', { id, disposal: '予以了结', disposedOn: '2020-10-01', outcome: null })).toContain('不能早于收到日期');
    expect(await refused('cases.updateClue', { id, patch: { problemIds: [999] } })).toContain('没有编号为 999 的问题');
    expect(await refused('cases.disposeClue', { id, disposal: '立案', disposedOn: '2020-10-05', outcome: null })).toContain('disposal');
    expect(dumpTables(ctx.db)).toBe(before);
    ctx.close();
  });
});

describe('cases', () => {
  it('keeps counts whole and amounts non-negative, in the schema, the core and the database', async () => {
    const { ctx, call, refused } = await openApp();
    const base = caseInput(K1);
    expect(await refused('cases.create', { ...base, persons: 1.5 })).toContain('涉及人员人次应为整数');
    expect(await refused('cases.create', { ...base, amountFen: -1 })).toContain('涉案金额不能为负数');
    expect(await refused('cases.create', { ...base, penalized: 5 })).toContain('行政处罚人次（5）不能超过涉及人员人次（3）');
    expect(await refused('cases.create', { ...base, closedOn: '2020-09-01' })).toContain('结案日期（2020-09-01）不能早于立案日期');
    expect(await refused('cases.create', { ...base, openedOn: '2020-02-30' })).toContain('不是有效日期');
    const { case: made } = (await call('cases.create', base)) as { case: { id: number; number: string } };
    expect(made.number).toBe('AJ2020-0001');
    expect(() => ctx.db.prepare('UPDATE case_record SET amount_fen = -5 WHERE id = ?').run(made.id)).toThrow(/CHECK/);
    expect(() => ctx.db.prepare('UPDATE case_record SET penalized = 99 WHERE id = ?').run(made.id)).toThrow(/CHECK/);
    expect(await refused('cases.update', { id: made.id, patch: { persons: 1 } })).toContain('不能超过涉及人员人次（1）');
    await call('cases.update', { id: made.id, patch: { concerned: [{ name: '王五', role: '药师', departmentId: null }] } });
    const detail = (await call('cases.get', { id: made.id })) as { concerned: { name: string }[]; history: { field: string }[] };
    expect(detail.concerned.map((p) => p.name)).toEqual(['王五']);
    expect(detail.history.map((h) => h.field)).toEqual(['created', 'concerned']);
    await call('cases.delete', { id: made.id });
    expect(((await call('cases.list', {})) as { total: number }).total).toBe(0);
    ctx.close();
  });
});

describe('campaign links', () => {
  it('keeps zero or more campaigns per clue and case, filters lists by them, and clears the upgrade review on save', async () => {
    const { ctx, call, refused } = await openApp();
    const { clue: c } = (await call('cases.createClue', { ...clue, campaignIds: ['sc-2020-96', 'gx-2020-special'] })) as { clue: { id: number; campaignIds: string[] } };
    expect(c.campaignIds).toEqual(['gx-2020-special', 'sc-2020-96']);
    const other = (await call('cases.createClue', { ...clue, campaignIds: [] })) as { clue: { id: number } };
    expect(await refused('cases.updateClue', { id: c.id, patch: { campaignIds: ['no-such'] } })).toContain('所选专项行动“no-such”不存在');
    await call('cases.updateClue', { id: c.id, patch: { campaignIds: ['gx-2020-special'] } });
    const detail = (await call('cases.getClue', { id: c.id })) as { clue: { campaignIds: string[] }; history: { field: string; old: string; new: string }[] };
    expect(detail.clue.campaignIds).toEqual(['gx-2020-special']);
    expect(detail.history.at(-1)).toMatchObject({ field: 'campaignIds', old: '["gx-2020-special","sc-2020-96"]', new: '["gx-2020-special"]' });
    const ids = async (q: Record<string, unknown>) => ((await call('cases.listClues', q)) as { rows: { id: number }[] }).rows.map((r) => r.id);
    expect(await ids({ campaign: 'gx-2020-special' })).toEqual([c.id]);
    expect(await ids({ campaign: 'sc-2020-96' })).toEqual([]);
    expect(await ids({ campaign: 'none' })).toEqual([other.clue.id]);

    const kase = (await call('cases.create', { ...caseInput(K1), campaignIds: ['sc-2020-96'] })) as { case: { id: number; campaignIds: string[] } };
    expect(kase.case.campaignIds).toEqual(['sc-2020-96']);
    // A record an upgrade could not place: listed under 'review' until its campaigns are saved, even as none.
    ctx.db.prepare("INSERT INTO campaign_link_review (kind, record_id, candidates) VALUES ('case', ?, '[\"sc-2020-96\"]')").run(kase.case.id);
    expect(await call('cases.linkReview', undefined)).toEqual({ clues: 0, cases: 1 });
    const listed = (await call('cases.list', { campaign: 'review' })) as { rows: { id: number; review: unknown }[] };
    expect(listed.rows).toMatchObject([{ id: kase.case.id, review: { candidates: ['sc-2020-96'] } }]);
    await call('cases.update', { id: kase.case.id, patch: { campaignIds: ['sc-2020-96'] } });
    expect(await call('cases.linkReview', undefined)).toEqual({ clues: 0, cases: 0 });
    ctx.close();
  });
});
