// The years an inspection looks back on — "对2023—2024年医保基金使用情况开展检查" —
// kept apart from the campaign's own period and from every deadline.
import type { NoticeProposal } from '../../../../shared/noticeProposal';
import { reviewYears } from './dates';
import type { Found } from './header';
import { slice, spanOf, type Mapped } from './mapped';

type ReviewPeriod = Omit<NonNullable<NoticeProposal['campaign']['reviewPeriod']>, 'span'>;
const LOOKS_BACK = /检查|核查|审查|审计|追溯|排查|自查|督查|使用情况|发生的/;

export function reviewPeriodOf(paragraphs: Mapped[]): Found<ReviewPeriod> | null {
  for (const p of paragraphs) {
    for (const s of p.text.matchAll(/[^。；]+/g)) {
      const years = reviewYears(s[0]);
      if (!years || !LOOKS_BACK.test(s[0])) continue;
      // A title in brackets or quotes (巡查实施方案（2020-2022年度）) names a document, not the years reviewed.
      const before = s[0].slice(Math.max(0, years.index - 1), years.index);
      if (/[（(《“]/.test(before)) continue;
      const at = s.index + years.index;
      return { value: { start: years.start, end: years.end, original: years.matched }, span: spanOf(slice(p, at, at + years.matched.length)) };
    }
  }
  return null;
}
