// The tables of a notice, each read as what it is: the task table, an inspection
// checklist or a statistics table, titled by its annex and carrying the fields
// printed around it (填报单位, 填报时间 …) and its note (注：…).
import type { Checklist } from '../../../../shared/campaign';
import type { DocumentKind, ProposalFlag, ProposedChecklist, ProposedTable } from '../../../../shared/noticeProposal';
import { formTableChecklist, looksLikeForm } from './fillIn';
import type { Block, Table } from './blocks';
import type { Annex } from './annexes';
import { checklistOf, headerFieldsOf, looksLikeChecklist } from './checklist';
import { divisionRows, looksLikeDivision, type DivisionRow } from './division';
import { spanOfAll } from './mapped';
import { looksStatistical, statisticsTable } from './statTable';
import { repairTable } from './tableRepair';

export interface TableSet {
  division: DivisionRow[];
  /** The task column's heading (重点任务), the section of tasks made from the table alone. */
  divisionHeading: string;
  checklists: ProposedChecklist[];
  tables: ProposedTable[];
  flags: ProposalFlag[];
}

const fieldLine = (t: string) => /[:：]|_{2,}|□/.test(t) && !/^(注|备注|信息公开)/.test(t);

function fieldLabels(lines: string[]): string[] {
  return lines.flatMap((l) => [...l.matchAll(/([\u4e00-\u9fa5（）()]{2,12})\s*(?:[:：]|_{2,})/g)].map((m) => m[1] ?? ''));
}

export function readTables(front: Block[], annexes: Annex[], kind: DocumentKind = 'campaign', source = ''): TableSet {
  const out: TableSet = { division: [], divisionHeading: '重点任务', checklists: [], tables: [], flags: [] };
  const groups: { annex: Annex | null; blocks: Block[] }[] = [{ annex: null, blocks: front }, ...annexes.map((a) => ({ annex: a, blocks: a.blocks }))];
  for (const { annex, blocks } of groups) {
    const tables = blocks.filter((b): b is Table => b.kind === 'table').map(repairTable);
    for (const [k, t] of tables.entries()) {
      const no = annex?.no ?? (annex ? String(annexes.indexOf(annex) + 1) : null);
      const key = tables.length > 1 ? `${no ?? 'x'}${String.fromCharCode(97 + k)}` : no;
      const around = blocks.filter((b) => b.kind === 'paragraph' && (tables[k - 1] === undefined || b.line > (tables[k - 1] as Table).line) && (tables[k + 1] === undefined || b.line < (tables[k + 1] as Table).line));
      const texts = around.map((b) => (b.kind === 'paragraph' ? b.raw.map((r) => r.text.trim()).join(' ') : ''));
      const fields = texts.filter(fieldLine);
      const note = texts.map((x) => /^(?:注|备注)[:：]\s*(.+)$/.exec(x)?.[1] ?? null).find((x) => x) ?? null;
      const title = annex?.title || `表${k + 1}`;
      if (looksLikeDivision(t)) {
        out.division.push(...divisionRows(t));
        out.divisionHeading = t.rows[0]?.map((c) => c.text.trim()).find((h) => /任务/.test(h)) ?? out.divisionHeading;
      } else if (kind === 'fillInTable' && looksLikeForm(t) && !looksLikeChecklist(t)) {
        out.checklists.push(formTableChecklist(t, key, title === `表${k + 1}` ? (annex?.title ?? title) : title, source));
      } else if (looksLikeChecklist(t)) {
        const header: Checklist['header'] = headerFieldsOf(fields, `cl${key ?? 'x'}`);
        out.checklists.push(checklistOf(t, key, title, header));
      } else if (t.rows.length >= 2) {
        const table = statisticsTable(t, key, title, fieldLabels(fields), note);
        if (!looksStatistical(t)) table.flags.push({ code: 'uncertain', message: `“${title}”不像统计表（没有单位或数量列），请确认`, span: spanOfAll(t.rows.flat()) });
        if (table.sections.length) out.tables.push(table);
      }
    }
  }
  return out;
}
