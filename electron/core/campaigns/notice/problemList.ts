// A problem list (问题清单) as checklist groups: each category ("（1）不合理收费问题。")
// a group, each behaviour it lists ("将…收费；将…计费；…等。") an item answered 有/无,
// with how many and how much where found. Behaviours of someone other than the hospital
// (参保人员, 经办人员/经办机构, 行政机关, 企业) stay in the list flagged 不适用, with why.
import type { ProposalFlag, ProposedChecklist, ProposedGroup, ProposedItem } from '../../../../shared/noticeProposal';
import { concat, slice, spanOf, trim, type Mapped } from './mapped';
import type { OutlineNode } from './outline';
import { targetsOf, unitFlags } from './targets';

/** Who a behaviour is about, when it is not a medical institution or its staff. */
const OUTSIDE: { re: RegExp; who: string }[] = [
  { re: /^(?:医保)?参保(?:人员|群众|人)/, who: '参保人员' },
  { re: /^(?:医保)?经办(?:人员|机构)/, who: '医保经办机构及其人员' },
  { re: /^(?:卫生|中医药|医药领域)?.{0,6}行政(?:机关|管理部门)/, who: '行政部门' },
  { re: /^(?:医药)?生产经营企业|^医药企业/, who: '医药企业' },
  { re: /^(?:接受.{0,20})?社会组织/, who: '社会组织' },
];
const HOSPITAL = /医疗机构|医药机构|医院|医疗卫生机构|医务人员|医师|药师|护士|卫生院/;

/** Why an item does not apply to a hospital, or null when it does. */
export function notApplicable(text: string): string | null {
  const head = text.replace(/^[，,：:\s]+/, '');
  for (const { re, who } of OUTSIDE) {
    if (!re.test(head)) continue;
    // "医保经办机构、定点医药机构等单位…" names the hospital too.
    if (HOSPITAL.test(head.slice(0, 30))) return null;
    return `不适用：针对${who}，不是医院的自查项`;
  }
  return null;
}

const MARKERS = /(?:^|(?<=[。；;：:，,]\s*))(?:[①-⑳]|[一二三四五六七八九十]+是|[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d))/g;

/** A category's text → its behaviours: numbered (①, 1., 一是) or split on ； and 。, "等" dropped. */
export function behaviours(m: Mapped): Mapped[] {
  const t = m.text;
  const marks = [...t.matchAll(MARKERS)];
  let parts: Mapped[];
  if (marks.length >= 2) {
    parts = marks.map((h, i) => {
      const part = slice(m, h.index, marks[i + 1]?.index ?? t.length);
      return trim(slice(part, h[0].length));
    });
  } else {
    parts = [];
    let from = 0;
    for (const stop of t.matchAll(/[；;。]/g)) {
      parts.push(trim(slice(m, from, stop.index)));
      from = stop.index + 1;
    }
    parts.push(trim(slice(m, from)));
  }
  return parts
    .map((p) => {
      const end = p.text.replace(/(?:等(?:问题|行为|情况)?)?[。；;，,]*$/, '').length;
      return trim(slice(p, 0, end));
    })
    .filter((p) => p.text.replace(/\s/g, '').length >= 4);
}

function itemOf(m: Mapped, id: string, no: string): ProposedItem {
  const span = spanOf(m);
  const targets = targetsOf(m.text);
  const flags: ProposalFlag[] = unitFlags(targets, span);
  return {
    id,
    no,
    text: m.text,
    answer: { kind: 'yesno' },
    note: '有则填写：涉及例数、涉及金额（万元）',
    blanks: [
      { kind: 'yesno', unit: '', original: '有/无' },
      { kind: 'count', unit: '例', original: '涉及例数' },
      { kind: 'amount', unit: '万元', original: '涉及金额' },
    ],
    span,
    flags,
    ...(targets.length ? { targets } : {}),
  };
}

/** "不合理收费问题" names a category; "有48家医疗机构存在…问题" is a finding, an item of its own. */
const isCategoryName = (t: string) => /问题$|方面$/.test(t.replace(/[。.]$/, '')) && !/^(?:有|存在)|\d+家/.test(t) && t.length <= 30;

/** The items of a run 一是…二是… (or ①…②…) printed on the heading's own line, or null. */
function runOnLine(n: OutlineNode): Mapped[] | null {
  if (!/^(?:[一二三四五六七八九十]+是|[①-⑳])/.test(n.no) || !n.body.length) return null;
  const parts = behaviours(trim(concat([n.heading.m, ...n.body.slice(1)], '。')));
  return parts.length >= 2 ? parts : null;
}

const isRequirement = (n: OutlineNode) => /要求|说明|注[:：]?$/.test(n.title.text);

/**
 * Groups from the outline: the nodes with children are categories of their children;
 * leaves under no category form one group titled by the document. A category with no
 * child splits its own text.
 */
export function problemChecklist(roots: OutlineNode[], loose: Mapped[], title: string): ProposedChecklist | null {
  const id = 'clp';
  const groups: ProposedGroup[] = [];
  let n = 0;
  const group = (titleText: string, span: ProposedGroup['span']): ProposedGroup => {
    const g: ProposedGroup = { id: `${id}-g${groups.length + 1}`, title: titleText, items: [], span, flags: [] };
    groups.push(g);
    return g;
  };
  const add = (g: ProposedGroup, m: Mapped, no: string) => g.items.push(itemOf(m, `${id}-i${++n}`, no || String(n)));
  const categories = roots.filter((r) => !isRequirement(r));
  const flat = categories.length > 0 && categories.every((r) => !r.children.length) && categories.every((r) => !isCategoryName(r.title.text));
  if (flat) {
    // 1、…的行为； 2、…: every root is an item of one group.
    const g = group(title || '问题清单', null);
    for (const r of categories) {
      // 一是…。 二是…。 三是… on one line reads as a heading 一是 with the rest as its body: split the whole line.
      const run = runOnLine(r);
      if (run) run.forEach((p) => add(g, p, ''));
      else add(g, trim(concat([r.title, ...r.body].filter((x) => x.text), '')), r.no.replace(/[、.]$/, ''));
    }
  } else {
    for (const r of categories) {
      const g = group(r.title.text.replace(/[。.；;]$/, ''), spanOf(r.heading.m));
      const leaves = r.children.filter((c) => !isRequirement(c));
      if (leaves.length) {
        for (const c of leaves) {
          const own = trim(concat([c.title, ...c.body].filter((x) => x.text), '。'));
          // ①…；②…；③… on one line reads as a heading ① with the rest as its body: split the whole line.
          const circled = /^[①-⑳]/.test(c.no);
          const parts = circled ? behaviours(trim(concat([c.heading.m, ...c.body.slice(1)], '。'))) : c.body.length ? behaviours(trim(concat(c.body, '。'))) : [];
          if (circled && parts.length >= 2) parts.forEach((p) => add(g, p, ''));
          else if (parts.length >= 2) {
            const sub = group(`${g.title}／${c.title.text.replace(/[。.]$/, '')}`, spanOf(c.heading.m));
            parts.forEach((p) => add(sub, p, ''));
          } else add(g, own, c.no);
        }
      } else {
        for (const p of behaviours(trim(concat(r.body, '。')))) add(g, p, '');
      }
    }
  }
  // A list with no numbering at all: the sentence that lists behaviours after a colon.
  if (!groups.some((g) => g.items.length)) {
    for (const m of loose) {
      const colon = m.text.search(/[：:]/);
      const list = colon >= 0 ? trim(slice(m, colon + 1)) : m;
      const parts = behaviours(list);
      if (parts.length >= 3) {
        const g = group(title || '问题清单', spanOf(m));
        parts.forEach((p) => add(g, p, ''));
        break;
      }
    }
  }
  const kept = groups.filter((g) => g.items.length);
  if (!kept.length) return null;
  const spans = kept.flatMap((g) => g.items.map((i) => i.span)).filter((s) => s !== null);
  const span = spans.length ? { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) } : null;
  const checklist: ProposedChecklist = { id, title: title || '问题清单', annex: null, header: [], groups: kept, span, flags: [] };
  flagNotApplicable(checklist);
  return checklist;
}

/** Flags a table-shaped problem list's items that do not apply to a hospital. */
export function flagNotApplicable(checklist: ProposedChecklist): void {
  for (const g of checklist.groups) {
    const groupReason = notApplicable(g.title);
    for (const item of g.items) {
      if (item.flags.some((f) => f.code === 'notApplicable')) continue;
      const reason = groupReason ?? notApplicable(item.text);
      if (reason) item.flags.push({ code: 'notApplicable', message: `“${item.text.slice(0, 30)}”${reason}`, span: item.span });
    }
  }
}
