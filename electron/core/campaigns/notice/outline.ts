// The body's numbering as a tree: 一、 → （一） → 1. → （1） → ① → 一是, with full- and
// half-width brackets and dots (一. 1． (1) ㈠ ⑴). Each heading keeps its own title ("拓宽渠道，深入
// 开展线索摸排") apart from the text that follows it, on its line or below.
import type { Paragraph } from './blocks';
import { slice, trim, type Mapped } from './mapped';
import { SECTION_NAME } from './sectionNames';

export interface OutlineNode {
  level: number;
  /** The numbering as printed, normalised to full-width brackets: 一、 （一） 1. （1） ① */
  no: string;
  title: Mapped;
  /** Text after the title: the rest of the heading paragraph and the paragraphs below. */
  body: Mapped[];
  heading: Paragraph;
  children: OutlineNode[];
  parent: OutlineNode | null;
}

const CN = '一二三四五六七八九十';
/** ㈠ → 一, ⑴ → 1: the enclosed forms some templates print. */
const enclosedCn = (ch: string) => CN[ch.charCodeAt(0) - 0x3220] ?? '';
const enclosedDigit = (ch: string) => String(ch.charCodeAt(0) - 0x2474 + 1);

const LEVELS: { re: RegExp; no: (m: RegExpExecArray) => string }[] = [
  { re: /^([一二三四五六七八九十]+)[、.．](?!\d)/, no: (m) => `${m[1]}、` },
  { re: /^(?:[（(]([一二三四五六七八九十]+)[）)]|([㈠-㈩]))/, no: (m) => `（${m[1] ?? enclosedCn(m[2] ?? '')}）` },
  { re: /^(\d{1,2})[.．、](?!\d)/, no: (m) => `${m[1]}` },
  { re: /^(?:[（(](\d{1,2})[）)]|([⑴-⒇]))/, no: (m) => `（${m[1] ?? enclosedDigit(m[2] ?? '')}）` },
  { re: /^([①-⑳])/, no: (m) => m[1] ?? '' },
  // 一是/二是 as paragraphs of their own; inside one paragraph they are a list (inlineList).
  { re: /^([一二三四五六七八九十]+是)(?=[\u4e00-\u9fa5])/, no: (m) => m[1] ?? '' },
];

export function headingOf(text: string): { level: number; no: string; length: number } | null {
  for (const [i, { re, no }] of LEVELS.entries()) {
    const m = re.exec(text);
    if (m) return { level: i + 1, no: no(m), length: m[0].length };
  }
  return null;
}

/** A title longer than this is a sentence, not a heading's name. */
const NAME_MAX = 25;

/** Splits "拓宽渠道，深入开展线索摸排。拓展线索来源…" into its title and the rest. */
export function splitTitle(m: Mapped): { title: Mapped; rest: Mapped } {
  const t = m.text;
  const stop = t.search(/[。；;]/);
  const name = SECTION_NAME.exec(t)?.[0];
  if (name && (stop < 0 ? t.length : stop) > NAME_MAX) return { title: slice(m, 0, name.length), rest: trim(slice(m, name.length)) };
  if (stop < 0) return t.length <= 80 ? { title: trim(m), rest: slice(m, t.length) } : { title: slice(m, 0, 0), rest: m };
  if (stop > 80) return { title: slice(m, 0, 0), rest: m };
  return { title: trim(slice(m, 0, stop)), rest: trim(slice(m, stop + 1)) };
}

export function buildOutline(paragraphs: Paragraph[]): { roots: OutlineNode[]; preamble: Paragraph[] } {
  const roots: OutlineNode[] = [];
  const preamble: Paragraph[] = [];
  const stack: OutlineNode[] = [];
  for (const p of paragraphs) {
    const h = headingOf(p.m.text);
    if (!h) {
      const top = stack[stack.length - 1];
      if (top) top.body.push(p.m);
      else preamble.push(p);
      continue;
    }
    // 1. under 一、 directly (no （一）) is still one level below it.
    while (stack.length && (stack[stack.length - 1] as OutlineNode).level >= h.level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const { title, rest } = splitTitle(trim(slice(p.m, h.length)));
    const node: OutlineNode = { level: h.level, no: h.no, title, body: rest.text ? [rest] : [], heading: p, children: [], parent };
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return { roots, preamble };
}

export const headingText = (n: OutlineNode) => `${n.no}${n.title.text}`;
