// The task table (任务分工表): one row per task with its lead and cooperating units
// and deadline. Where the body lists the same tasks, a row adds its units and
// deadline to the task it matches; where the notice is only the table, rows are the tasks.
import type { ProposedTask } from '../../../../shared/noticeProposal';
import type { Table } from './blocks';
import { readDateRange } from './dates';
import { spanOfAll, type Mapped } from './mapped';
import { cellText } from './statTable';
import { readAssignment, type Assignment } from './units';

export interface DivisionRow {
  no: string;
  area: string;
  title: string;
  text: string;
  assignment: Assignment | null;
  deadline: string | null;
  cells: Mapped[];
}

export function looksLikeDivision(t: Table): boolean {
  const head = (t.rows[0] ?? []).map(cellText);
  return head.some((h) => /任务|工作内容|事项/.test(h)) && head.some((h) => /责任|牵头|负责/.test(h));
}

export function divisionRows(t: Table): DivisionRow[] {
  const head = (t.rows[0] ?? []).map(cellText);
  const fromRight = (re: RegExp) => {
    const i = head.findIndex((h) => re.test(h));
    return i < 0 ? -1 : head.length - 1 - i;
  };
  const due = fromRight(/时限|时间|期限/);
  const lead = fromRight(/责任|牵头|负责/);
  const co = fromRight(/配合|协助|参与/);
  const right = Math.max(due, lead, co) + 1;
  const numbered = /序号|编号/.test(head[0] ?? '');
  const rows: DivisionRow[] = [];
  let area = '';
  for (const r of t.rows.slice(1)) {
    const cells = r.map((c) => c.text.trim());
    if (cells.length <= right) continue;
    const at = (k: number) => (k < 0 ? '' : (cells[cells.length - 1 - k] ?? ''));
    const middle = r.slice(numbered ? 1 : 0, r.length - right).map(cellText);
    const text = middle[middle.length - 1] ?? '';
    if (!text) continue;
    let title = '';
    if (middle.length >= 2) {
      const first = middle[0] ?? '';
      if (/[。]$/.test(r[numbered ? 1 : 0]?.text.trim() ?? '')) title = first;
      else if (first) area = first;
    }
    const units = [readAssignment(at(lead)), co >= 0 ? readAssignment(at(co)) : null];
    // A separate 配合 column holds cooperating units only, whatever its cells say.
    const assignment =
      units[0] || units[1] ? { lead: units[0]?.lead ?? [], co: [...(units[0]?.co ?? []), ...(units[1]?.lead ?? []), ...(units[1]?.co ?? [])] } : null;
    rows.push({
      no: numbered ? cellText(r[0] as Mapped) : '',
      area,
      title,
      text,
      assignment,
      deadline: due >= 0 ? at(due).replace(/\s+/g, '') || null : null,
      cells: r,
    });
  }
  return rows;
}

export function deadlineOf(wording: string | null, year: number | null): ProposedTask['deadline'] {
  if (!wording) return null;
  if (/持续|长期|常态/.test(wording)) return { date: null, standing: true, original: wording };
  const range = readDateRange(wording, year);
  return { date: range?.end ?? null, standing: false, original: wording };
}

export const rowSpan = (row: DivisionRow) => spanOfAll(row.cells);
