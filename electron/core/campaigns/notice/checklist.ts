// Inspection checklists (检查表): groups → numbered items, each answered as the
// result column prints it: 有□ 无□ (yesno), 抽查 人 / 违法违规 人 (sampled),
// 罚款 万元 (amount), one line per role with 人 (persons), 人 alone (count).
import type { Checklist } from '../../../../shared/campaign';
import type { ProposedChecklist, ProposedGroup, ProposedItem } from '../../../../shared/noticeProposal';
import type { Table } from './blocks';
import { inlineItems, itemParts } from './inlineList';
import { slice, spanOf, spanOfAll, trim, type Mapped } from './mapped';
import { cellText } from './statTable';
import { targetsOf, unitFlags } from './targets';

type Answer = ProposedItem['answer'];

export function looksLikeChecklist(t: Table): boolean {
  return t.rows.filter((r) => r.some((c) => /[有无是否]\s*□|□\s*[有无是否]|抽查\s*人/.test(c.text))).length >= 2;
}

function answerOf(results: string[], roles: string[]): { answer: Answer; note: string | null } {
  const all = results.join('；');
  if (/抽查/.test(all)) return { answer: { kind: 'sampled', unit: /人/.test(all) ? '人' : (/(\S)\s*$/.exec(all)?.[1] ?? '人') }, note: null };
  if (/万元/.test(all)) return { answer: { kind: 'amount', unit: '万元' }, note: null };
  const unit = /□[^□]*?[，,]?\s*([人户家个起件次例])\s*$/.exec(results[0] ?? '')?.[1];
  if (roles.length && unit) return { answer: { kind: 'persons', roles, unit }, note: null };
  if (unit) return { answer: { kind: 'count', unit }, note: null };
  if (/□/.test(all)) {
    const note = roles.length ? `分栏作答：${roles.map((r, i) => `${r} ${results[i]?.replace(/\s+/g, '') ?? ''}`).join('；')}` : null;
    return { answer: { kind: 'yesno' }, note };
  }
  return { answer: { kind: 'text' }, note: null };
}

interface Draft {
  no: string;
  text: string;
  results: string[];
  roles: string[];
  note: string | null;
  cells: Mapped[];
  /** The item's wording in the source, for a list inside the cell. */
  m: Mapped;
}

export function checklistOf(table: Table, annex: string | null, title: string, header: Checklist['header']): ProposedChecklist {
  const id = `cl${annex ?? 'x'}`;
  // A 序号 column first (序号 | 问题类型 | 问题表现 | 有/无 …): the items number themselves in order.
  const numbered = /^序号$/.test(cellText(table.rows[0]?.[0] ?? { text: '', at: [] }));
  const t: Table = numbered ? { ...table, rows: table.rows.map((r) => r.slice(1)) } : table;
  const head = (t.rows[0] ?? []).map(cellText);
  const noteAt = head.findIndex((h) => /备注|说明/.test(h));
  const groups: ProposedGroup[] = [];
  let draft: Draft | null = null;
  let group: ProposedGroup | null = null;
  let n = 0;
  const flush = () => {
    if (!draft || !group) return;
    const { answer, note } = answerOf(draft.results, draft.roles);
    const d: Draft = draft;
    // A cell listing several checks (①…；②…) gives one item each, answered alike.
    const parts = inlineItems(d.m)?.map((x) => ({ ...itemParts(x), m: x })) ?? [{ no: d.no, text: { text: d.text, at: [] }, m: null }];
    const base = d.no || String(n + 1);
    for (const part of parts) {
      n++;
      const text = part.text.text;
      const span = part.m ? spanOf(part.m) : spanOfAll(d.cells);
      const targets = targetsOf(text);
      group.items.push({
        id: `${id}-i${n}`,
        no: parts.length > 1 ? `${base}${part.no || `-${n}`}` : d.no || String(n),
        text,
        answer,
        note: d.note ?? note,
        span,
        flags: [...(answer.kind === 'text' ? [{ code: 'uncertain' as const, message: `检查项“${text}”未识别出答题方式，暂按文字作答`, span }] : []), ...unitFlags(targets, span)],
        ...(targets.length ? { targets } : {}),
      });
    }
    draft = null;
  };
  for (const r of t.rows.slice(1)) {
    const cells = r.map(cellText);
    if (cells[0] === head[0]) continue;
    const wide = cells.length > head.length;
    const [groupCell = '', itemCell = ''] = cells;
    const role = wide ? (cells[2] ?? '') : '';
    const result = cells[wide ? 3 : 2] ?? '';
    const note = noteAt >= 0 ? cells[noteAt + (wide ? 1 : 0)] || null : null;
    if (groupCell && groups[groups.length - 1]?.title !== groupCell) {
      flush();
      group = { id: `${id}-g${groups.length + 1}`, title: groupCell, items: [], span: spanOf(r[0] as Mapped), flags: [] };
      groups.push(group);
    }
    if (!group) {
      group = { id: `${id}-g1`, title: title || '检查内容', items: [], span: null, flags: [] };
      groups.push(group);
    }
    if (itemCell) {
      flush();
      const m = /^(\d{1,3})\s*[.．、]\s*/.exec(itemCell);
      const cell = trim(r[1] as Mapped);
      draft = { no: m?.[1] ?? '', text: m ? itemCell.slice(m[0].length) : itemCell, results: [], roles: [], note, cells: [], m: trim(slice(cell, m ? cell.text.indexOf(m[0].trim()) + m[0].trim().length : 0)) };
    }
    if (!draft) continue;
    draft.cells.push(...r);
    draft.results.push(result);
    if (role) draft.roles.push(role);
  }
  flush();
  return {
    id,
    title,
    annex: annex ? `附件${annex}` : null,
    header,
    groups: groups.filter((g) => g.items.length),
    span: spanOfAll(t.rows.flat()),
    flags: [],
  };
}

/** 医疗机构名称：  地址：  /  综合医院□ 专科医院□ …  /  等级（一级□二级□…） */
export function headerFieldsOf(lines: string[], id: string): Checklist['header'] {
  const fields: Checklist['header'] = [];
  const add = (label: string, options: string[] = []) => fields.push({ id: `${id}-h${fields.length + 1}`, label, options });
  for (const line of lines) {
    const grouped = [...line.matchAll(/([\u4e00-\u9fa5]{1,8})[（(]([^（）()]*□[^（）()]*)[）)]/g)];
    const rest = grouped.reduce((s, m) => s.replace(m[0], ' '), line);
    const labels = [...rest.matchAll(/([\u4e00-\u9fa5（）()]{2,12})\s*[:：]/g)];
    for (const m of labels) add(m[1] ?? '');
    if (!labels.length && rest.includes('□')) {
      const options = rest.split('□').map((o) => o.trim()).filter(Boolean);
      const last = fields[fields.length - 1];
      if (last) last.options.push(...options);
      else add('类别', options);
    }
    for (const m of grouped) add(m[1] ?? '', (m[2] ?? '').split('□').map((o) => o.trim()).filter(Boolean));
  }
  return fields;
}
