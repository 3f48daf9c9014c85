// One calendar of everything dated: duties, task deadlines, phases, self-inspection
// rounds' due dates and rectification deadlines, with the same 20/10-day and
// overdue warnings for duties, rounds and rectifications.
import { dutyStatusLabel, dutyWarning, isSentStatus, type CalendarEntry } from '../../../shared/duties';
import { FINISHED_STATUSES, warningLevel } from '../../../shared/ledger';
import { campaignFileOf } from '../campaigns/catalog';
import { campaignIds } from '../campaigns/reads';
import type { Db } from '../db/open';
import { listRounds } from '../inspection/rounds';
import { problemDeadlines } from '../ledger/reads';
import { getOrg } from '../org/org';
import { listOccurrences } from './occurrences';

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text);

export function calendarEntries(db: Db, today: string): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (const o of listOccurrences(db, today)) {
    const to = o.addressee ? `报${o.addressee.name}` : '';
    out.push({
      uid: `duty-${o.key}`, kind: 'duty', date: o.due, end: null, title: `报送：${o.title}`,
      detail: [to, dutyStatusLabel[o.status], o.original].filter(Boolean).join('；'),
      campaignId: o.campaignId, campaignTitle: o.campaignTitle, done: isSentStatus(o.status), warning: o.warning, link: `/duties?campaign=${encodeURIComponent(o.campaignId)}`,
    });
  }
  const files = campaignIds(db).map((id) => campaignFileOf(db, id));
  for (const f of files) {
    const link = `/campaigns/${encodeURIComponent(f.id)}`;
    for (const t of f.tasks) {
      if (!t.deadline?.date) continue;
      out.push({
        uid: `task-${f.id}-${t.id}`, kind: 'task', date: t.deadline.date, end: null, title: `任务时限：${t.no} ${t.title}`,
        detail: t.deadline.original, campaignId: f.id, campaignTitle: f.title, done: false, warning: null, link,
      });
    }
    for (const p of f.phases) {
      const date = p.start ?? p.end;
      if (!date) continue;
      out.push({
        uid: `phase-${f.id}-${p.id}`, kind: 'phase', date, end: p.start && p.end && p.end > p.start ? p.end : null, title: `阶段：${p.name}`,
        detail: p.original, campaignId: f.id, campaignTitle: f.title, done: false, warning: null, link,
      });
    }
  }
  const titles = new Map(files.map((f) => [f.id, f.title]));
  for (const r of listRounds(db)) {
    if (!r.dueOn) continue;
    const done = r.status === 'closed';
    out.push({
      uid: `round-${r.id}`, kind: 'round', date: r.dueOn, end: null, title: `自查截止：${r.name}`, detail: done ? '已结束' : '进行中',
      campaignId: r.campaignId, campaignTitle: titles.get(r.campaignId) ?? null, done,
      warning: dutyWarning(r.dueOn, done ? 'sent' : 'notStarted', today), link: `/self-check/${r.id}`,
    });
  }
  const departments = new Map(getOrg(db).departments.map((d) => [d.id, d.name]));
  for (const p of problemDeadlines(db)) {
    const department = p.department_id === null ? undefined : departments.get(p.department_id);
    out.push({
      uid: `problem-${p.id}`, kind: 'rectification', date: p.deadline, end: null, title: `整改时限：${p.number} ${clip(p.description, 24)}`,
      detail: department ? `责任科室：${department}` : '', campaignId: p.campaign_id, campaignTitle: p.campaign_id ? (titles.get(p.campaign_id) ?? null) : null,
      done: FINISHED_STATUSES.includes(p.status), warning: warningLevel(p.status, p.deadline, today), link: `/problems/${p.id}`,
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.uid.localeCompare(b.uid));
}
