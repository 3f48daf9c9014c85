// Numeric targets a task or checklist item sets: 抽查比例不低于20%, 每家抽查20人以上,
// 覆盖率达到100%, 不超过3个工作日, 案件数量同比下降30% (reduce by), 降低至10%以下 (a ceiling).
// Read from the item's own text, in the order printed.
import type { NoticeTarget, ProposalFlag, SourceSpan } from '../../../../shared/noticeProposal';

const UNITS = '个百分点|百分点|万元|元|人次|个工作日|工作日|小时|%|％|‰|岁|人|家|个|份|件|次|例|天|日|张|床|项|所|户|起|条|批|套|台|名|倍|分';
const NUMBER = '(\\d+(?:\\.\\d+)?)';
const BEFORE: [RegExp, NoticeTarget['comparison']][] = [
  [/不低于|不少于|不小于|不得低于|不得少于|至少|达到|^达$|提升至|提高到|提高至/, 'atLeast'],
  [/不超过|不高于|不大于|不得超过|不多于|最多|降至|降低到|降低至|下降到|下降至|减少到|减少至|减至|压减至|压减到|控制在/, 'atMost'],
  // After the "…至/到" ceilings above: 下降30% is a fall by 30 %, 降低至30% a ceiling of 30 %.
  [/下降|降低|减少|压减|压降/, 'reduceBy'],
  [/超过|高于|大于|多于|^超$/, 'above'],
  [/低于|少于|小于/, 'below'],
];
const AFTER: [RegExp, NoticeTarget['comparison']][] = [
  [/^(?:及|或)?以上/, 'atLeast'],
  [/^(?:及|或)?以下|^以内/, 'atMost'],
];
const WORDS =
  '不得低于|不得少于|不得超过|不低于|不少于|不小于|不超过|不高于|不大于|不多于|至少|最多|达到|提升至|提高到|提高至|降至|降低到|降低至|下降到|下降至|减少到|减少至|减至|压减至|压减到|控制在|' +
  '超过|高于|大于|多于|低于|少于|小于|达|超|(?:同比|分别|均|再)?(?:下降|降低|减少|压减|压降)(?:了)?';
const LEADING = new RegExp(`(${WORDS})${NUMBER}\\s*(${UNITS})`, 'g');
/** 达85, 达82.4 without a unit we know: kept with no unit, for the officer to complete. */
const BARE = new RegExp(`(${WORDS})${NUMBER}(?![\\d.:：/／]|\\s*(?:${UNITS}))`, 'g');
const TRAILING = new RegExp(`${NUMBER}\\s*(${UNITS})\\s*((?:及|或)?以上|(?:及|或)?以下|以内)`, 'g');

const comparisonOf = (word: string, table: [RegExp, NoticeTarget['comparison']][]) => table.find(([re]) => re.test(word))?.[1] ?? null;
const unitOf = (u: string) => (u === '％' ? '%' : u);

export function targetsOf(text: string): NoticeTarget[] {
  const found: { at: number; end: number; target: NoticeTarget }[] = [];
  // The clause a target sits in, after full- or half-width punctuation (a mirror site's ",").
  const clauseAt = (i: number) => Math.max(...['，', '；', '。', '：', ',', ';', ':'].map((p) => text.lastIndexOf(p, i))) + 1;
  for (const m of text.matchAll(LEADING)) {
    const comparison = comparisonOf(m[1] ?? '', BEFORE);
    if (!comparison) continue;
    const start = clauseAt(m.index);
    // 提升至90%以上: the wording kept whole, its 以上 included.
    const end = m.index + m[0].length + (/^(?:(?:及|或)?以上|(?:及|或)?以下|以内)/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
    found.push({ at: m.index, end, target: { comparison, value: Number(m[2]), unit: unitOf(m[3] ?? ''), original: text.slice(start, end) } });
  }
  for (const m of text.matchAll(TRAILING)) {
    const comparison = comparisonOf(m[3] ?? '', AFTER);
    if (!comparison || found.some((f) => f.at <= m.index && m.index < f.end)) continue;
    const start = clauseAt(m.index);
    found.push({ at: m.index, end: m.index + m[0].length, target: { comparison, value: Number(m[1]), unit: unitOf(m[2] ?? ''), original: text.slice(start, m.index + m[0].length) } });
  }
  for (const m of text.matchAll(BARE)) {
    const comparison = comparisonOf(m[1] ?? '', BEFORE);
    // 达2025年 or 超3万 are dates and amounts, not bare figures.
    if (!comparison || /^\s*[年月万亿千百]/.test(text.slice(m.index + m[0].length))) continue;
    found.push({ at: m.index, end: m.index + m[0].length, target: { comparison, value: Number(m[2]), unit: '', original: text.slice(clauseAt(m.index), m.index + m[0].length) } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.target);
}

/** A target printed without a unit we know is kept, and the officer is asked for its unit. */
export function unitFlags(targets: NoticeTarget[], span: SourceSpan | null): ProposalFlag[] {
  return targets
    .filter((t) => !t.unit)
    .map((t) => ({ code: 'uncertain' as const, message: `目标“${t.original.slice(0, 60)}”没有可识别的单位，已保留，请核对并补上单位`, span }));
}
