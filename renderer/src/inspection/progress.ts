// Progress as the page shows it, recomputed from the rows as answers are saved.
import type { Progress, RoundElementView } from '../../../shared/inspection';
import type { DepartmentOption } from './rowTypes';

export interface GroupView {
  groupId: string;
  group: string;
  elements: RoundElementView[];
  progress: Progress;
}

export interface DepartmentProgress {
  departmentId: number | null;
  department: string;
  progress: Progress;
}

export function progressOf(elements: readonly RoundElementView[]): Progress {
  let answered = 0;
  let applicable = 0;
  for (const e of elements) {
    if (!e.applicable) continue;
    applicable += 1;
    if (e.answer) answered += 1;
  }
  return { answered, applicable };
}

/** The checklist groups and task sections, in the campaign's order. */
export function groupsOf(elements: readonly RoundElementView[]): GroupView[] {
  const map = new Map<string, RoundElementView[]>();
  const names = new Map<string, string>();
  for (const e of elements) {
    const list = map.get(e.groupId);
    if (list) list.push(e);
    else map.set(e.groupId, [e]);
    names.set(e.groupId, e.group);
  }
  return [...map].map(([groupId, list]) => ({ groupId, group: names.get(groupId) ?? '', elements: list, progress: progressOf(list) }));
}

/** Every department with rows assigned, in the hospital's order; 未分配 last. */
export function byDepartment(elements: readonly RoundElementView[], departments: readonly DepartmentOption[]): DepartmentProgress[] {
  const out: DepartmentProgress[] = [];
  for (const d of departments) {
    const mine = elements.filter((e) => String(e.departmentId) === d.value);
    if (mine.length) out.push({ departmentId: Number(d.value), department: d.label, progress: progressOf(mine) });
  }
  const known = new Set(departments.map((d) => d.value));
  const none = elements.filter((e) => e.departmentId === null || !known.has(String(e.departmentId)));
  if (none.length) out.push({ departmentId: null, department: '未分配科室', progress: progressOf(none) });
  return out;
}
