// The table checks itself, and the checks fail when they should: a fraction where
// the unit counts things, a part above its total, two tables that disagree about
// the same cases, Annex 4 against the Annex 2 checklist answers, a sub-row above its
// parent in a user campaign; hand figures keep who and when.
import { describe, expect, it } from 'vitest';
import type { StatsTableView } from '../../shared/stats';
import { openApp, seedFixture } from '../fixtures/cases/fixture';

const row = (v: StatsTableView, id: string) => v.sections.flatMap((s) => s.rows).find((r) => r.id === id);
const messages = (v: StatsTableView) => v.issues.map((i) => i.message);
/** Leaves out "no self-inspection round in the period", which tests without a round expect. */
const checks = (v: StatsTableView) => v.issues.filter((i) => i.rule !== 'setup').map((i) => i.message);
const HOSPITAL = { name: '示例医院', level: '三级甲等', category: '综合医院', ownership: '公立', region: '广西示例市' };

describe('statistics checks', () => {
  it('wants whole numbers for 家 and keeps who entered a figure and when', async () => {
    const { ctx, call } = await openApp();
    await call('org.setOperator', { operator: '李敏' });
    const cell = { campaign: 'sc-2020-96', tableId: 'tb2', rowId: 'tb2-r22', columnId: '', period: '2020-10' };
    let v: StatsTableView = await call('stats.setManual', { ...cell, value: '2.5' });
    expect(row(v, 'tb2-r22')?.cells[0]).toMatchObject({ basis: 'manual', value: 2.5, entered: { by: '李敏', at: '2020-11-20T02:00:00.000Z' } });
    expect(row(v, 'tb2-r22')?.cells[0]?.issues).toEqual([expect.stringContaining('单位是“家”，应为整数，现为 2.5')]);
    v = await call('stats.setManual', { ...cell, value: '2' });
    expect(v.issues).toEqual([]);
    // Another period has its own figure.
    const nov: StatsTableView = await call('stats.compute', { campaign: 'sc-2020-96', tableId: 'tb2', period: '2020-11' });
    expect(row(nov, 'tb2-r22')?.cells[0]?.value).toBeNull();
    const history = ctx.db.prepare('SELECT old, new, by FROM stat_figure_history ORDER BY id').all();
    expect(history).toEqual([{ old: null, new: '2.5', by: '李敏' }, { old: '2.5', new: '2', by: '李敏' }]);
    ctx.close();
  });

  it('refuses a figure that is not a number, naming the row', async () => {
    const { ctx, refused } = await openApp();
    const cell = { campaign: 'sc-2020-96', tableId: 'tb2', rowId: 'tb2-r24', columnId: '', period: '2020-10' };
    expect(await refused('stats.setManual', { ...cell, value: '-3' })).toMatch(/“医保违法违规行为”的单位是万元/);
    expect(await refused('stats.setManual', { ...cell, value: '1', period: '2020-13' })).toMatch(/月份应在 01 到 12 之间/);
    expect(await refused('stats.setManual', { ...cell, value: '1', rowId: 'tb2-r99' })).toMatch(/没有编号为“tb2-r99”的行/);
    ctx.close();
  });

  it('flags a part above its total, and goes back to the computed figure', async () => {
    const { ctx, call } = await openApp();
    await seedFixture(call);
    const cell = { campaign: 'sc-2020-96', tableId: 'tb2', rowId: 'tb2-r7', columnId: '', period: '2020-10' };
    await call('stats.setMeasure', { ...cell, measure: null });
    const v: StatsTableView = await call('stats.setManual', { ...cell, value: '9' });
    expect(messages(v)).toEqual(['第 4 项“违反指征、指南使用耗材；滥用、冒用、虚记、错记等…—行政处罚”（9）不能超过第 3 项“违反指征、指南使用耗材；滥用、冒用、虚记、错记等…—涉及人员”（4）']);
    const back: StatsTableView = await call('stats.setMeasure', { ...cell, measure: 'default' });
    expect(row(back, 'tb2-r7')?.cells[0]).toMatchObject({ basis: 'computed', text: '2' });
    expect(back.issues).toEqual([]);
    ctx.close();
  });

  it('counts in 附件2 and the 广西 附件4 only the cases of each campaign', async () => {
    const { ctx, call } = await openApp();
    const ids = await seedFixture(call);
    const gx = (period: string): Promise<StatsTableView> => call('stats.compute', { campaign: 'gx-2020-special', tableId: 'tb4', period });
    expect(messages(await gx('2020-10'))).toEqual([expect.stringContaining('请先在“设置 → 医院信息”中填写医院的等级和性质')]);
    await call('org.saveHospital', HOSPITAL);
    const ok = await gx('2020-10');
    expect(ok.ownColumnId).toBe('tb4-c1');
    // K6 K7 虚构 + K8 盗刷 + K9 诱导 = 4, in the hospital's own class only; K11 无证行医 = 1.
    expect(row(ok, 'tb4-r18')?.cells.map((c) => c.text)).toEqual(['4', '', '', '']);
    expect(row(ok, 'tb4-r2')?.cells[0]?.text).toBe('1');
    expect(messages(ok)).toEqual([expect.stringContaining('统计期内没有“2020年广西医疗卫生领域突出问题专项整治方案”的自查轮次')]);
    // K6 belongs to 川卫函〔2020〕96号 only: 广西 no longer counts it, 四川 still does, and neither table fails a check for it.
    await call('cases.update', { id: ids.get('K6') as number, patch: { campaignIds: ['sc-2020-96'] } });
    expect(row(await gx('2020-10'), 'tb4-r18')?.cells[0]?.text).toBe('3');
    const sc: StatsTableView = await call('stats.compute', { campaign: 'sc-2020-96', tableId: 'tb2', period: '2020-10' });
    expect(row(sc, 'tb2-r19')?.cells[0]).toMatchObject({ text: '2', issues: [] });
    expect(checks(sc)).toEqual([]);
    // Taken out of every campaign, K7 counts nowhere.
    await call('cases.update', { id: ids.get('K7') as number, patch: { campaignIds: [] } });
    const none: StatsTableView = await call('stats.compute', { campaign: 'sc-2020-96', tableId: 'tb2', period: '2020-10' });
    expect(row(none, 'tb2-r19')?.cells[0]?.text).toBe('1');
    ctx.close();
  });

  it('takes figures for the 广西 附件3 and 附件4 only in the hospital’s own class', async () => {
    const { ctx, call, refused } = await openApp();
    const cell = { campaign: 'gx-2020-special', tableId: 'tb4', rowId: 'tb4-r1', period: '2020-10' };
    expect(await refused('stats.setManual', { ...cell, columnId: 'tb4-c1', value: '1' })).toContain('请先在“设置 → 医院信息”中填写医院的等级和性质');
    await call('org.saveHospital', HOSPITAL);
    // 三级甲等, 公立: 二级以上公立医疗机构 (tb4-c1) is its column; the other classes are not its to fill.
    for (const columnId of ['tb4-c2', 'tb4-c3', 'tb4-c4']) {
      expect(await refused('stats.setManual', { ...cell, columnId, value: '1' })).toBe('“广西医疗卫生领域突出问题专项整治行动工作量化统计表二”中本院只填写本院所属机构类别“二级以上公立医疗机构”一列');
      expect(await refused('stats.setMeasure', { ...cell, columnId, measure: null })).toContain('本院只填写本院所属机构类别');
    }
    await call('stats.setMeasure', { ...cell, columnId: 'tb4-c1', measure: null });
    const v: StatsTableView = await call('stats.setManual', { ...cell, columnId: 'tb4-c1', value: '2' });
    expect(row(v, 'tb4-r1')?.cells.map((c) => [c.text, c.basis])).toEqual([['2', 'manual'], ['', 'blank'], ['', 'blank'], ['', 'blank']]);
    expect(ctx.db.prepare("SELECT column_id FROM stat_figure WHERE table_id = 'tb4'").pluck().all()).toEqual(['tb4-c1']);
    // 附件3: its own row (综合医院 of 二级以上公立) only.
    const tb3 = { campaign: 'gx-2020-special', tableId: 'tb3', columnId: 'tb3-c1', period: '2020-10' };
    expect(await refused('stats.setMeasure', { ...tb3, rowId: 'tb3-r2', measure: null })).toContain('本院只填写本院所属类别（综合医院）的一行');
    expect(await refused('stats.setManual', { ...tb3, rowId: 'tb3-r9', value: '1' })).toContain('本院只填写本院所属类别（综合医院）的一行');
    const own: StatsTableView = await call('stats.compute', { campaign: 'gx-2020-special', tableId: 'tb3', period: '2020-10' });
    expect(row(own, 'tb3-r1')?.cells[0]).toMatchObject({ basis: 'computed', text: '1' });
    expect(own.ownColumnId).toBeNull();
    ctx.close();
  });

  it('makes 附件4 agree with the 附件2 checklist answers of a round the period covers', async () => {
    const { ctx, call } = await openApp();
    await seedFixture(call);
    await call('org.saveHospital', HOSPITAL);
    const round = await call('inspection.createRound', { campaignId: 'gx-2020-special', name: '10月自查', periodStart: '2020-10-01', periodEnd: '2020-10-31', dueOn: null });
    const roundId = (round as { id: number }).id;
    const answer = (elementId: string, value: unknown) => call('inspection.saveAnswer', { roundId, elementId, value, note: '' });
    await answer('cl2-i17', { kind: 'yesno', value: '无' });
    await answer('cl2-i32', { kind: 'persons', byRole: { 医师: 1, 护士: 1, 其他人员: 0 } });
    await answer('cl2-i33', { kind: 'persons', byRole: { 行政处罚: 0, 移送司法机关: 1 } });
    const v: StatsTableView = await call('stats.compute', { campaign: 'gx-2020-special', tableId: 'tb4', period: '2020-10' });
    expect(v.round).toEqual({ id: roundId, name: '10月自查' });
    expect(row(v, 'tb4-r37')?.cells[0]?.text).toBe('1');
    expect(messages(v).sort()).toEqual([
      '“移送司法机关—医师”等 3 项之和（2）应等于“合计—移送司法机关”（1）',
      '“骗取医疗保险基金”为 4，而附件2检查表第 17 项为 无，两者不一致',
    ]);
    // Answers that tell what the cases tell, and a 合计 that adds up: the table agrees.
    await answer('cl2-i17', { kind: 'yesno', value: '有' });
    await answer('cl2-i33', { kind: 'persons', byRole: { 行政处罚: 0, 移送司法机关: 2 } });
    const fixed: StatsTableView = await call('stats.compute', { campaign: 'gx-2020-special', tableId: 'tb4', period: '2020-10' });
    expect(fixed.issues).toEqual([]);
    ctx.close();
  });

  it('works for a user campaign: rows mapped to measures or entered by hand, sub-rows within their total', async () => {
    const { ctx, call } = await openApp();
    await seedFixture(call);
    const file = {
      format: 'zicha-campaign', version: 1, id: 'user-2020', revision: 1, kind: 'campaign', title: '本市线索统计',
      issuers: ['示例市卫健委'], docNumber: null, issuedOn: null, period: { start: '2020-06-01', end: '2020-12-31', original: '' },
      scope: null, phases: [], duties: [], tasks: [], checklists: [], source: null,
      tables: [{
        id: 't1', title: '线索情况表', annex: null, columns: [], headerFields: ['填报单位', '填报时间'], note: null,
        sections: [{ id: 's1', title: '线索', rows: [
          { id: 'r1', no: '1', label: '收到线索', sublabel: null, unit: '条', parent: null },
          { id: 'r2', no: '2', label: '其中：信访举报', sublabel: null, unit: '条', parent: 'r1' },
          { id: 'r3', no: '3', label: '约谈人数', sublabel: null, unit: '人', parent: null },
        ] }],
      }],
    };
    await call('campaigns.import', { fileName: 'user.json', text: JSON.stringify(file) });
    // The fixture's clues join the user's campaign too, but for the 审计发现 one of 10-10; only those count.
    const clues = (await call('cases.listClues', { pageSize: 500 })) as { rows: { id: number; receivedOn: string; campaignIds: string[] }[] };
    for (const c of clues.rows) {
      if (c.receivedOn !== '2020-10-10') await call('cases.updateClue', { id: c.id, patch: { campaignIds: [...c.campaignIds, 'user-2020'] } });
    }
    const cell = (rowId: string) => ({ campaign: 'user-2020', tableId: 't1', rowId, columnId: '', period: '2020-10' });
    await call('stats.setMeasure', { ...cell('r1'), measure: { source: 'clues', handledOnly: false, channels: [] } });
    let v: StatsTableView = await call('stats.setMeasure', { ...cell('r2'), measure: { source: 'clues', handledOnly: false, channels: ['信访举报'] } });
    // October: five clues, but the 审计发现 one of 10-10 is not the user campaign's.
    expect(v.sections[0]?.rows.map((r) => r.cells[0]?.text)).toEqual(['4', '1', '']);
    expect(v.issues).toEqual([]);
    await call('stats.setMeasure', { ...cell('r2'), measure: null });
    v = await call('stats.setManual', { ...cell('r2'), value: '6' });
    expect(messages(v)).toEqual(['第 2 项“其中：信访举报”（6）超过了它所属的第 1 项“收到线索”（4）']);
    const wrong: StatsTableView = await call('stats.setMeasure', { ...cell('r3'), measure: { source: 'cases', value: 'amount', categories: [] } });
    expect(messages(wrong)).toContainEqual('第 3 项“约谈人数”的单位是“人”，但统计口径是金额（万元）');
    ctx.close();
  });
});
