// The lines printed above and below a table (填报单位, 填报时间, 填报人, 联系电话 …)
// filled from 设置, and the hospital's institution class (机构类别) that decides
// which column or row of the 广西 tables it fills.
import { chineseDate } from '../../../shared/dates';
import type { StatsPeriod } from '../../../shared/stats';
import { fillMonthRange } from '../../../shared/statsPeriod';
import type { Db } from '../db/open';
import { getHospital, getOperator, type Hospital } from '../org/org';
import { phoneOf } from '../org/reads';

export interface Settings {
  hospital: Hospital | null;
  operator: string;
  phone: string;
  today: string;
}

export function readSettings(db: Db, today: string): Settings {
  const operator = getOperator(db);
  return { hospital: getHospital(db), operator, phone: phoneOf(db, operator), today };
}

/**
 * 0 二级以上公立, 1 其他公立, 2 二级以上社会办, 3 其他社会办 — the order of the 广西
 * tables' classes; null when 设置 does not say the hospital's level and ownership.
 */
export function institutionClass(h: Hospital | null): number | null {
  if (!h || !h.level.trim() || !h.ownership.trim()) return null;
  const secondOrAbove = /[二三]级/.test(h.level);
  const publicOwned = /公立|公办|国有/.test(h.ownership);
  const privateOwned = /社会|民营|私立|民办/.test(h.ownership);
  if (!publicOwned && !privateOwned) return null;
  return (publicOwned ? 0 : 2) + (secondOrAbove ? 0 : 1);
}

/** The row of a section that names the hospital's category (综合医院 …), else the section's last (其他…) row. */
export function ownRowOf(rows: { id: string; label: string }[], category: string): string | null {
  const c = category.trim();
  const hit = (c && rows.find((r) => r.label === c)) || (c && rows.find((r) => r.label.includes(c))) || rows.at(-1);
  return hit ? hit.id : null;
}

const FOOTER_FROM = new Set(['填表人', '陪同检查人']);

/** A header field as printed, filled: "填报人：王芳", "四川省示例市", "2020年9月-11月". */
function fill(label: string, s: Settings, period: StatsPeriod): { label: string; value: string } {
  const range = fillMonthRange(label, period);
  if (range !== null) return { label: '', value: range };
  const h = s.hospital;
  const region = h?.region ?? '';
  switch (label) {
    case '市':
      return { label: '', value: region ? (region.endsWith('市') || region.endsWith('州') ? region : `${region}市`) : '______市' };
    case '填报市（州）':
      return { label, value: region };
    case '填报单位':
    case '填报单位（盖章）':
    case '医疗机构名称':
      return { label, value: h?.name ?? '' };
    case '地址':
      return { label, value: region };
    case '填报时间':
    case '填表日期':
      return { label, value: chineseDate(s.today) };
    case '填报人':
    case '填表人':
    case '联系人':
      return { label, value: s.operator };
    case '联系电话':
      return { label, value: s.phone };
    case '医疗机构类别':
      return { label, value: h?.category ?? '' };
    case '等级':
      return { label, value: h?.level ?? '' };
    case '性质':
      return { label, value: h?.ownership ?? '' };
    case '统计月份':
      return { label, value: period.label };
    default:
      return { label, value: '' };
  }
}

/**
 * Splits the notice's fields into the lines above and below the table (the 广西
 * tables print 填表人 … below), leaving out 统计月份 when the title carries the month.
 */
export function headerLines(fields: readonly string[], s: Settings, period: StatsPeriod, monthInTitle: boolean) {
  const header: { label: string; value: string }[] = [];
  const footer: { label: string; value: string }[] = [];
  let below = false;
  for (const f of fields) {
    if (f === '统计月份' && monthInTitle) continue;
    if (FOOTER_FROM.has(f)) below = true;
    (below ? footer : header).push(fill(f, s, period));
  }
  return { header, footer };
}

/** The column heads as each notice words them; other tables get 项目 / 检查内容 / 数量. */
const HEADINGS: Record<string, { section: string; label: string | null; value: string }> = {
  'sc-2020-96/tb2': { section: '重点检查内容', label: '检查要点', value: '数量' },
  'gx-2020-special/tb3': { section: '机构类型', label: null, value: '' },
  'gx-2020-special/tb4': { section: '项目', label: '检查内容', value: '数量' },
};

export function headingsOf(campaignId: string, tableId: string, kind: 'table' | 'checklist') {
  if (kind === 'checklist') return { section: '项目', label: '检查内容', value: '检查结果' };
  return HEADINGS[`${campaignId}/${tableId}`] ?? { section: '项目', label: '检查内容', value: '数量' };
}
