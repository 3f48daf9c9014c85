// The notice's sections that set no task — 工作目标, 适用范围/检查对象, 工作步骤/时间安排,
// 工作要求, 组织领导/保障措施, 指导思想 — kept as they read and labelled by kind, so
// that none becomes a task waiting for lead units. Each keeps its own text and its
// numbered items ((一)… below it, or 一是…二是… run together in one paragraph), and
// every item the numeric targets it sets (提升至90%以上, 不少于3次).
import type { SectionKind } from '../../../../shared/campaign';
import type { ProposedNoticeSection, ProposedPhase, ProposedSectionItem } from '../../../../shared/noticeProposal';
import { inlineItems, itemParts } from './inlineList';
import { concat, slice, spanOf, spanOfAll, trim, type Mapped } from './mapped';
import { headingText, type OutlineNode } from './outline';
import { targetsOf, unitFlags } from './targets';

const KINDS: [RegExp, SectionKind][] = [
  [/目标/, 'goal'],
  [/范围|对象/, 'scope'],
  [/步骤|阶段|安排|时间|方法|方式/, 'steps'],
  [/保障|组织|领导/, 'safeguards'],
  [/要求|附则/, 'requirements'],
  [/总体|意义|依据|原则|指导思想/, 'principles'],
];

/**
 * The kind of a section that sets no task; null for one that sets work (重点任务, 检查内容…).
 * Below 一、 only a heading's short name counts: "三是…社会组织利用工作便利…" is work, "（五）组织领导" is not.
 */
export function sectionKindOf(n: OutlineNode): SectionKind | null {
  const title = n.title.text.replace(/[。；;：:]$/, '');
  if (n.level > 1 && title.length > 10) return null;
  return KINDS.find(([re]) => re.test(title))?.[1] ?? null;
}

/** The sections a notice's work is divided into: its 一、 headings, or its top headings where it has none. */
export const topSections = (roots: OutlineNode[]) => (roots.some((r) => r.level === 1) ? roots.filter((r) => r.level === 1) : roots);

const DATE_LINE = /^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年.{1,6}日\s*$/;
const ISSUER_LINE = /^\s*(?:[\u4e00-\u9fa5（）()]{2,30}(?:委员会|委|局|厅|办公室|政府|党委|中心|院|办)\s*)+$/;

/** The signature that closes the notice (某市卫生健康委员会 / 2024年3月25日) is not the last section's text. */
function withoutSignature(body: Mapped[]): Mapped[] {
  if (!DATE_LINE.test(body[body.length - 1]?.text ?? '')) return body;
  let end = body.length - 1;
  while (end > 0 && ISSUER_LINE.test(body[end - 1]?.text ?? '')) end--;
  return body.slice(0, end);
}

/** The paragraphs below a heading, without the rest of the heading's own line. */
function below(n: OutlineNode): Mapped[] {
  const inHeading = new Set(n.heading.m.at);
  return withoutSignature(n.body.filter((b) => !inHeading.has(b.at[0] ?? -1)));
}

/** A sub-item as printed, its number included. */
const printed = (n: OutlineNode): Mapped => concat([n.heading.m, ...below(n), ...n.children.map(printed)], '\n');

/** A node's wording without its number: its heading line after the number, the paragraphs below and its sub-items. */
function nodeText(n: OutlineNode): Mapped {
  const h = n.heading.m;
  const first = n.title.at[0] ?? n.body[0]?.at[0];
  const from = first === undefined ? h.text.length : Math.max(0, h.at.indexOf(first));
  return trim(concat([trim(slice(h, from)), ...below(n), ...n.children.map(printed)], '\n'));
}

const ORDINALS = '一二三四五六七八九十';

/**
 * 一是…，二是…；三是…: the ordinals in sequence, each at the start or after a mark of
 * punctuation — a goal's list runs on after commas as often as after semicolons.
 */
function ordinalItems(m: Mapped): { lead: Mapped; items: Mapped[] } | null {
  const hits: number[] = [];
  let from = 0;
  for (let k = 0; k < ORDINALS.length; k++) {
    const word = `${ORDINALS[k]}是`;
    let at = m.text.indexOf(word, from);
    while (at > 0 && !/[。；;，,：:]/.test(m.text[at - 1] ?? '')) at = m.text.indexOf(word, at + 1);
    if (at < 0) break;
    hits.push(at);
    from = at + word.length;
  }
  if (hits.length < 2) return null;
  const items = hits.map((h, i) => trim(slice(m, h, hits[i + 1] ?? m.text.length)));
  return { lead: trim(slice(m, 0, hits[0])), items };
}

function itemOf(m: Mapped, no: string): ProposedSectionItem {
  const span = spanOf(m);
  const targets = targetsOf(m.text);
  return { no, text: m.text, ...(targets.length ? { targets } : {}), span, flags: unitFlags(targets, span) };
}

/** Items listed inside the section's own paragraphs; the text before the list stays the section's. */
function listedItems(body: Mapped[]): { text: Mapped[]; items: ProposedSectionItem[] } | null {
  for (const [i, p] of body.entries()) {
    const ordinal = ordinalItems(p);
    const numbered = ordinal ? null : inlineItems(p);
    if (!ordinal && !numbered) continue;
    const listed = ordinal?.items ?? numbered ?? [];
    const lead = ordinal?.lead ?? trim(slice(p, 0, Math.max(0, p.at.indexOf(listed[0]?.at[0] ?? -1))));
    const items = listed.map((x) => {
      const { no, text } = itemParts(x);
      return itemOf(text, no);
    });
    return { text: [...body.slice(0, i), ...(lead.text ? [lead] : [])], items };
  }
  return null;
}

export function sectionsOf(roots: OutlineNode[], phases: ProposedPhase[]): ProposedNoticeSection[] {
  const out: ProposedNoticeSection[] = [];
  // A step whose heading was read as a phase (（一）自查自纠（6月30日前）) lives there, not a second time here.
  const isPhase = (n: OutlineNode) => {
    const s = spanOf(n.title);
    return !!s && phases.some((p) => p.span && p.span.start >= s.start && p.span.start < s.end);
  };
  for (const s of topSections(roots)) {
    const kind = sectionKindOf(s);
    if (!kind) continue;
    const children = s.children.filter((c) => !isPhase(c));
    const body = withoutSignature(s.body);
    const listed = children.length ? null : listedItems(body);
    const own = trim(concat(listed?.text ?? body, '\n'));
    const items = listed?.items ?? children.map((c) => itemOf(nodeText(c), c.no));
    if (!own.text && !items.length) continue;
    const span = spanOfAll([s.heading.m, ...body, ...s.children.map((c) => nodeText(c))]);
    const targets = targetsOf(own.text);
    out.push({
      id: `s${out.length + 1}`,
      no: s.no,
      kind,
      title: s.title.text.replace(/[。；;]$/, '') || headingText(s),
      text: own.text,
      items,
      ...(targets.length ? { targets } : {}),
      span,
      flags: unitFlags(targets, span),
    });
  }
  return out;
}
