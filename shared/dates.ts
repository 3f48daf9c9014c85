// Dates are ISO `YYYY-MM-DD` text everywhere (DESIGN.md "Storage"); these helpers
// work on that text without time zones, so that "today" means the office's calendar day.

export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export function isoOf(y: number, month: number, day: number): string {
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The office's local calendar date of a moment. */
export function localIsoDate(at: Date): string {
  return isoOf(at.getFullYear(), at.getMonth() + 1, at.getDate());
}

function daysInMonth(y: number, month: number): number {
  return new Date(Date.UTC(y, month, 0)).getUTCDate();
}

/**
 * The next date on or after `today` that falls on `day` of a month (clamped to the
 * month's last day), within [start, end] when given; null when none is left.
 */
export function nextMonthlyDue(
  today: string,
  day: number,
  start: string | null,
  end: string | null,
): string | null {
  const from = start && start > today ? start : today;
  let y = Number(from.slice(0, 4));
  let mo = Number(from.slice(5, 7));
  for (let i = 0; i < 24; i++) {
    const candidate = isoOf(y, mo, Math.min(day, daysInMonth(y, mo)));
    if (candidate >= from) return end && candidate > end ? null : candidate;
    mo += 1;
    if (mo > 12) {
      mo = 1;
      y += 1;
    }
  }
  return null;
}

/** 2020年6月8日: full year, no zero padding (GB/T 9704 成文日期). */
export function chineseDate(iso: string): string {
  const [y, mo, d] = iso.split('-').map(Number);
  return `${y}年${mo}月${d}日`;
}

/**
 * A date as an officer types it: 2020-12-05, 2020-12-5, 2020/12/5, 2020.12.5,
 * 2020年12月5日 (the 日 optional, spaces and full-width digits allowed) or 20201205.
 * Returns ISO `YYYY-MM-DD`, or null when the text is not a whole real date.
 */
export function parseTypedDate(text: string): string | null {
  const t = text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。／－]/g, (c) => ({ '．': '.', '。': '.', '／': '/', '－': '-' })[c] ?? c)
    .replace(/\s+/g, '');
  const m = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})[日号]?|([-/.])(\d{1,2})\4(\d{1,2})|(\d{2})(\d{2}))$/.exec(t);
  if (!m) return null;
  const iso = isoOf(Number(m[1]), Number(m[2] ?? m[5] ?? m[7]), Number(m[3] ?? m[6] ?? m[8]));
  return isRealDate(iso) ? iso : null;
}

/** A stored moment (ISO, UTC) as the office's local date and time: 2020年10月8日 09:05. */
export function chineseMoment(at: string): string {
  const d = new Date(at);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${chineseDate(localIsoDate(d))} ${hm}`;
}

/** A stored value shown back: an ISO date in the 2020年6月30日 form, anything else as it is. */
export function chineseDateIn(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value) ? chineseDate(value) : value;
}
