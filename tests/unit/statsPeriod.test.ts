// Periods a table is filled for, and when each recurring table is next due.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../shared/statsPeriod';
import { campaignDues } from '../../electron/core/stats/due';
import { campaignFileOf } from '../../electron/core/campaigns/catalog';
import { openApp } from '../fixtures/cases/fixture';

const campaign = { start: '2020-06-10' };

describe('statistics periods', () => {
  it.each([
    ['2020-11', { kind: 'month', start: '2020-11-01', end: '2020-11-30', months: '11月', label: '2020年11月' }],
    ['2020-02', { start: '2020-02-01', end: '2020-02-29' }],
    ['2020-Q4', { kind: 'quarter', start: '2020-10-01', end: '2020-12-31', months: '10-12月', label: '2020年第四季度' }],
    ['2021-q1', { key: '2021-Q1', start: '2021-01-01', end: '2021-03-31' }],
    ['all', { kind: 'all', start: '2020-06-10', end: '2020-11-20', months: '6-11月', label: '2020年6月10日至2020年11月20日' }],
  ])('reads %s', (text, want) => {
    const r = parsePeriod(text, campaign, '2020-11-20');
    expect(r).toMatchObject({ ok: true, period: want });
  });

  it.each([
    ['2020-13', '月份应在 01 到 12 之间'],
    ['2020-Q5', '格式不对'],
    ['本月', '格式不对'],
  ])('refuses %s in Chinese', (text, message) => {
    expect(parsePeriod(text, campaign, '2020-11-20')).toMatchObject({ ok: false, message: expect.stringContaining(message) });
  });

  it('ends “all” at the campaign’s end once it is over, not today', () => {
    const over = parsePeriod('all', { start: '2020-06-10', end: '2020-12-31' }, '2026-12-02');
    expect(over).toMatchObject({ ok: true, period: { end: '2020-12-31', months: '6-12月', label: '2020年6月10日至2020年12月31日' } });
    expect(parsePeriod('all', { start: '2020-06-10', end: '2020-12-31' }, '2020-11-20')).toMatchObject({ ok: true, period: { end: '2020-11-20' } });
  });

  it('refuses “all” for a campaign without a start or not yet started', () => {
    expect(parsePeriod('all', { start: null }, '2020-11-20')).toMatchObject({ ok: false, message: expect.stringContaining('没有开始日期') });
    expect(parsePeriod('all', campaign, '2020-06-01')).toMatchObject({ ok: false, message: expect.stringContaining('才开始') });
  });
});

describe('statistics due dates', () => {
  it('says when 附件2 is next due every month, and the 广西 tables once', async () => {
    const { ctx, call } = await openApp();
    const sc = campaignFileOf(ctx.db, 'sc-2020-96');
    expect(campaignDues(sc, '2020-11-20')).toEqual([
      expect.objectContaining({ tableIds: ['tb2'], due: '2020-12-05', monthly: true, covers: '2020-11', text: '统计表：每月5日前报送，下次 12月5日（报 11 月）' }),
    ]);
    expect(campaignDues(sc, '2020-12-05')[0]?.due).toBe('2020-12-05');
    // The campaign ends on 12-10: no fifth of a month is left after 12-05.
    expect(campaignDues(sc, '2020-12-06')).toEqual([]);
    expect(campaignDues(sc, '2020-06-01')[0]).toMatchObject({ due: '2020-07-05', covers: '2020-06' });
    const all = await call('stats.dues', undefined);
    expect(all).toEqual([
      // Two duties of the 广西 notice (the hospital's and the city insurance office's) send 附件3 and 4 that day: one line.
      expect.objectContaining({ campaignId: 'gx-2020-special', tableIds: ['tb3', 'tb4'], due: '2020-12-05', monthly: false, text: '统计表（2 张）：2020年12月5日前报送' }),
      expect.objectContaining({ campaignId: 'sc-2020-96', due: '2020-12-05', monthly: true }),
    ]);
    ctx.close();
  });
});
