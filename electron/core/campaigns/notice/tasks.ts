// Tasks (重点任务) from the body's outline: the items of the sections that set
// work (整治措施, 工作任务, the sections of 工作要点), not of those that set time,
// scope, goals or requirements (kept by sections.ts). An item with numbered sub-items gives one task each.
import type { ProposedTask } from '../../../../shared/noticeProposal';
import { inlineItems, itemParts } from './inlineList';
import { concat, spanOf, spanOfAll, trim, type Mapped } from './mapped';
import { headingText, type OutlineNode } from './outline';
import { targetsOf, unitFlags } from './targets';
import { trailingAssignment } from './units';
import { deadlineOf } from './division';
import { sectionKindOf } from './sections';

const LABELLED = /[（(]\s*(?:牵头|责任)(?:单位|科室|部门)\s*[:：]\s*([^;；)）]+)(?:[;；]\s*配合(?:单位|科室|部门)\s*[:：]\s*([^;；)）]+))?(?:[;；]\s*(?:完成时限|时限|完成时间)\s*[:：]\s*([^)）]+))?[)）]\s*[。.]?\s*$/;

export interface BodyTask {
  task: ProposedTask;
  /** The node the task came from and the area it sits in (for matching the task table). */
  node: OutlineNode;
  area: OutlineNode;
}

const text = (parts: Mapped[]) => trim(concat(parts, '\n\n'));

function taskOf(node: OutlineNode, area: OutlineNode, no: string, section: string, index: number): BodyTask {
  let body = text(node.body);
  const title = node.title.text.replace(/[。；;]$/, '') || body.text.slice(0, 30);
  const task: ProposedTask = {
    id: `t${index}`,
    no,
    section,
    title,
    text: body.text || title,
    leadUnits: [],
    coUnits: [],
    deadline: null,
    span: spanOfAll([node.heading.m, ...node.body]),
    flags: [],
  };
  // "（牵头科室：党办；配合科室：各党支部；完成时限：2025年12月底前）" closing the item.
  const labelled = LABELLED.exec(body.text);
  if (labelled) {
    const list = (s: string | undefined) => (s ?? '').split(/[、，,]/).map((u) => u.trim()).filter(Boolean);
    task.leadUnits = list(labelled[1]);
    task.coUnits = list(labelled[2]);
    if (labelled[3]) task.deadline = deadlineOf(labelled[3].trim(), null);
    body = trim({ text: body.text.slice(0, labelled.index), at: body.at.slice(0, labelled.index) });
    task.text = body.text || title;
  }
  const units = labelled ? null : trailingAssignment(body.text);
  if (units) {
    body = trim({ text: body.text.slice(0, units.at), at: body.at.slice(0, units.at) });
    task.text = body.text || title;
    task.leadUnits = units.assignment.lead;
    task.coUnits = units.assignment.co;
  }
  const targets = targetsOf(task.text);
  if (targets.length) task.targets = targets;
  task.flags.push(...unitFlags(targets, task.span));
  return { task, node, area };
}

/**
 * 一是完善绩效考核。以…为目标，…。二是…: long items, but each opens with a short heading
 * sentence of its own, so they are separate tasks (unlike 000's 一是畅通信访举报渠道，… which
 * runs on as one sentence and stays one task).
 */
function headedItems(m: Mapped): Mapped[] | null {
  const hits = [...m.text.matchAll(/[一二三四五六七八九十]+是/g)].filter((h) => h.index === 0 || /[。；;]\s*$/.test(m.text.slice(Math.max(0, h.index - 2), h.index)));
  if (hits.length < 2 || (hits[0]?.index ?? 1) !== 0) return null;
  const items = hits.map((h, i) => trim({ text: m.text.slice(h.index, hits[i + 1]?.index ?? m.text.length), at: m.at.slice(h.index, hits[i + 1]?.index ?? m.text.length) }));
  const headed = items.every((x) => /^[一二三四五六七八九十]+是[^，,。；;]{2,25}。/.test(x.text));
  return headed ? items : null;
}

/** A task whose text is a list in one paragraph (一是…；二是…) → one task per item, sharing its units. */
function splitList(b: BodyTask): BodyTask[] {
  if (b.node.children.length || b.node.body.length !== 1) return [b];
  const body = b.node.body[0] as Mapped;
  const units = trailingAssignment(body.text);
  const listed = units ? trim({ text: body.text.slice(0, units.at), at: body.at.slice(0, units.at) }) : body;
  const items = inlineItems(listed) ?? headedItems(listed);
  if (!items) return [b];
  const section = b.node === b.area ? headingText(b.node) : `${b.task.section}／${headingText(b.node)}`;
  return items.map((item, k) => {
    const { no, text } = itemParts(item);
    const title = /^[^，,；;。]{2,40}/.exec(text.text)?.[0] ?? text.text.slice(0, 30);
    const targets = targetsOf(text.text);
    const task: ProposedTask = {
      ...b.task,
      no: `${b.task.no}${no || String(k + 1)}`,
      section,
      title,
      text: text.text,
      span: spanOf(item),
      flags: [],
    };
    task.flags.push(...unitFlags(targets, task.span));
    if (targets.length) task.targets = targets;
    else delete task.targets;
    return { ...b, task };
  });
}

/** A section with no sub-heading that still reads as one measure: "一、推进高水平医院建设。" and its paragraph. */
const isMeasure = (s: OutlineNode) => /。$/.test(s.heading.m.text.trim()) && s.body.some((b) => b.text.trim().length >= 20);

export function tasksFromOutline(roots: OutlineNode[]): BodyTask[] {
  const out: BodyTask[] = [];
  const add = (node: OutlineNode, area: OutlineNode, no: string, section: string) =>
    out.push(taskOf(node, area, no, section, out.length + 1));
  const sections = roots.some((r) => r.level === 1) ? roots.filter((r) => r.level === 1) : [];
  // Sections that set time, scope, goals or requirements are kept apart (sections.ts), not read as tasks.
  const areaLists = sections.length
    ? sections
        .filter((s) => !sectionKindOf(s) && (s.children.length || isMeasure(s)))
        .map((s) => ({ section: headingText(s), areas: s.children.length ? s.children : [s] }))
    : [{ section: '重点任务', areas: roots.filter((r) => !sectionKindOf(r)) }];
  for (const { section, areas } of areaLists) {
    for (const area of areas) {
      const subs = area.children.filter((c) => c.level === area.level + 1 || area.children.every((x) => x.level === c.level));
      if (subs.length) {
        for (const sub of subs) {
          // "2.重点举措" with (1)(2)… below and no text of its own: its items are the tasks.
          const items = !sub.body.some((b) => b.text.trim()) && sub.children.length ? sub.children : [sub];
          for (const item of items) add(item, area, item === sub ? `${area.no}${sub.no}` : `${area.no}${sub.no}${item.no}`, headingText(area));
        }
      } else {
        add(area, area, area.no, section);
      }
    }
  }
  // A bare number with nothing after it is not a task.
  const kept = out.flatMap(splitList).filter((b) => b.task.text.trim() !== '');
  kept.forEach((b, i) => (b.task.id = `t${i + 1}`));
  return kept;
}
