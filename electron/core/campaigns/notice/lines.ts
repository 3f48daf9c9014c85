// The notice's text as lines, with the noise of PDFs, Word and web pages taken out:
// page numbers (— 3 —), PAGE fields, repeated watermark lines, Markdown marks,
// non-breaking and full-width spaces; traditional characters read as simplified.
// Every character keeps its source offset.
import { isBoxLine } from './boxTable';
import { fromSource, mapChars, remove, slice, type Mapped } from './mapped';
import { SECTION_NAME } from './sectionNames';
import { simplified } from './simplified';

export interface Line {
  /** The cleaned line; tabs kept (they separate table cells). */
  m: Mapped;
  blank: boolean;
}

const SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const PAGE_NUMBER = /^\s*(?:[—–\-－~]+\s*\d{1,3}\s*[—–\-－~]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|PAGE(?:\s+\\\*\s*\w+)?)\s*$/;
/** What a government web page prints around a notice: breadcrumbs, share and print links. */
const WEB_CHROME = /^\s*(?:首页\s*[>＞›]|当前位置|您的位置|分享到|打印本页|关闭窗口|【\s*(?:打印|关闭|字体|大|中|小)|字号|扫一扫|责任编辑|浏览次数)/;
const MARKERS = /^\s*(?:[一二三四五六七八九十]+[、.．]|[①-⑳⑴-⒇㈠-㈩]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/;

export function noticeLines(source: string): Line[] {
  const lines: Mapped[] = [];
  let from = 0;
  for (const raw of source.split('\n')) {
    lines.push(fromSource(raw, from));
    from += raw.length + 1;
  }
  const cleaned = lines.map(cleanLine);
  const watermarks = repeatedNoise(cleaned);
  return cleaned.map((m) => {
    const t = m.text.trim();
    // A line holding only a tab is an empty table cell, not a blank line.
    const noise = !m.text.includes('\t') && (t === '' || PAGE_NUMBER.test(t) || WEB_CHROME.test(t) || watermarks.has(t));
    return { m, blank: noise };
  });
}

/**
 * Kangxi radicals (⼀ ⽣ ⽇) that PDF fonts map common characters to, so text copied
 * from a PDF reads "卫⽣" for 卫生: each becomes its ordinary character.
 */
const RADICALS = /[\u2e80-\u2fdf]/g;
export const plainRadicals = (s: string) => s.replace(RADICALS, (ch) => ch.normalize('NFKC'));

function cleanLine(m: Mapped): Mapped {
  let out = simplified(mapChars(m, (ch) => (SPACES.test(ch) ? ' ' : plainRadicals(ch))));
  out = remove(out, /\r/g);
  // Markdown from converted documents and web pages: headings, bold, list bullets.
  out = remove(out, /^ *#{1,6} +|\*\*|^ *[-*•·] +(?=\S)/g);
  // Mirror sites double or misplace punctuation (",,", ",。", ",、"): the comma before another mark goes.
  out = remove(out, /[,，](?=\s*[,，。、；;：:])/g);
  // A keycap number (1️⃣) at a line's start, or what is left of it after a bad copy (1??), is a list number.
  out = remove(out, /(?<=^\s*\d{1,2})(?:\ufe0f(?=\u20e3)|\?(?=\?))/g);
  out = keycapNumber(out);
  return out;
}

/** "1⃣有…" or "1?有…" (after the line above) → "1、有…"; the mapping of every character is kept. */
function keycapNumber(m: Mapped): Mapped {
  const hit = /^(\s*\d{1,2})[?\u20e3](?=\S)/.exec(m.text);
  if (!hit) return m;
  const at = (hit[1] ?? '').length;
  return { text: `${m.text.slice(0, at)}、${m.text.slice(at + 1)}`, at: m.at };
}

/**
 * Lines that recur three times or more and are not text: a reader's watermark
 * (诸静2020-07-204704) or a running header. Lines inside tables repeat too
 * (有□ 无□), so anything next to a table line or with sentence punctuation stays.
 */
function repeatedNoise(lines: Mapped[]): Set<string> {
  const counts = new Map<string, number>();
  lines.forEach((m) => {
    const t = m.text.trim();
    if (t && t.length <= 40 && !m.text.includes('\t') && !isBoxLine(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  const noise = new Set<string>();
  for (const [t, n] of counts) {
    if (n < 3 || MARKERS.test(t) || /[。，；：:]/.test(t)) continue;
    const nearTable = lines.some((m, i) => m.text.trim() === t && [lines[i - 1], lines[i + 1]].some((x) => x?.text.includes('\t')));
    if (!nearTable) noise.add(t);
  }
  return noise;
}

/**
 * A web page flattened to one line: its line breaks became spaces, so spaces
 * between Chinese text break it again (the paragraph reader rejoins wrapped
 * sentences), and so does the numbering of headings where no space is left.
 */
export function unflatten(lines: Line[]): Line[] {
  return lines.flatMap((line) => {
    const t = line.m.text;
    if (line.blank || t.includes('\t')) return [line];
    const cuts = new Set<number>();
    // "…制定本工作方案。一、工作目标以…": a section's heading glued after the sentence before it.
    for (const h of t.matchAll(GLUED_HEADING)) cuts.add(h.index);
    const markers = /[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]/g;
    if (t.length < 300 || (t.match(markers) ?? []).length < 3) return cutAt(line, cuts);
    for (const h of t.matchAll(/\s+/g)) {
      const [before, after] = [t[h.index - 1] ?? '', t[h.index + h[0].length] ?? ''];
      // "PDF 版", "2023 年" are words, not broken lines.
      if (!(/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9年月日版]/.test(after))) cuts.add(h.index);
    }
    for (const h of t.matchAll(/(?<=[。；！？])(?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d))/g)) cuts.add(h.index);
    return cutAt(line, cuts);
  });
}

const GLUED_HEADING = new RegExp(`(?<=[。；！？])(?=[一二三四五六七八九十]+、(?:${SECTION_NAME.source.slice(1)}))`, 'g');

function cutAt(line: Line, cuts: Set<number>): Line[] {
  if (!cuts.size) return [line];
  const t = line.m.text;
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), t.length];
  return bounds
    .slice(1)
    .map((end, i) => ({ m: slice(line.m, bounds[i] ?? 0, end), blank: false }))
    .filter((l) => l.m.text.trim());
}
