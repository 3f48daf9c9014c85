// The blanks a fill-in form leaves for the answer: "制定时间  年  月", "共  人",
// "共  万元", "整改率  %", "文号：      ", "是否…". Each becomes a blank of its kind, in the
// order printed, and the item's answer follows from them.
import type { NoticeBlank, ProposedItem } from '../../../../shared/noticeProposal';

type Answer = ProposedItem['answer'];

// A blank is a run of spaces (or underscores) before a unit, or a label with nothing after it.
const GAP = '(?:[ _\\u3000]{1,}|(?<=[共计为约有]))';
const PATTERNS: { re: RegExp; kind: NoticeBlank['kind']; unit: (m: RegExpExecArray) => string }[] = [
  { re: new RegExp(`${GAP}年${GAP}月(?:${GAP}日)?`, 'g'), kind: 'date', unit: () => '' },
  { re: /(?:文号|许可证号|编号|证号|批准文号)\s*[:：]?\s*(?:[_ ]{2,}|(?=[。；;]?\s*$)|(?=[。；;]))/g, kind: 'docNumber', unit: () => '' },
  { re: new RegExp(`${GAP}万元`, 'g'), kind: 'amount', unit: () => '万元' },
  { re: new RegExp(`${GAP}[%％]`, 'g'), kind: 'percent', unit: () => '%' },
  { re: new RegExp(`${GAP}(人次|人)(?![员民])`, 'g'), kind: 'persons', unit: (m) => m[1] ?? '人' },
  { re: new RegExp(`${GAP}(个|张|件|例|次|场|家|条|项|起|份|元)(?![\\u4e00-\\u9fa5]{0,0}[\\u4e00-\\u9fa5]{2})`, 'g'), kind: 'count', unit: (m) => m[1] ?? '' },
];

export function blanksOf(text: string): NoticeBlank[] {
  const found: (NoticeBlank & { at: number })[] = [];
  const taken = new Uint8Array(text.length + 1);
  for (const { re, kind, unit } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (taken[m.index]) continue;
      taken.fill(1, m.index, m.index + Math.max(1, m[0].length));
      const from = Math.max(0, m.index - 4);
      found.push({ kind, unit: unit(m as RegExpExecArray), original: text.slice(from, m.index + m[0].length).trim(), at: m.index });
    }
  }
  if (!found.length && /是否/.test(text)) found.push({ kind: 'yesno', unit: '', original: '是否', at: text.indexOf('是否') });
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...b }) => b);
}

function answerOfBlank(b: NoticeBlank): Answer {
  if (b.kind === 'amount') return { kind: 'amount', unit: '万元' };
  if (b.kind === 'persons' || b.kind === 'count') return { kind: 'count', unit: b.unit };
  if (b.kind === 'yesno') return { kind: 'yesno' };
  return { kind: b.kind };
}

const sameAnswer = (a: Answer, b: Answer) => JSON.stringify(a) === JSON.stringify(b);

/** The answer an item takes from its blanks: one figure in a unit, a date, a 文号, a rate, 有/无 for 是否; text for a mix. */
export function answerOfBlanks(blanks: NoticeBlank[]): Answer {
  const parts = answerParts(blanks);
  const first = blanks[0];
  return first && !parts.length ? answerOfBlank(first) : { kind: 'text' };
}

/**
 * Every answer kind of an item whose blanks differ (共  人，涉及金额  万元 → persons in 人 and
 * an amount in 万元), in the order printed; empty when one kind answers it all.
 */
export function answerParts(blanks: NoticeBlank[]): Answer[] {
  const answers = blanks.map(answerOfBlank);
  return answers.some((a) => !sameAnswer(a, answers[0] as Answer)) ? answers : [];
}
