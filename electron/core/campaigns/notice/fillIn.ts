// Fill-in forms (填报表, 自查表): items whose answers are the blanks they print. Two
// shapes: numbered lines under 一、二、 ("3.自查发现问题  个，已整改  个，整改率  %。"), and
// a self-check table (自查项目 | 自查内容 | 自查依据 | 备注) whose content cells carry the
// blanks. The basis (自查依据) and the remark go to the item's note.
import type { ProposedChecklist, ProposedGroup, ProposedItem, ProposedRow, ProposedTable, SourceSpan } from '../../../../shared/noticeProposal';
import type { Table } from './blocks';
import { answerOfBlanks, answerParts, blanksOf } from './blanks';
import { concat, fromSource, spanOf, spanOfAll, trim, type Mapped } from './mapped';
import { simplified } from './simplified';
import type { OutlineNode } from './outline';

/** The text as printed under `m`, gaps included: cleaning closes the gaps ("核定床位  张") that are the blanks. */
function printed(m: Mapped, source: string): string {
  if (!m.at.length) return m.text;
  // Runs of the source the text came from; a gap within a line is the spaces cleaning
  // removed, a gap over a line end or a cell border belongs to other cells.
  let out = '';
  let from = m.at[0] as number;
  let prev = from;
  const flush = (end: number) => (out += source.slice(from, end + 1));
  for (const at of m.at.slice(1)) {
    if (at > prev + 1 && /[\n│┃║|]/.test(source.slice(prev + 1, at))) {
      flush(prev);
      from = at;
    }
    prev = at;
  }
  flush(prev);
  return simplified(fromSource(out, 0)).text;
}

function itemOf(id: string, no: string, text: string, span: ProposedItem['span'], note: string | null): ProposedItem {
  const blanks = blanksOf(text);
  const answer = answerOfBlanks(blanks);
  const parts = answerParts(blanks);
  return {
    id,
    no,
    text: text.replace(/[ _\u3000]{2,}/g, '  ').trim(),
    answer,
    ...(parts.length ? { parts } : {}),
    note,
    ...(blanks.length ? { blanks } : {}),
    span,
    flags: blanks.length ? [] : [{ code: 'uncertain', message: `填报项“${text.slice(0, 30)}”未找到留空，暂按文字作答`, span }],
  };
}

/** A column's name, not a group's. */
const COLUMN = /^(?:序号|检查项目|检查内容|检查结果|检查方法|判定标准|评分标准|自查项目|自查内容|自查情况|自查依据|备注|分值|得分)$/;

/**
 * A form pasted one cell a line: "执业许可证管理" alone on the line before "1.…" names the
 * group of the items below it (the first column of the table). Null unless two groups are found.
 */
function labelledLists(roots: OutlineNode[], source: string): { title: string; span: SourceSpan | null; nodes: OutlineNode[] }[] | null {
  const lists: { title: string; span: SourceSpan | null; nodes: OutlineNode[] }[] = [];
  for (const r of roots) {
    const at = spanOf(r.heading.m)?.start ?? -1;
    const before = source.slice(0, Math.max(0, at)).replace(/\s+$/, '');
    const start = before.lastIndexOf('\n') + 1;
    const label = before.slice(start).trim();
    if (at >= 0 && /^[\u4e00-\u9fa5]{2,8}$/.test(label) && !COLUMN.test(label)) lists.push({ title: simplified({ text: label, at: [] }).text, span: { start, end: start + label.length }, nodes: [r] });
    else if (lists.length) lists[lists.length - 1]?.nodes.push(r);
    else return null;
  }
  return lists.length >= 2 ? lists : null;
}

export function formChecklist(roots: OutlineNode[], title: string, source: string): ProposedChecklist | null {
  const id = 'clf';
  const groups: ProposedGroup[] = [];
  let n = 0;
  const whole = (node: OutlineNode) => trim(concat([node.title, ...node.body], ''));
  const sections = roots.filter((r) => r.children.length);
  const lists = sections.length ? sections.map((r) => ({ title: r.title.text, span: spanOf(r.heading.m), nodes: r.children })) : (labelledLists(roots, source) ?? [{ title: title || '填报内容', span: null, nodes: roots }]);
  for (const list of lists) {
    const g: ProposedGroup = { id: `${id}-g${groups.length + 1}`, title: list.title, items: [], span: list.span, flags: [] };
    for (const node of list.nodes) {
      const m = whole(node);
      // The heading's own text keeps the blanks its title split off ("1.核定床位  张，…").
      const text = printed(node.heading.m, source).replace(/^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])\s*/, '');
      g.items.push(itemOf(`${id}-i${++n}`, node.no, text || m.text, spanOf(node.heading.m), null));
    }
    if (g.items.length) groups.push(g);
  }
  if (!groups.length) return null;
  return { id, title: title || '填报表', annex: null, header: [], groups, span: spanOfAll(groups.flatMap((g) => roots.filter((r) => g.span && spanOf(r.heading.m)?.start === g.span.start).map((r) => r.heading.m))), flags: [] };
}

const cell = (m: Mapped | undefined) => (m ? m.text.replace(/\s*\n\s*/g, '').replace(/\s+/g, ' ').trim() : '');

/** 自查项目 | 自查内容 (| 自查依据 | 备注): a self-check table, not a statistics table. */
export function looksLikeForm(t: Table): boolean {
  const head = (t.rows[0] ?? []).map(cell);
  return head.some((h) => /(?:自查|检查)(?:内容|要点|事项)/.test(h)) && !head.some((h) => /^(?:计量)?单位$|数量/.test(h));
}

export function formTableChecklist(t: Table, annex: string | null, title: string, source: string): ProposedChecklist {
  const id = `clf${annex ?? 'x'}`;
  const head = (t.rows[0] ?? []).map(cell);
  const contentAt = Math.max(0, head.findIndex((h) => /内容|要点|事项/.test(h)));
  const groupAt = contentAt > 0 ? 0 : -1;
  const basisAt = head.findIndex((h) => /依据|标准/.test(h));
  const noteAt = head.findIndex((h) => /备注|说明/.test(h));
  const groups: ProposedGroup[] = [];
  const drafts: { group: ProposedGroup; no: string; text: string; basis: string; remark: string; parts: Mapped[] }[] = [];
  let n = 0;
  for (const r of t.rows.slice(1)) {
    const groupText = groupAt >= 0 ? cell(r[groupAt]) : '';
    if (groupText && groups[groups.length - 1]?.title !== groupText) {
      groups.push({ id: `${id}-g${groups.length + 1}`, title: groupText, items: [], span: spanOf(r[groupAt] as Mapped), flags: [] });
    }
    if (!groups.length) groups.push({ id: `${id}-g1`, title: title || '自查内容', items: [], span: null, flags: [] });
    const content = r[contentAt];
    const raw = content ? printed(content, source).trim() : '';
    if (!raw) continue;
    const numbered = /^(\d{1,3})\s*[.．、]\s*/.exec(raw);
    const basis = basisAt >= 0 ? cell(r[basisAt]) : '';
    const remark = noteAt >= 0 ? cell(r[noteAt]) : '';
    const last = drafts[drafts.length - 1];
    // A cell wrapped over two lines of a box table comes as a second row with no number of its own.
    if (last && !numbered && !groupText && last.group === groups[groups.length - 1]) {
      last.text += raw;
      last.basis += basis;
      last.remark += remark;
      last.parts.push(content as Mapped);
      continue;
    }
    drafts.push({ group: groups[groups.length - 1] as ProposedGroup, no: numbered?.[1] ?? '', text: numbered ? raw.slice(numbered[0].length) : raw, basis, remark, parts: content ? [content] : [] });
  }
  for (const d of drafts) {
    n++;
    const note = [d.basis && `依据：${d.basis}`, d.remark && `备注：${d.remark}`].filter(Boolean).join('；') || null;
    d.group.items.push(itemOf(`${id}-i${n}`, d.no || String(n), d.text, spanOfAll(d.parts), note));
  }
  return { id, title, annex: annex ? `附件${annex}` : null, header: [], groups: groups.filter((g) => g.items.length), span: spanOfAll(t.rows.flat()), flags: [] };
}

/**
 * A statistics table copied from a web page with its cells run together by single
 * spaces: a 序号 header line, then "1 重复收费 重复收取某一项目费用。" rows, a row's
 * description carrying on over the next line. Label and description are the first two
 * words; the header's 数/金额 columns are the figures asked for.
 */
export function spacedTable(source: string, title: string): ProposedTable | null {
  const lines: { text: string; from: number }[] = [];
  let from = 0;
  for (const raw of source.split('\n')) {
    lines.push({ text: raw.replace(/\r$/, ''), from });
    from += raw.length + 1;
  }
  const headAt = lines.findIndex((l) => /序号|序號/.test(l.text) && l.text.trim().split(/\s+/).length >= 3);
  if (headAt < 0) return null;
  const headLine = simplified(fromSource(lines[headAt]?.text ?? '', 0)).text;
  const head = headLine.trim().split(/\s+/).reduce<string[]>((out, w) => (/^[（(]/.test(w) && out.length ? [...out.slice(0, -1), `${out[out.length - 1]}${w}`] : [...out, w]), []);
  const columns = head.slice(2).filter((h) => /数|金额|万元|例|次|人/.test(h) && !/备注|概念|内容/.test(h));
  const rows: ProposedRow[] = [];
  const id = 'tbs';
  for (const l of lines.slice(headAt + 1)) {
    const t = l.text.trim();
    if (!t || /^(填报人|填表人|注|备注|審核|审核)/.test(simplified(fromSource(t, 0)).text)) break;
    const m = /^(\d{1,3})\s+(\S+)\s*(.*)$/.exec(t);
    const at = l.from + (l.text.length - l.text.trimStart().length);
    const plain = (s: string, offset: number) => simplified(fromSource(s, offset));
    if (m) {
      const labelAt = at + t.indexOf(m[2] ?? '', (m[1] ?? '').length);
      rows.push({
        id: `${id}-r${rows.length + 1}`,
        no: m[1] ?? '',
        label: plain(m[2] ?? '', labelAt).text,
        sublabel: m[3] ? plain(m[3], 0).text : null,
        unit: null,
        parent: null,
        span: { start: at, end: at + t.length },
        flags: [],
      });
    } else if (rows.length) {
      const last = rows[rows.length - 1] as ProposedRow;
      last.sublabel = `${last.sublabel ?? ''}${plain(t, 0).text}`;
      if (last.span) last.span = { start: last.span.start, end: at + t.length };
    }
  }
  if (rows.length < 3) return null;
  return {
    id,
    title,
    annex: null,
    columns: columns.map((label, i) => ({ id: `${id}-c${i + 1}`, label })),
    sections: [{ id: `${id}-s1`, title: '', rows, span: null, flags: [] }],
    headerFields: [],
    note: null,
    span: { start: lines[headAt]?.from ?? 0, end: rows[rows.length - 1]?.span?.end ?? 0 },
    flags: columns.length ? [] : [{ code: 'uncertain', message: `“${title}”的表头未找到数量或金额列，请补充`, span: null }],
  };
}
