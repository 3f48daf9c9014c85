// Which backups to keep (Actual Budget's idea, our numbers): every backup taken
// today, the newest of each earlier day for 30 days, the newest of each month for
// a year. Pure, so that it can be proved on a fixed clock.
import { localIsoDate } from '../../../shared/dates';

export interface Dated {
  name: string;
  at: Date;
}

const DAILY_DAYS = 30;
const MONTHLY_DAYS = 365;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/**
 * Splits the backups into those to keep and those to delete. `dayOf` gives a
 * moment's calendar day (the office's local day by default). A backup dated after
 * today (a clock put back) is kept: nothing is deleted that cannot be placed.
 */
export function rotate<T extends Dated>(backups: readonly T[], now: Date, dayOf: (at: Date) => string = localIsoDate): { keep: T[]; drop: T[] } {
  const today = dayNumber(dayOf(now));
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
  const buckets = new Set<string>();
  const keep: T[] = [];
  const drop: T[] = [];
  for (const b of newestFirst) {
    const day = dayOf(b.at);
    const age = today - dayNumber(day);
    let bucket: string | null;
    if (age <= 0) bucket = `all:${b.name}`;
    else if (age <= DAILY_DAYS) bucket = `day:${day}`;
    else if (age <= MONTHLY_DAYS) bucket = `month:${day.slice(0, 7)}`;
    else bucket = null;
    if (bucket !== null && !buckets.has(bucket)) {
      buckets.add(bucket);
      keep.push(b);
    } else drop.push(b);
  }
  return { keep, drop };
}
