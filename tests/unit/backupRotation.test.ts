// The rotation on a fixed clock: every backup of today, the newest of each earlier
// day for 30 days, the newest of each month for a year, nothing older.
import { describe, expect, it } from 'vitest';
import { rotate } from '../../electron/core/backup/rotation';

const utcDay = (at: Date) => at.toISOString().slice(0, 10);
const NOW = new Date('2026-11-23T12:00:00Z');
const backup = (iso: string) => ({ name: iso, at: new Date(iso) });

/** A backup every six hours for two years up to now. */
function everySixHours() {
  const list = [];
  for (let t = NOW.getTime(); t >= Date.UTC(2024, 10, 23); t -= 6 * 3_600_000) list.push(backup(new Date(t).toISOString()));
  return list;
}

describe('rotation', () => {
  it('keeps exactly today, one per day for 30 days and one per month for a year', () => {
    const list = everySixHours();
    const { keep, drop } = rotate(list, NOW, utcDay);
    const today = ['2026-11-23T12:00:00.000Z', '2026-11-23T06:00:00.000Z', '2026-11-23T00:00:00.000Z'];
    const daily: string[] = [];
    for (let d = 22; d >= 1; d--) daily.push(`2026-11-${String(d).padStart(2, '0')}T18:00:00.000Z`);
    for (let d = 31; d >= 24; d--) daily.push(`2026-10-${d}T18:00:00.000Z`);
    const monthly = [
      '2026-10-23', '2026-09-30', '2026-08-31', '2026-07-31', '2026-06-30', '2026-05-31',
      '2026-04-30', '2026-03-31', '2026-02-28', '2026-01-31', '2025-12-31', '2025-11-30',
    ].map((d) => `${d}T18:00:00.000Z`);
    expect(daily).toHaveLength(30);
    expect(keep.map((b) => b.name)).toEqual([...today, ...daily, ...monthly]);
    expect(keep.length + drop.length).toBe(list.length);
  });

  it('keeps a backup exactly a year old, drops one a day older, and keeps one dated after today', () => {
    const list = ['2025-11-23T10:00:00Z', '2025-11-22T23:00:00Z', '2026-11-24T08:00:00Z', '2026-11-22T01:00:00Z', '2026-11-22T02:00:00Z'].map(backup);
    const { keep, drop } = rotate(list, NOW, utcDay);
    expect(keep.map((b) => b.name)).toEqual(['2026-11-24T08:00:00Z', '2026-11-22T02:00:00Z', '2025-11-23T10:00:00Z']);
    expect(drop.map((b) => b.name)).toEqual(['2026-11-22T01:00:00Z', '2025-11-22T23:00:00Z']);
  });

  it('places days by the calendar it is given, not by UTC', () => {
    // 2026-11-22T20:00Z is already the 23rd in Beijing; with the UTC calendar it is yesterday.
    const list = ['2026-11-22T20:00:00Z', '2026-11-22T19:00:00Z'].map(backup);
    expect(rotate(list, NOW, utcDay).keep).toHaveLength(1);
    const beijing = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(rotate(list, NOW, beijing).keep).toHaveLength(2);
  });
});
