// The period strings 'stats.compute' accepts (2020-11, 2020-Q4, all) and the
// choices the page offers for them.
export type PeriodKind = 'month' | 'quarter' | 'all';

export function kindOf(period: string): PeriodKind {
  if (period === 'all') return 'all';
  return /-Q[1-4]$/.test(period) ? 'quarter' : 'month';
}

/** The period a kind starts at when the officer switches to it: the one today falls in. */
export function periodFor(kind: PeriodKind, today: string): string {
  if (kind === 'all') return 'all';
  if (kind === 'month') return today.slice(0, 7);
  return `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
}

const QUARTERS = ['一', '二', '三', '四'];

/** Quarters from the campaign's start year to this year, newest first. */
export function quarterOptions(startYear: number, today: string): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  const thisYear = Number(today.slice(0, 4));
  for (let y = thisYear; y >= Math.min(startYear, thisYear); y--) {
    for (let q = 4; q >= 1; q--) {
      const value = `${y}-Q${q}`;
      if (value <= periodFor('quarter', today)) out.push({ value, label: `${y}年第${QUARTERS[q - 1]}季度` });
    }
  }
  return out;
}
