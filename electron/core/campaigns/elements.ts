// The addressable parts of a campaign (tasks, items, rows …) as flat rows: what
// records refer to, what search looks through, and what a new revision may retire.
import type { CampaignFile } from '../../../shared/campaign';

export type ElementKind = 'phase' | 'duty' | 'task' | 'checklist' | 'group' | 'item' | 'table' | 'section' | 'row';

export interface CampaignElement {
  kind: ElementKind;
  id: string;
  label: string;
  /** Whitespace-free text the search matches against. */
  searchText: string;
}

const squeeze = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('').replace(/[\s\u3000]/g, '');

export function campaignElements(c: CampaignFile): CampaignElement[] {
  const out: CampaignElement[] = [];
  for (const p of c.phases) out.push({ kind: 'phase', id: p.id, label: p.name, searchText: squeeze(p.name, p.original) });
  for (const d of c.duties) out.push({ kind: 'duty', id: d.id, label: d.title, searchText: squeeze(d.title, d.original) });
  for (const t of c.tasks) {
    out.push({
      kind: 'task',
      id: t.id,
      label: `${t.no} ${t.title}`,
      searchText: squeeze(t.title, t.text, ...t.leadUnits, ...t.coUnits),
    });
  }
  for (const cl of c.checklists) {
    out.push({ kind: 'checklist', id: cl.id, label: cl.title, searchText: squeeze(cl.title) });
    for (const g of cl.groups) {
      out.push({ kind: 'group', id: g.id, label: g.title, searchText: squeeze(g.title) });
      for (const i of g.items) {
        out.push({ kind: 'item', id: i.id, label: `${i.no}. ${i.text}`, searchText: squeeze(i.text, i.note) });
      }
    }
  }
  for (const t of c.tables) {
    out.push({ kind: 'table', id: t.id, label: t.title, searchText: squeeze(t.title) });
    for (const s of t.sections) {
      out.push({ kind: 'section', id: s.id, label: s.title, searchText: squeeze(s.title) });
      for (const r of s.rows) {
        out.push({
          kind: 'row',
          id: r.id,
          label: [r.no, r.label, r.sublabel ? `（${r.sublabel}）` : '', r.unit ? `[${r.unit}]` : ''].filter(Boolean).join(' '),
          searchText: squeeze(r.label, r.sublabel),
        });
      }
    }
  }
  return out;
}
