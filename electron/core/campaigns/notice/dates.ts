// Dates as notices write them: 2020年6月10日, 6月10日-31日 (year implied),
// 2020年9-10月, 2023—2024年 (years under review), 9月至10月, 8月底前, 12月15日之前, 每月5日前, 二〇二〇年六月五日.
// A day the month does not have is corrected to the month's last day and reported.
import { isoOf } from '../../../../shared/dates';

export interface DateRange {
  start: string | null;
  end: string | null;
  /** Why a date differs from the wording, e.g. 原文“6月10日-31日”，6月无31日. */
  correction: string | null;
  /** The wording the dates were read from. */
  matched: string;
}

const DASH = '[-—–－~～至到]';
const YEARS = new RegExp(`(\\d{4})年?${DASH}+(\\d{4})年度?(?!\\d{0,2}月)`, 'g');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const DIGITS: Record<string, number> = Object.fromEntries(Array.from('〇一二三四五六七八九', (c, i) => [c, i]).concat([['○', 0], ['零', 0], ['Ｏ', 0]]));

/** 二〇二〇 → 2020, 十二 → 12, 二十五 → 25. */
function chineseNumber(s: string): number {
  if (/^[〇○零Ｏ一二三四五六七八九]{4}$/.test(s)) return Number(Array.from(s, (c) => DIGITS[c] ?? 0).join(''));
  if (!s.includes('十')) return DIGITS[s] ?? NaN;
  const [tens, ones] = s.split('十');
  return (tens ? (DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (DIGITS[ones] ?? NaN) : 0);
}

/** Rewrites dates in Chinese numerals as Arabic ones, character count aside. */
export function arabicDates(s: string): string {
  return s.replace(
    /([〇○零Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?/g,
    (_all, y: string, m: string, d: string | undefined) => `${chineseNumber(y)}年${chineseNumber(m)}月${d ? `${chineseNumber(d)}日` : ''}`,
  );
}

function day(y: number, m: number, d: number, wording: string, notes: string[]): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const last = lastDay(y, m);
  if (d > last) {
    notes.push(`原文“${wording}”，${m}月无${d}日，按${m}月${last}日计`);
    return isoOf(y, m, last);
  }
  return isoOf(y, m, d);
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/**
 * The first date or range in `text`. `year` fills in a year the wording leaves out.
 * A deadline (X月底前, X月X日前) has no start.
 */
export function readDateRange(text: string, year: number | null): DateRange | null {
  // 2023—2024年 is the time looked back on (reviewYears), not a date of the campaign.
  const t = arabicDates(text).replace(/\s+/g, '').replace(YEARS, '');
  const notes: string[] = [];
  const done = (start: string | null, end: string | null, matched: string): DateRange => ({
    start,
    end,
    correction: notes.length ? notes.join('；') : null,
    matched,
  });
  let m = new RegExp(`(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日?${DASH}+(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日`).exec(t);
  if (m) {
    const y1 = num(m[1]) ?? year;
    if (y1 === null) return null;
    const y2 = num(m[4]) ?? y1;
    const m1 = Number(m[2]);
    return done(day(y1, m1, Number(m[3]), m[0], notes), day(y2, num(m[5]) ?? m1, Number(m[6]), m[0], notes), m[0]);
  }
  // 7月-9月, and 7月至9月底前: from the first of the one month to the end of the other.
  for (const months of [
    new RegExp(`(?:(\\d{4})年)?(\\d{1,2})月?${DASH}+(?:(\\d{4})年)?(\\d{1,2})月(?![\\d]*日|底)`),
    new RegExp(`(?:(\\d{4})年)?(\\d{1,2})月${DASH}+(?:(\\d{4})年)?(\\d{1,2})月(?:底|末)(?:前|之前|以前)?`),
  ]) {
    m = months.exec(t);
    if (!m) continue;
    const y1 = num(m[1]) ?? year;
    if (y1 === null) return null;
    const y2 = num(m[3]) ?? y1;
    const [m1, m2] = [Number(m[2]), Number(m[4])];
    if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return null;
    return done(isoOf(y1, m1, 1), isoOf(y2, m2, lastDay(y2, m2)), m[0]);
  }
  // 10月起, 10月8日起: a start with no end.
  m = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?(?:起|开始)(?![\u4e00-\u9fa5]{0,2}至)/.exec(t);
  if (m) {
    const y = num(m[1]) ?? year;
    const mo = Number(m[2]);
    if (y === null || mo < 1 || mo > 12) return null;
    return done(m[3] ? day(y, mo, Number(m[3]), m[0], notes) : isoOf(y, mo, 1), null, m[0]);
  }
  m = /(?:(\d{4})年)?(\d{1,2})月(?:底|末)(?:前|之前|以前)?/.exec(t);
  if (m) {
    const y = num(m[1]) ?? year;
    const mo = Number(m[2]);
    if (y === null || mo < 1 || mo > 12) return null;
    return done(null, isoOf(y, mo, lastDay(y, mo)), m[0]);
  }
  m = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(前|之前|以前)?/.exec(t);
  if (m) {
    const y = num(m[1]) ?? year;
    if (y === null) return null;
    const d = day(y, Number(m[2]), Number(m[3]), m[0], notes);
    return m[4] ? done(null, d, m[0]) : done(d, d, m[0]);
  }
  m = /(\d{4})年(\d{1,2})月(?!\d)/.exec(t);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return done(isoOf(y, mo, 1), isoOf(y, mo, lastDay(y, mo)), m[0]);
  }
  return null;
}

/** 对2023—2024年…进行检查: the years under review, from the first of January to the last of December. */
export function reviewYears(text: string): { start: string; end: string; matched: string; index: number } | null {
  for (const m of text.matchAll(YEARS)) {
    const [y1, y2] = [Number(m[1]), Number(m[2])];
    if (y2 >= y1 && y2 - y1 <= 10) return { start: isoOf(y1, 1, 1), end: isoOf(y2, 12, 31), matched: m[0], index: m.index };
  }
  return null;
}

/** 每月5日前 → 5. */
export function monthlyDay(text: string): number | null {
  const m = /每月(\d{1,2})日(?:前|之前|以前)?/.exec(text.replace(/\s+/g, ''));
  const d = m ? Number(m[1]) : NaN;
  return d >= 1 && d <= 31 ? d : null;
}

/** A date standing alone (the issue date under the signature), in either numerals. */
export function standaloneDate(line: string): string | null {
  const t = arabicDates(line.trim()).replace(/\s+/g, '');
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo) ? isoOf(y, mo, d) : null;
}
