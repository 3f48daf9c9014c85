// Text that remembers where each character came from in the extracted notice, so
// that every proposed element can point the review screen at its source.
import type { SourceSpan } from '../../../../shared/noticeProposal';

export interface Mapped {
  text: string;
  /** at[i]: offset in the source text of text[i]. */
  at: number[];
}

const EMPTY: Mapped = { text: '', at: [] };

export function fromSource(text: string, offset = 0): Mapped {
  return { text, at: Array.from({ length: text.length }, (_, i) => offset + i) };
}

export function slice(m: Mapped, start: number, end = m.text.length): Mapped {
  return { text: m.text.slice(start, end), at: m.at.slice(start, end) };
}

export function concat(parts: Mapped[], sep = ''): Mapped {
  const out: Mapped = { text: '', at: [] };
  parts.forEach((p, i) => {
    if (i > 0 && sep) {
      out.text += sep;
      // A separator belongs to where the next part starts.
      for (let k = 0; k < sep.length; k++) out.at.push(p.at[0] ?? out.at[out.at.length - 1] ?? 0);
    }
    out.text += p.text;
    // Not push(...p.at): a paragraph of a million characters would overflow the stack.
    for (const a of p.at) out.at.push(a);
  });
  return out;
}

/** Keeps the characters `keep` accepts. */
export function filter(m: Mapped, keep: (i: number) => boolean): Mapped {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < m.text.length; i++) {
    if (!keep(i)) continue;
    text += m.text[i];
    at.push(m.at[i] ?? 0);
  }
  return { text, at };
}

/** Drops every match of `re` (global). */
export function remove(m: Mapped, re: RegExp): Mapped {
  const drop = new Uint8Array(m.text.length);
  for (const hit of m.text.matchAll(re)) drop.fill(1, hit.index, hit.index + hit[0].length);
  return filter(m, (i) => drop[i] === 0);
}

/** Replaces UTF-16 units one for one (the mapping stays); `f` must keep the length. */
export function mapChars(m: Mapped, f: (ch: string) => string): Mapped {
  return { text: m.text.replace(/[\s\S]/g, (ch) => (f(ch).length === 1 ? f(ch) : ch)), at: m.at };
}

export function trim(m: Mapped): Mapped {
  const start = m.text.length - m.text.trimStart().length;
  const end = m.text.trimEnd().length;
  return start >= end ? EMPTY : slice(m, start, end);
}

const ASCII_WORD = /[A-Za-z0-9]/;
/** Spaces survive only between two Latin letters or digits: PDF and Word put stray ones between Chinese characters. */
export function collapseSpaces(m: Mapped): Mapped {
  const t = m.text;
  return filter(m, (i) => {
    if (t[i] !== ' ' && t[i] !== '\t' && t[i] !== '\n') return true;
    if (t[i] === '\n') return false;
    let a = i - 1;
    while (a >= 0 && t[a] === ' ') a--;
    let b = i + 1;
    while (b < t.length && t[b] === ' ') b++;
    if (a < 0 || b >= t.length) return false;
    return ASCII_WORD.test(t[a] ?? '') && ASCII_WORD.test(t[b] ?? '') && (i === 0 || t[i - 1] !== ' ');
  });
}

export function spanOf(m: Mapped): SourceSpan | null {
  const first = m.at[0];
  const last = m.at[m.at.length - 1];
  return first === undefined || last === undefined ? null : { start: first, end: last + 1 };
}

export function spanOfAll(parts: Mapped[]): SourceSpan | null {
  const spans = parts.map(spanOf).filter((s): s is SourceSpan => s !== null);
  if (spans.length === 0) return null;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}
