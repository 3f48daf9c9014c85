// Joins the task table to the body's tasks: each row gives its units and deadline
// to the task (or the area of tasks) it reads most like. Without body tasks, the
// rows are the tasks.
import type { ProposalFlag, ProposedTask } from '../../../../shared/noticeProposal';
import { deadlineOf, rowSpan } from './division';
import { splitTitle } from './outline';
import { fromSource } from './mapped';
import { similarity } from './similarity';
import { targetsOf, unitFlags } from './targets';
import type { TableSet } from './tableSet';
import type { BodyTask } from './tasks';

export function attachDivision(bodyTasks: BodyTask[], set: TableSet, year: number | null, flags: ProposalFlag[]): ProposedTask[] {
  if (!bodyTasks.length) {
    return set.division.map((row, i) => {
      const split = row.title ? null : splitTitle(fromSource(row.text));
      const title = (row.title || split?.title.text || row.text.slice(0, 30)).replace(/[。；]$/, '');
      const text = row.title ? row.text : split?.rest.text || row.text;
      const task: ProposedTask = {
        id: `t${i + 1}`,
        no: row.no || String(i + 1),
        section: row.area || set.divisionHeading,
        title,
        text,
        leadUnits: row.assignment?.lead ?? [],
        coUnits: row.assignment?.co ?? [],
        deadline: deadlineOf(row.deadline, year),
        span: rowSpan(row),
        flags: [],
      };
      // A row sets figures as a body's task does (飞行检查覆盖率达到100%).
      const targets = targetsOf(`${row.title}${row.text}`);
      if (targets.length) task.targets = targets;
      task.flags.push(...unitFlags(targets, task.span));
      if (!task.leadUnits.length) task.flags.push({ code: 'missing', message: `任务“${title}”没有识别出牵头单位`, span: task.span });
      return task;
    });
  }
  const areas = [...new Set(bodyTasks.map((b) => b.area))];
  for (const row of set.division) {
    const probe = `${row.title}${row.text}`.slice(0, 120);
    let best: { score: number; apply: (b: BodyTask) => boolean } = { score: 0, apply: () => false };
    for (const area of areas) {
      const score = similarity(probe.slice(0, Math.max(area.title.text.length * 2, 20)), area.title.text);
      if (score > best.score) best = { score, apply: (b) => b.area === area };
    }
    for (const b of bodyTasks) {
      const score = similarity(probe, `${b.task.title}${b.task.text}`.slice(0, 120));
      if (score > best.score) best = { score, apply: (x) => x === b };
    }
    const targets = best.score >= 0.3 ? bodyTasks.filter(best.apply) : [];
    if (!targets.length) {
      flags.push({ code: 'unplaced', message: `任务分工表中的“${(row.title || row.text).slice(0, 40)}”未能对应到正文中的任务`, span: rowSpan(row) });
      continue;
    }
    for (const { task } of targets) {
      if (!task.leadUnits.length && row.assignment) {
        task.leadUnits = row.assignment.lead;
        task.coUnits = row.assignment.co;
      }
      task.deadline ??= deadlineOf(row.deadline, year);
    }
  }
  for (const { task } of bodyTasks) {
    if (!task.leadUnits.length) task.flags.push({ code: 'missing', message: `任务“${task.title}”没有识别出牵头单位`, span: task.span });
  }
  return bodyTasks.map((b) => b.task);
}
