// Statistics tables (统计表): sections → rows (number, label, sub-label, unit) →
// optional columns by institution class. Merged cells come through empty and are
// filled from the row above; repeated header rows (a page break) are skipped.
import type { ProposedRow, ProposedSection, ProposedTable } from '../../../../shared/noticeProposal';
import type { Table } from './blocks';
import { collapseSpaces, spanOf, spanOfAll, type Mapped } from './mapped';

const UNIT = /^(条|件|起|万元|元|人次|人|家|个|次|场|名|篇|期|例|份|项|所|张|台|套|户|床|天|吨|千克|公斤|箱|批|%|％)$/;
const LABEL_HEADER = /检查要点|检查内容|项目|内容|类型|名称|指标|重点|类别/;
const NOT_VALUE = /^(序号|单位|备注|计量单位)$/;

export const cellText = (m: Mapped) => collapseSpaces(m).text.replace(/[。；]$/, '');

export function looksStatistical(t: Table): boolean {
  const header = (t.rows[0] ?? []).map(cellText);
  const units = t.rows.filter((r) => UNIT.test(cellText(r[r.length - 1] ?? { text: '', at: [] }))).length;
  return header.some((h) => /单位|数量|总数|数/.test(h)) || units >= 2;
}

export function statisticsTable(t: Table, annex: string | null, title: string, headerFields: string[], note: string | null): ProposedTable {
  const id = `tb${annex ?? 'x'}`;
  const header = (t.rows[0] ?? []).map(cellText);
  let body = t.rows.slice(1).filter((r) => cellText(r[0] ?? { text: '', at: [] }) !== header[0] || r.length < 2);
  // A second header row: empty leading cells, then the columns by institution class.
  let columns: string[] = [];
  const second = body[0];
  if (second && second.slice(0, 2).every((c) => !cellText(c)) && second.filter((c) => cellText(c)).length >= 2 && !second.some((c) => UNIT.test(cellText(c)))) {
    columns = second.map(cellText).filter(Boolean);
    body = body.slice(1);
  } else {
    const values = header.slice(1).filter((h) => h && !NOT_VALUE.test(h) && !LABEL_HEADER.test(h));
    if (values.length >= 2) columns = values;
  }
  const valueCount = Math.max(columns.length, 1);
  const unitAt = header.findIndex((h) => /^(?:计量)?单位$/.test(h));
  const merged = body.some((r) => !cellText(r[0] ?? { text: '', at: [] })) && body.some((r) => cellText(r[0] ?? { text: '', at: [] }));
  const sections: ProposedSection[] = [];
  let label = '';
  let n = 0;
  for (const r of body) {
    let cells = r.map((c) => ({ m: c, t: cellText(c) }));
    const last = cells[cells.length - 1];
    let unit = last && UNIT.test(last.t) ? last.t : null;
    if (unit) cells = cells.slice(0, -1);
    // A 单位 column before the figure column (序号 | 项目 | 单位 | 数量): the unit is there, the figure blank.
    const unitCell = unitAt >= 0 && unitAt < cells.length - 1 ? cells[unitAt] : undefined;
    if (!unit && unitCell && UNIT.test(unitCell.t) && cells.slice(unitAt + 1).every((c) => !c.t)) {
      unit = unitCell.t;
      cells = cells.slice(0, unitAt);
    }
    for (let k = 0; k < valueCount && cells.length > 1 && !cells[cells.length - 1]?.t; k++) cells = cells.slice(0, -1);
    const sectionCell = merged ? cells.shift() : undefined;
    if (sectionCell?.t && sections[sections.length - 1]?.title !== sectionCell.t) {
      sections.push({ id: `${id}-s${sections.length + 1}`, title: sectionCell.t, rows: [], span: spanOf(sectionCell.m), flags: [] });
    }
    if (!sections.length) sections.push({ id: `${id}-s1`, title: '', rows: [], span: null, flags: [] });
    const no = cells[0] && /^\d{1,3}$/.test(cells[0].t) ? (cells.shift()?.t ?? '') : '';
    const [labelCell, subCell] = cells;
    if (labelCell?.t) label = labelCell.t;
    if (!label && !subCell?.t) continue;
    n++;
    const row: ProposedRow = {
      id: `${id}-r${n}`,
      no,
      label: label || (subCell?.t ?? ''),
      sublabel: subCell?.t || null,
      unit,
      parent: null,
      span: spanOfAll(r),
      flags: [],
    };
    // 其中：… is a part of the row above it that is not itself a part: its figure may not exceed that one.
    const rowsSoFar = (sections[sections.length - 1] as ProposedSection).rows;
    if (/^其中\s*[:：]?/.test(row.label)) row.parent = [...rowsSoFar].reverse().find((x) => !/^其中/.test(x.label))?.id ?? null;
    if (!unit && columns.length === 0) row.flags.push({ code: 'missing', message: `统计表第 ${n} 行“${row.label}”没有单位`, span: row.span });
    (sections[sections.length - 1] as ProposedSection).rows.push(row);
  }
  return {
    id,
    title,
    annex: annex ? `附件${annex}` : null,
    columns: columns.map((label, i) => ({ id: `${id}-c${i + 1}`, label })),
    sections: sections.filter((s) => s.rows.length),
    headerFields,
    note,
    span: spanOfAll(t.rows.flat()),
    flags: [],
  };
}
