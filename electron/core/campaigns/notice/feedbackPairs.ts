// A rectification task table flattened to lines (a forum's or a PDF's copy of
// 问题 | 整改要求 | 责任部门 | 完成时限): each problem "1、…" is followed by its
// requirement under the same number "1、…", then the responsible unit and the date,
// and a category name (健康教育) glued after the date opens the next rows.
import type { Paragraph } from './blocks';
import { slice, trim, type Mapped } from './mapped';

export interface PairedRow {
  no: string;
  description: Mapped;
  category: string;
  measure: string;
  department: string | null;
  /** The date as printed (2014年8月10日). */
  due: string | null;
  spanParts: Mapped[];
}

const NUMBER = /^(\d{1,2})[、.．]\s*/;
const DATE = /(\d{4}年\d{1,2}月\d{1,2}日)/;
/** A category name is a few characters of its own, no punctuation. */
const CATEGORY = /^[\u4e00-\u9fa5]{2,8}$/;

/** The rows, or [] unless at least two problems carry a requirement under the same number. */
export function pairedRows(paragraphs: Paragraph[]): PairedRow[] {
  const rows: PairedRow[] = [];
  let open: PairedRow | null = null;
  let measureOpen = false;
  // The header row ends with the first category (…抓整改 爱国卫生 组织管理).
  let category = /([\u4e00-\u9fa5]{2,8})\s*$/.exec(paragraphs[0]?.m.text ?? '')?.[1] ?? '';
  for (const p of paragraphs.slice(1)) {
    const m = trim(p.m);
    const hit = NUMBER.exec(m.text);
    let text = m;
    if (hit && open && hit[1] === open.no && !measureOpen) {
      measureOpen = true;
      text = trim(slice(m, hit[0].length));
    } else if (hit) {
      open = { no: hit[1] ?? '', description: trim(slice(m, hit[0].length)), category, measure: '', department: null, due: null, spanParts: [m] };
      rows.push(open);
      measureOpen = false;
      continue;
    } else if (!open) continue;
    open.spanParts.push(m);
    const date = DATE.exec(text.text);
    const before = date ? text.text.slice(0, date.index) : text.text;
    if (!measureOpen) {
      open.description = { text: `${open.description.text}${before}`, at: [...open.description.at, ...text.at.slice(0, before.length)] };
      continue;
    }
    // "…落实奖励措施. 市、区爱卫办 2014年8月10日": the unit is what follows the requirement's last stop.
    const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';'));
    // With no stop the unit cannot be told from the requirement: all of it is the requirement.
    const unit = date && stop >= 0 ? before.slice(stop + 1).trim() : '';
    open.measure += (date && stop >= 0 ? before.slice(0, stop + 1) : before).trim();
    if (date) {
      open.due = date[1] ?? null;
      if (unit) open.department = unit;
      const after = text.text.slice((date.index ?? 0) + (date[1]?.length ?? 0)).trim();
      if (CATEGORY.test(after)) category = after;
    }
  }
  const paired = rows.filter((r) => r.measure);
  return paired.length >= 2 ? paired : [];
}
