// 川卫函〔2020〕96号 附件2 filled from a hand-counted fixture of clues and cases
// (tests/fixtures/cases/fixture.ts): every computed row, by month and by quarter;
// a case moved to another category moves its figures; the sample data feeds every row.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StatsTableView } from '../../shared/stats';
import { openCatalogDatabase } from '../../electron/core/context';
import { buildDemo } from '../../electron/core/demo/demo';
import { computeViews } from '../../electron/core/stats/service';
import { openApp, seedFixture } from '../fixtures/cases/fixture';
import { resourcesDir, tempDir } from '../support/temp';

/** Row id → the figure as printed. */
function figures(view: StatsTableView): Record<string, string> {
  return Object.fromEntries(view.sections.flatMap((s) => s.rows.map((r) => [r.id.replace('tb2-', ''), r.cells[0]?.text ?? '?'])));
}

describe('川卫函〔2020〕96号 附件2 from clues and cases', () => {
  it('fills every computed row of October 2020 as counted by hand', async () => {
    const { ctx, call } = await openApp();
    await seedFixture(call);
    const view: StatsTableView = await call('stats.compute', { campaign: '川卫函〔2020〕96号', tableId: 'tb2', period: '2020-10' });
    expect(view.title).toBe('卫生健康行业领域突出问题专项整治行动工作统计表（10月）');
    expect(view.sections.map((s) => s.rows.length)).toEqual([3, 5, 6, 13]);
    expect(figures(view)).toEqual({
      // 一、线索: 5 received in October (not 09-30, not 11-01); handled = 初步核实, 谈话函询, 予以了结 (暂存待查 and undisposed are not).
      r1: '5', r2: '3', r3: '2',
      // 二、耗材: K1 + K2 (K12 is September).
      r4: '2', r5: '12.8456', r6: '4', r7: '2', r8: '3',
      // 三、药品: K3; K4 (K13 is November).
      r9: '1', r10: '1', r11: '8', r12: '2', r13: '2', r14: '2',
      // 四、招投标 K5; 骗保 K6 K7 | K8 | K9; 医保 group K6–K10.
      r15: '1', r16: '4', r17: '100', r18: '3', r19: '2', r20: '1', r21: '1',
      r22: '', r23: '2', r24: '6.75', r25: '8', r26: '5', r27: '2',
    });
    const r22 = view.sections[3]?.rows.find((r) => r.id === 'tb2-r22')?.cells[0];
    expect(r22).toMatchObject({ basis: 'manual', value: null });
    const r5 = view.sections[1]?.rows[1]?.cells[0];
    expect(r5).toMatchObject({ basis: 'computed', traceable: true, value: 12.8456 });
    expect(r5?.how).toContain('2020-10-01 至 2020-10-31');
    expect(r5?.how).toContain('不合理使用高值医用耗材');
    expect(view.issues).toEqual([]);
    ctx.close();
  });

  it('counts a quarter and the campaign so far', async () => {
    const { ctx, call } = await openApp();
    await seedFixture(call);
    const q4 = figures(await call('stats.compute', { campaign: 'sc-2020-96', tableId: 'tb2', period: '2020-Q4' }));
    // Q4 adds the clue of 11-01 and K13 (kickbacks, 省级督办) of 11-01.
    expect(q4).toMatchObject({ r1: '6', r2: '3', r3: '3', r10: '2', r12: '3', r4: '2' });
    const all = figures(await call('stats.compute', { campaign: 'sc-2020-96', tableId: 'tb2', period: 'all' }));
    // From 2020-06-10 to today (2020-11-20): also the clue of 09-30 (拟立案审查) and K12 (耗材, 99 万元, 9 人).
    expect(all).toMatchObject({ r1: '7', r2: '4', r4: '3', r5: '111.8456', r6: '13' });
    ctx.close();
  });

  it('moves a case’s figures when its category changes', async () => {
    const { ctx, call } = await openApp();
    const ids = await seedFixture(call);
    await call('cases.update', { id: ids.get('K3'), patch: { category: 'kickbacks' } });
    const moved = figures(await call('stats.compute', { campaign: 'sc-2020-96', tableId: 'tb2', period: '2020-10' }));
    expect(moved).toMatchObject({ r9: '0', r10: '2', r12: '4', r13: '3', r14: '2' });
    await call('cases.update', { id: ids.get('K6'), patch: { category: 'consumables' } });
    const again = figures(await call('stats.compute', { campaign: 'sc-2020-96', tableId: 'tb2', period: '2020-10' }));
    // K6 (3 万元, 1 人, 1 处罚, 暂停协议) leaves 医保 for 耗材.
    expect(again).toMatchObject({ r4: '3', r5: '15.8456', r6: '5', r7: '3', r19: '1', r23: '1', r24: '3.75', r25: '7', r26: '4' });
    const detail = await call('cases.get', { id: ids.get('K6') });
    expect((detail as { history: { field: string; old: string; new: string }[] }).history).toContainEqual(
      expect.objectContaining({ field: 'category', old: 'fakeServices', new: 'consumables' }),
    );
    ctx.close();
  });

  it('lists the records behind a figure, with names only when asked', async () => {
    const { ctx, call } = await openApp();
    await call('cases.create', {
      clueId: null, campaignIds: ['sc-2020-96'], title: '耗材回扣案', category: 'consumables', openedOn: '2020-10-02', closedOn: null, amountFen: 1_000_000,
      persons: 1, penalized: 0, toDiscipline: 0, toJudicial: 0, agreementAction: null, refundFen: 0, supervision: null,
      concerned: [{ name: '张三', role: '医师', departmentId: null }], note: '',
    });
    const cell = { campaign: 'sc-2020-96', tableId: 'tb2', rowId: 'tb2-r5', columnId: '', period: '2020-10' };
    const plain = await call('stats.records', { ...cell, names: false });
    expect(plain).toMatchObject({ records: [{ kind: 'case', number: 'AJ2020-0001', contributes: '1', names: null }] });
    const named = await call('stats.records', { ...cell, names: true });
    expect(named).toMatchObject({ records: [{ names: '张三（医师）' }] });
    const list = await call('cases.list', {});
    expect(list).toMatchObject({ total: 1, rows: [{ concernedText: '张三（医师）' }] });
    ctx.close();
  });
});

describe('the sample data', () => {
  it('feeds every 川 row computed from clues and cases, answers 广西 有 and 无 as its cases say, and passes every check', async () => {
    const dir = tempDir();
    const db = await openCatalogDatabase(path.join(dir, 'demo.sqlite'), resourcesDir, () => new Date('2020-11-20T10:00:00+08:00'));
    buildDemo(db, { scale: 1, evidenceDir: path.join(dir, 'evidence') });
    const emptyCaseRows = (v: StatsTableView) => v.sections.flatMap((s) => s.rows.flatMap((r) =>
      r.cells.filter((c) => (c.measure?.source === 'clues' || c.measure?.source === 'cases') && !c.value).map(() => r.id)));
    for (const v of computeViews(db, '2020-11-20', { campaign: 'sc-2020-96', period: 'all' })) {
      expect(v.issues, `${v.tableId}`).toEqual([]);
      expect(emptyCaseRows(v), `${v.tableId}`).toEqual([]);
    }
    const gx = computeViews(db, '2020-11-20', { campaign: 'gx-2020-special', period: 'all' });
    for (const v of gx) expect(v.issues, `${v.tableId}`).toEqual([]);
    // A real self-inspection answers 无 for what the hospital did not see: the rows without
    // cases are exactly those whose checklist item says 无 (tb4's checks hold the two together).
    const answers = db.prepare("SELECT value_json FROM answer WHERE element_id LIKE 'cl2-i%' AND value_json LIKE '%yesno%'").pluck().all() as string[];
    const said = answers.map((j) => (JSON.parse(j) as { value: string }).value);
    const none = said.filter((v) => v === '无').length;
    expect(none).toBeGreaterThan(0);
    expect(said.length - none).toBeGreaterThan(0);
    const tb4 = gx.find((v) => v.tableId === 'tb4');
    expect(tb4 && emptyCaseRows(tb4).length).toBeGreaterThan(0);
    db.close();
  });
});
