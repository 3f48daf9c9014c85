// 附件2 as the generic document table a report carries: the head as the notice
// prints it, the section and label cells merged as in the xlsx, every row with its
// figure and unit, and a grid that closes (each row covers every column once).
import { describe, expect, it } from 'vitest';
import { docTableSchema, type DocTable } from '../../shared/document';
import type { StatsTableView } from '../../shared/stats';
import { statsDocTable } from '../../electron/core/stats/docTable';
import { openApp, seedFixture } from '../fixtures/cases/fixture';

/** Row by row, the column each cell starts in, following rowSpan/colSpan as HTML does. */
function grid(t: DocTable): { col: number; text: string; rowSpan: number; colSpan: number }[][] {
  const taken: boolean[][] = [];
  return t.rows.map((cells, r) => {
    taken[r] ??= [];
    let c = 0;
    return cells.map((cell) => {
      while (taken[r]?.[c]) c++;
      const at = { col: c, text: cell.text, rowSpan: cell.rowSpan ?? 1, colSpan: cell.colSpan ?? 1 };
      for (let i = 0; i < at.rowSpan; i++) for (let j = 0; j < at.colSpan; j++) (taken[r + i] ??= [])[c + j] = true;
      c += at.colSpan;
      return at;
    });
  });
}

describe('statsDocTable', () => {
  it('turns 附件2 into a document table with the notice’s merges, heads and units', async () => {
    const { ctx, call } = await openApp();
    await seedFixture(call);
    const view: StatsTableView = await call('stats.compute', { campaign: 'sc-2020-96', tableId: 'tb2', period: '2020-10' });
    ctx.close();
    const t = statsDocTable(view);
    expect(docTableSchema.parse(t)).toEqual(t);
    expect(t.headRows).toBe(1);
    expect(t.widths).toHaveLength(6);
    const g = grid(t);
    expect(g[0]?.map((c) => [c.text, c.colSpan])).toEqual([['重点检查内容', 1], ['序号', 1], ['检查要点', 2], ['数量', 1], ['单位', 1]]);
    expect(t.rows[0]?.every((c) => c.bold)).toBe(true);
    const body = g.slice(1);
    expect(body).toHaveLength(27);
    // Every body row covers the six columns exactly once.
    const covered = Array.from({ length: 27 }, () => new Set<number>());
    body.forEach((cells, r) => cells.forEach((c) => {
      for (let i = 0; i < c.rowSpan; i++) for (let j = 0; j < c.colSpan; j++) covered[r + i]?.add(c.col + j);
    }));
    expect(covered.map((s) => s.size)).toEqual(Array(27).fill(6));
    // Sections merge down column 0: 3, 5, 6 and 13 rows.
    expect(body.flatMap((cells) => cells.filter((c) => c.col === 0).map((c) => [c.text, c.rowSpan]))).toEqual([
      ['一、线索摸排情况', 3], ['二、不合理使用高值医用耗材', 5], ['三、不合理使用药品', 6], ['四、违规招投标、欺诈骗保突出问题', 13],
    ]);
    // 耗材's label spans its five rows; a row without a sublabel spans the label and sublabel columns.
    const r4 = body[3] ?? [];
    expect(r4.find((c) => c.col === 2)).toMatchObject({ rowSpan: 5, colSpan: 1, text: expect.stringContaining('违反指征、指南使用耗材') });
    expect(body[0]?.find((c) => c.col === 2)).toMatchObject({ text: '各渠道收集线索总数', colSpan: 2 });
    expect(body[4]?.map((c) => c.text)).toEqual(['2', '涉及金额', '12.8456', '万元']);
    // 医保违法违规行为: rows 8–13 under one label; 22 is blank in the fixture (entered by hand).
    expect(body[21]?.map((c) => c.text)).toEqual(['8', '医保违法违规行为', '移交行政、司法机构数', '', '家']);
    expect(body[21]?.[1]).toMatchObject({ rowSpan: 6 });
    expect(body.map((cells) => cells.at(-1)?.text)).toEqual([
      '条', '条', '件', '起', '万元', '人次', '人次', '人次', '起', '件', '万元', '人次', '人次', '人次',
      '起', '人次', '万元', '人次', '起', '起', '起', '家', '家', '万元', '人次', '人次', '人次',
    ]);
  });

  it('puts the institution classes under one 数量 head for 广西 附件4', async () => {
    const { ctx, call } = await openApp();
    await call('org.saveHospital', { name: '示例医院', level: '三级甲等', category: '综合医院', ownership: '公立', region: '南宁' });
    const view: StatsTableView = await call('stats.compute', { campaign: 'gx-2020-special', tableId: 'tb4', period: '2020-10' });
    ctx.close();
    const t = statsDocTable(view);
    expect(t.headRows).toBe(2);
    const g = grid(t);
    expect(g[0]?.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([['项目', 2, 1], ['检查内容', 2, 2], ['数量', 1, 4], ['单位', 2, 1]]);
    expect(g[1]?.map((c) => c.text)).toEqual(view.columns.map((c) => c.label));
    expect(t.fontPt).toBe(9);
  });
});
