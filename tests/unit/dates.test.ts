import { describe, expect, it } from 'vitest';
import { campaignStatus, nextDue } from '../../shared/catalog';
import { chineseDate, chineseDateIn, chineseMoment, isRealDate, nextMonthlyDue, parseTypedDate } from '../../shared/dates';

describe('dates', () => {
  it('knows real dates', () => {
    expect(isRealDate('2020-06-30')).toBe(true);
    expect(isRealDate('2020-06-31')).toBe(false);
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2021-02-29')).toBe(false);
    expect(isRealDate('2020-6-1')).toBe(false);
  });

  it('writes dates as GB/T 9704 does', () => {
    expect(chineseDate('2020-06-08')).toBe('2020年6月8日');
  });

  it('writes moments and stored values in the same form', () => {
    // Stored in UTC, shown in the machine's (the office's) local time.
    expect(chineseMoment(new Date(2020, 9, 8, 9, 5).toISOString())).toBe('2020年10月8日 09:05');
    expect(chineseMoment(new Date(2020, 9, 8, 0, 30).toISOString())).toBe('2020年10月8日 00:30');
    expect(chineseDateIn('2020-06-30')).toBe('2020年6月30日');
    expect(chineseDateIn('2020-02-30')).toBe('2020-02-30');
    expect(chineseDateIn('退还 2020-06-30 的费用')).toBe('退还 2020-06-30 的费用');
  });

  it('reads a date as an officer types it', () => {
    for (const typed of ['2020年12月5日', '2020年12月5', '2020 年 12 月 5 日', '2020.12.5', '2020/12/5', '2020-12-5', '2020-12-05', '20201205', '２０２０年１２月５日', '2020．12．5']) {
      expect(parseTypedDate(typed), typed).toBe('2020-12-05');
    }
    for (const bad of ['2020年12月', '2020.12', '2020-02-30', '2020/12-5', '12/5/2020', '', '二〇二〇年十二月五日']) {
      expect(parseTypedDate(bad), bad).toBeNull();
    }
  });

  it('finds the next monthly due date within the period', () => {
    expect(nextMonthlyDue('2020-07-20', 5, '2020-06-10', '2020-12-10')).toBe('2020-08-05');
    expect(nextMonthlyDue('2020-07-05', 5, '2020-06-10', '2020-12-10')).toBe('2020-07-05');
    expect(nextMonthlyDue('2020-05-01', 5, '2020-06-10', '2020-12-10')).toBe('2020-07-05');
    expect(nextMonthlyDue('2020-12-06', 5, '2020-06-10', '2020-12-10')).toBeNull();
    expect(nextMonthlyDue('2021-01-31', 31, null, null)).toBe('2021-01-31');
    expect(nextMonthlyDue('2021-02-01', 31, null, null)).toBe('2021-02-28');
    expect(nextMonthlyDue('2020-12-20', 5, null, null)).toBe('2021-01-05');
  });

  it('gives a duty its next due date and a campaign its status', () => {
    const period = { start: '2020-06-10', end: '2020-12-10', original: '' };
    const monthly = { id: 'd', title: '统计表', due: null, recurrence: { kind: 'monthly' as const, day: 5 }, formats: [], to: null, original: '每月5日前' };
    expect(nextDue(monthly, period, '2020-09-06')).toBe('2020-10-05');
    expect(nextDue({ ...monthly, recurrence: null, due: '2020-11-30' }, period, '2020-09-06')).toBe('2020-11-30');
    expect(campaignStatus(period, '2020-06-09')).toBe('upcoming');
    expect(campaignStatus(period, '2020-06-10')).toBe('running');
    expect(campaignStatus(period, '2020-12-11')).toBe('over');
    expect(campaignStatus({ start: null, end: null }, '2020-12-11')).toBe('undated');
  });
});
