// Period and scope from the body's sections ("一、整治时间", "二、整治范围") or
// sentences ("专项整治行动时间为2020年9月-2020年12月"), falling back on the phases,
// the addressees and the year of a work-points notice.
import type { NoticeProposal, ProposedPhase, SourceSpan } from '../../../../shared/noticeProposal';
import { readDateRange } from './dates';
import type { Found } from './header';
import { concat, slice, spanOf, trim, type Mapped } from './mapped';
import type { OutlineNode } from './outline';

type Period = NoticeProposal['campaign']['period'];

export function periodOf(
  roots: OutlineNode[],
  paragraphs: Mapped[],
  phases: ProposedPhase[],
  fallback: { year: number | null; issuedOn: string | null; workPoints: boolean },
): Found<Period> | null {
  for (const s of roots.filter((r) => r.level === 1 && /时间|期限|时限/.test(r.title.text))) {
    const body = trim(concat(s.body));
    const range = readDateRange(body.text, fallback.year);
    if (range?.start) return { value: { start: range.start, end: range.end, original: body.text }, span: spanOf(body) };
  }
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(/[^。；]*(?:时间为|时间：|为期|时间是|期限为)[^。；]*[。；]?/g)) {
      const range = readDateRange(m[0], fallback.year);
      if (range?.start && range.end && range.start !== range.end) {
        const sentence = trim(slice(p, m.index, m.index + m[0].length));
        return { value: { start: range.start, end: range.end, original: sentence.text }, span: spanOf(sentence) };
      }
    }
  }
  if (phases.length) {
    const first = phases[0] as ProposedPhase;
    const last = phases[phases.length - 1] as ProposedPhase;
    const spans = phases.map((p) => p.span).filter((s): s is SourceSpan => s !== null);
    return {
      value: { start: first.start ?? fallback.issuedOn, end: last.end, original: phases.map((p) => p.original).join('……') },
      span: spans.length ? { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) } : null,
    };
  }
  if (fallback.workPoints && fallback.year) {
    return { value: { start: `${fallback.year}-01-01`, end: `${fallback.year}-12-31`, original: `${fallback.year}年` }, span: null };
  }
  return null;
}

export function scopeOf(roots: OutlineNode[]): Found<string> | null {
  for (const s of roots.filter((r) => r.level === 1 && /范围|对象/.test(r.title.text))) {
    const body = trim(concat(s.body));
    if (body.text) return { value: body.text, span: spanOf(body) };
  }
  return null;
}
