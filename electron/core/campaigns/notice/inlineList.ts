// Lists inside one paragraph: "一是…；二是…；三是…", "①…；②…", "（1）…；（2）…", or
// "重点检查：A；B；C。" — each item becomes an element of its own.
import { slice, trim, type Mapped } from './mapped';

/**
 * Longer items are sentences of a measure that reads as one task (000’s 一是…六是 of
 * 线索摸排, kept whole in the built-in campaign), not a list.
 */
const MAX_ITEM = 45;
const short = (items: Mapped[]) => items.every((x) => x.text.replace(/\s/g, '').length <= MAX_ITEM);

const NUMBERED = [
  /[一二三四五六七八九十]+是/g,
  /[①-⑳]/g,
  /[（(]\d{1,2}[）)]/g,
  /(?<![\d.．])\d{1,2}[.．、](?!\d)/g,
];

/** Items of a numbered run: at least two markers, the first at the start of a sentence, each after 。；： or the start. */
function numberedItems(m: Mapped): Mapped[] | null {
  for (const re of NUMBERED) {
    const hits = [...m.text.matchAll(re)].filter((h) => h.index === 0 || /[。；;：:]\s*$/.test(m.text.slice(Math.max(0, h.index - 2), h.index)));
    if (hits.length < 2) continue;
    const first = hits[0]?.index ?? 0;
    const items = hits.map((h, i) => trim(slice(m, h.index, hits[i + 1]?.index ?? m.text.length)));
    const lead = trim(slice(m, 0, first));
    // A run introduced by a long sentence belongs to it only when the lead is itself a heading-like clause.
    if (lead.text && !/[：:]$/.test(lead.text) && lead.text.length > 60) continue;
    return short(items) ? items : null;
  }
  return null;
}

/** Items separated by ； after a colon, each short and none a full sentence of its own. */
function semicolonItems(m: Mapped): Mapped[] | null {
  const t = m.text;
  const colon = t.search(/[：:]/);
  const from = colon >= 0 && colon < 60 ? colon + 1 : 0;
  const listText = t.slice(from).replace(/[。；;]\s*$/, '');
  if (/[。]/.test(listText)) return null;
  const parts = listText.split(/[；;]/);
  if (parts.length < 3 || parts.some((p) => p.trim().length < 2)) return null;
  const items: Mapped[] = [];
  let at = from;
  for (const part of parts) {
    items.push(trim(slice(m, at, at + part.length)));
    at += part.length + 1;
  }
  return short(items) ? items : null;
}

export function inlineItems(m: Mapped): Mapped[] | null {
  return numberedItems(m) ?? semicolonItems(m);
}

const MARK = /^(?:[一二三四五六七八九十]+是|[①-⑳]|[（(]\d{1,2}[）)]|\d{1,2}[.．、])\s*/;

/** An item's number as printed and its text without it or the closing punctuation. */
export function itemParts(m: Mapped): { no: string; text: Mapped } {
  const mark = MARK.exec(m.text)?.[0] ?? '';
  const end = m.text.replace(/[。；;，,]+$/, '').length;
  return { no: mark.trim(), text: trim(slice(m, mark.length, end)) };
}
