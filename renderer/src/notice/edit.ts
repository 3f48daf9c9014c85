// The review screen's edits on a proposed campaign, as pure functions: every
// list of items (phases, duties, tasks, a group's checklist items, a section's
// table rows, the notice's sections that set no task) is addressed by a ListRef,
// an item by its list and index.
import type {
  ProposedCampaign,
  ProposedDuty,
  ProposedItem,
  ProposedNoticeSection,
  ProposedPhase,
  ProposedRow,
  ProposedTask,
  SourceSpan,
} from '../../../shared/noticeProposal';

export type ListRef =
  | { kind: 'phases' }
  | { kind: 'duties' }
  | { kind: 'tasks' }
  | { kind: 'sections' }
  | { kind: 'items'; c: number; g: number }
  | { kind: 'rows'; t: number; s: number };

export interface ItemRef {
  list: ListRef;
  index: number;
}

type Element = ProposedPhase | ProposedDuty | ProposedTask | ProposedItem | ProposedRow | ProposedNoticeSection;

export const refKey = (r: ItemRef): string => {
  const l = r.list;
  if (l.kind === 'items') return `item-${l.c}-${l.g}-${r.index}`;
  if (l.kind === 'rows') return `row-${l.t}-${l.s}-${r.index}`;
  // Not section-N: that names a table's section.
  if (l.kind === 'sections') return `part-${r.index}`;
  return `${l.kind.slice(0, -1)}-${r.index}`;
};

export function getList(c: ProposedCampaign, l: ListRef): Element[] {
  if (l.kind === 'items') return c.checklists[l.c]?.groups[l.g]?.items ?? [];
  if (l.kind === 'rows') return c.tables[l.t]?.sections[l.s]?.rows ?? [];
  return c[l.kind];
}

/** A copy of the campaign with one list replaced; emptied groups, checklists, sections and tables go. */
export function setList(c: ProposedCampaign, l: ListRef, list: Element[]): ProposedCampaign {
  if (l.kind === 'items') {
    const checklists = c.checklists.map((cl, i) =>
      i !== l.c ? cl : { ...cl, groups: cl.groups.map((g, j) => (j === l.g ? { ...g, items: list as ProposedItem[] } : g)).filter((g) => g.items.length) },
    );
    return { ...c, checklists: checklists.filter((cl) => cl.groups.length) };
  }
  if (l.kind === 'rows') {
    const tables = c.tables.map((t, i) =>
      i !== l.t ? t : { ...t, sections: t.sections.map((s, j) => (j === l.s ? { ...s, rows: list as ProposedRow[] } : s)).filter((s) => s.rows.length) },
    );
    return { ...c, tables: tables.filter((t) => t.sections.length) };
  }
  return { ...c, [l.kind]: list };
}

export function updateItem(c: ProposedCampaign, r: ItemRef, patch: Partial<Element>): ProposedCampaign {
  return setList(c, r.list, getList(c, r.list).map((x, i) => (i === r.index ? ({ ...x, ...patch } as Element) : x)));
}

export function deleteItem(c: ProposedCampaign, r: ItemRef): ProposedCampaign {
  return setList(c, r.list, getList(c, r.list).filter((_, i) => i !== r.index));
}

export function moveItem(c: ProposedCampaign, r: ItemRef, by: -1 | 1): ProposedCampaign {
  const list = [...getList(c, r.list)];
  const to = r.index + by;
  const a = list[r.index];
  const b = list[to];
  if (!a || !b) return c;
  list[to] = a;
  list[r.index] = b;
  return setList(c, r.list, list);
}

/** The field that holds an item's wording: what merging joins and splitting cuts. */
export function textField(l: ListRef): 'original' | 'title' | 'text' | 'label' {
  if (l.kind === 'phases') return 'original';
  if (l.kind === 'duties') return 'title';
  if (l.kind === 'rows') return 'label';
  return 'text';
}

const union = (a: SourceSpan | null, b: SourceSpan | null): SourceSpan | null =>
  a && b ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : (a ?? b);

/** Joins an item with the next one of its list: texts joined, spans and flags combined. */
export function mergeWithNext(c: ProposedCampaign, r: ItemRef): ProposedCampaign {
  const list = getList(c, r.list);
  const a = list[r.index];
  const b = list[r.index + 1];
  if (!a || !b) return c;
  const f = textField(r.list);
  const merged = { ...a, span: union(a.span, b.span), flags: [...a.flags, ...b.flags] } as Record<string, unknown>;
  merged[f] = `${String((a as Record<string, unknown>)[f])}${String((b as Record<string, unknown>)[f])}`;
  if (r.list.kind === 'duties') merged.original = `${(a as ProposedDuty).original}${(b as ProposedDuty).original}`;
  if (r.list.kind === 'sections') merged.items = [...(a as ProposedNoticeSection).items, ...(b as ProposedNoticeSection).items];
  const next = list.filter((_, i) => i !== r.index + 1).map((x, i) => (i === r.index ? (merged as unknown as Element) : x));
  return setList(c, r.list, next);
}

export function allIds(c: ProposedCampaign): Set<string> {
  return new Set([
    ...c.phases.map((x) => x.id),
    ...c.duties.map((x) => x.id),
    ...c.tasks.map((x) => x.id),
    ...c.sections.map((x) => x.id),
    ...c.checklists.flatMap((cl) => [cl.id, ...cl.groups.flatMap((g) => [g.id, ...g.items.map((i) => i.id)])]),
    ...c.tables.flatMap((t) => [t.id, ...t.sections.flatMap((s) => [s.id, ...s.rows.map((x) => x.id)])]),
  ]);
}

export function freshId(c: ProposedCampaign, base: string): string {
  const ids = allIds(c);
  for (let n = 2; ; n++) if (!ids.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Cuts an item's wording into parts (at the officer's line breaks); the first keeps the item's id. */
export function splitItem(c: ProposedCampaign, r: ItemRef, parts: string[]): ProposedCampaign {
  const list = getList(c, r.list);
  const a = list[r.index];
  if (!a || parts.length < 2) return c;
  const f = textField(r.list);
  let work = c;
  const pieces = parts.map((text, i) => {
    const id = i === 0 ? a.id : freshId(work, a.id);
    // A section's items stay with its first part.
    const piece = { ...a, id, flags: i === 0 ? a.flags : [], [f]: text, ...(r.list.kind === 'sections' && i > 0 ? { items: [] } : {}) } as Element;
    work = setList(work, r.list, [...getList(work, r.list), piece]);
    return piece;
  });
  return setList(c, r.list, [...list.slice(0, r.index), ...pieces, ...list.slice(r.index + 1)]);
}

/** A task becomes a checklist item (answered 有/无) in the given group, or a new 检查要点 list. */
export function taskToItem(c: ProposedCampaign, index: number, target: { c: number; g: number } | null): ProposedCampaign {
  const t = c.tasks[index];
  if (!t) return c;
  const item: ProposedItem = { id: t.id, no: t.no, text: t.text === t.title ? t.title : `${t.title}。${t.text}`, answer: { kind: 'yesno' }, note: null, span: t.span, flags: t.flags };
  const rest = { ...c, tasks: c.tasks.filter((_, i) => i !== index) };
  if (target && c.checklists[target.c]?.groups[target.g]) {
    const l: ListRef = { kind: 'items', ...target };
    return setList(rest, l, [...getList(rest, l), item]);
  }
  const id = freshId(rest, 'cl');
  const group = { id: `${id}-g1`, title: '检查要点', items: [item], span: null, flags: [] };
  return { ...rest, checklists: [...rest.checklists, { id, title: '检查要点', annex: null, header: [], groups: [group], span: null, flags: [] }] };
}

/** A checklist item becomes a task of the notice, without units or deadline yet. */
export function itemToTask(c: ProposedCampaign, r: ItemRef & { list: { kind: 'items' } }): ProposedCampaign {
  const group = c.checklists[r.list.c]?.groups[r.list.g];
  const it = group?.items[r.index];
  if (!group || !it) return c;
  const title = it.text.length > 40 ? `${it.text.slice(0, 40)}…` : it.text;
  const task: ProposedTask = { id: it.id, no: it.no, section: group.title, title, text: it.text, leadUnits: [], coUnits: [], deadline: null, span: it.span, flags: it.flags };
  return { ...deleteItem(c, r), tasks: [...c.tasks, task] };
}

/** Moves a checklist item into another group. */
export function itemToGroup(c: ProposedCampaign, r: ItemRef & { list: { kind: 'items' } }, to: { c: number; g: number }): ProposedCampaign {
  const it = getList(c, r.list)[r.index];
  const target = c.checklists[to.c]?.groups[to.g];
  if (!it || !target) return c;
  const withTarget = setList(c, { kind: 'items', ...to }, [...target.items, it]);
  return deleteItem(withTarget, r);
}

/** A section read as one that sets no task, when it does: its items (or the section itself) become tasks under its heading. */
export function sectionToTasks(c: ProposedCampaign, index: number): ProposedCampaign {
  const s = c.sections[index];
  if (!s) return c;
  const section = `${s.no}${s.title}`;
  let work: ProposedCampaign = { ...c, sections: c.sections.filter((_, i) => i !== index) };
  const parts = s.items.length ? s.items : [{ no: '', text: s.text || s.title, targets: s.targets, span: s.span, flags: s.flags }];
  for (const it of parts) {
    const title = it.text.length > 40 ? `${it.text.slice(0, 40)}…` : it.text;
    const task: ProposedTask = { id: freshId(work, 't'), no: `${s.no}${it.no}`, section, title, text: it.text, leadUnits: [], coUnits: [], deadline: null, span: it.span, flags: it.flags };
    if (it.targets?.length) task.targets = it.targets;
    work = { ...work, tasks: [...work.tasks, task] };
  }
  return work;
}
