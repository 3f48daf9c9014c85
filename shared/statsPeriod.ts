// The period a statistics table is filled for: a month (2020-11), a quarter
// (2020-Q4) or the campaign so far (all: the campaign's start … today, or its end
// once it is over: a finished campaign's totals stop where it stopped).
import { isoOf } from './dates';

export interface StatsPeriod {
  /** As typed and as hand-entered figures are filed: 2020-11, 2020-Q4, all. */
  key: string;
  kind: 'month' | 'quarter' | 'all';
  /** Inclusive ISO dates. */
  start: string;
  end: string;
  /** 2020年11月, 2020年第四季度, 2020年6月10日至2020年11月20日 */
  label: string;
  /** What fills the notice's "（ 月）": 11月, 10-12月. */
  months: string;
}

const QUARTER_NAMES = ['一', '二', '三', '四'];

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function cn(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

function monthsOf(start: string, end: string): string {
  const [sy, sm, ey, em] = [start.slice(0, 4), Number(start.slice(5, 7)), end.slice(0, 4), Number(end.slice(5, 7))];
  if (sy !== ey) return `${sy}年${sm}月-${ey}年${em}月`;
  return sm === em ? `${sm}月` : `${sm}-${em}月`;
}

/**
 * Parses YYYY-MM, YYYY-Qn or all; `campaign` gives where "all" starts. Answers a
 * Chinese reason when the text is not a period.
 */
export function parsePeriod(
  text: string,
  campaign: { start: string | null; end?: string | null },
  today: string,
): { ok: true; period: StatsPeriod } | { ok: false; message: string } {
  const t = text.trim();
  const month = /^(\d{4})-(\d{2})$/.exec(t);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return { ok: false, message: `统计期“${t}”的月份应在 01 到 12 之间` };
    const start = isoOf(y, m, 1);
    const end = isoOf(y, m, lastDay(y, m));
    return { ok: true, period: { key: t, kind: 'month', start, end, label: `${y}年${m}月`, months: `${m}月` } };
  }
  const quarter = /^(\d{4})-[Qq]([1-4])$/.exec(t);
  if (quarter) {
    const [y, q] = [Number(quarter[1]), Number(quarter[2])];
    const start = isoOf(y, q * 3 - 2, 1);
    const end = isoOf(y, q * 3, lastDay(y, q * 3));
    return {
      ok: true,
      period: { key: `${y}-Q${q}`, kind: 'quarter', start, end, label: `${y}年第${QUARTER_NAMES[q - 1]}季度`, months: monthsOf(start, end) },
    };
  }
  if (t === 'all') {
    if (!campaign.start) return { ok: false, message: '该专项行动没有开始日期，无法统计“行动开始至今”；请改按月份（YYYY-MM）或季度（YYYY-Qn）统计' };
    const start = campaign.start;
    if (today < start) return { ok: false, message: `专项行动 ${cn(start)} 才开始，还没有可统计的期间` };
    const end = campaign.end && campaign.end < today ? campaign.end : today;
    return { ok: true, period: { key: 'all', kind: 'all', start, end, label: `${cn(start)}至${cn(end)}`, months: monthsOf(start, end) } };
  }
  return { ok: false, message: `统计期“${t.slice(0, 20)}”格式不对：应为月份（如 2020-11）、季度（如 2020-Q4）或 all（行动开始至今）` };
}

/** The month a monthly report due on `due` covers: the month before it. */
export function reportedMonth(due: string): string {
  const [y, m] = [Number(due.slice(0, 4)), Number(due.slice(5, 7))];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** "2020年  月-  月" as printed above the 广西 tables, filled: 2020年9月-11月. */
export function fillMonthRange(field: string, period: StatsPeriod): string | null {
  if (!/年\s*月\s*[-—至]\s*月/.test(field)) return null;
  const [sy, sm, ey, em] = [Number(period.start.slice(0, 4)), Number(period.start.slice(5, 7)), Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7))];
  return sy === ey ? `${sy}年${sm}月-${em}月` : `${sy}年${sm}月-${ey}年${em}月`;
}
