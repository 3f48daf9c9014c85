// Sentences that name a date or a deadline but went into no task, phase, duty or
// period: the officer should see them, since the parser may have missed a duty.
import type { ProposalFlag, SourceSpan } from '../../../../shared/noticeProposal';
import { slice, spanOf, trim, type Mapped } from './mapped';

const DATED = /\d{1,2}月\d{1,2}日|\d{1,2}月(?:底|末)|每月\d{1,2}日|\d{4}年\d{1,2}月/;

export function unplacedFlags(paragraphs: Mapped[], placed: (SourceSpan | null)[], used: Mapped[]): ProposalFlag[] {
  const spans = [...placed, ...used.map(spanOf)].filter((s): s is SourceSpan => s !== null);
  const overlaps = (s: SourceSpan) => spans.some((p) => p.start < s.end && s.start < p.end);
  const flags: ProposalFlag[] = [];
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(/[^。；]+[。；]?/g)) {
      if (!DATED.test(m[0]) || /^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$/.test(m[0])) continue;
      const sentence = trim(slice(p, m.index, m.index + m[0].length));
      const span = spanOf(sentence);
      if (!span || overlaps(span)) continue;
      flags.push({ code: 'unplaced', message: `这句话含有日期，但未归入任何任务、阶段或报送要求：“${sentence.text.slice(0, 80)}”`, span });
    }
  }
  return flags;
}
