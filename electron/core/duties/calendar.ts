// One calendar of everything dated: duties, task deadlines, phases, self-inspection
// rounds' due dates and rectification deadlines, with the same 20/10-day and
// overdue warnings for duties, rounds and rectifications.
import type { CampaignFile } from '../../../shared/campaign';
import { dutyStatusLabel, dutyWarning, isSentStatus, type CalendarEntry } from '../../../shared/duties';
import { FINISHED_STATUSES, warningLevel, type RectificationStatus } from '../../../shared/ledger';
import type { Db } from '../db/open';
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
  const files = (db.prepare('SELECT file_json FROM campaign').pluck().all() as string[]).map((j) => JSON.parse(j) as CampaignFile);
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
  const rounds = db.prepare("SELECT id, campaign_id, name, due_on, status FROM inspection_round WHERE due_on IS NOT NULL").all() as
    { id: number; campaign_id: string; name: string; due_on: string; status: 'open' | 'closed' }[];
  for (const r of rounds) {
    const done = r.status === 'closed';
    out.push({
      uid: `round-${r.id}`, kind: 'round', date: r.due_on, end: null, title: `自查截止：${r.name}`, detail: done ? '已结束' : '进行中',
      campaignId: r.campaign_id, campaignTitle: titles.get(r.campaign_id) ?? null, done,
      warning: dutyWarning(r.due_on, done ? 'sent' : 'notStarted', today), link: `/self-check/${r.id}`,
    });
  }
  const problems = db.prepare(`SELECT p.id, p.number, p.description, p.deadline, p.status, p.campaign_id, d.name AS department
    FROM problem p LEFT JOIN department d ON d.id = p.department_id WHERE p.deadline IS NOT NULL`).all() as
    { id: number; number: string; description: string; deadline: string; status: RectificationStatus; campaign_id: string | null; department: string | null }[];
  for (const p of problems) {
    out.push({
      uid: `problem-${p.id}`, kind: 'rectification', date: p.deadline, end: null, title: `整改时限：${p.number} ${clip(p.description, 24)}`,
      detail: p.department ? `责任科室：${p.department}` : '', campaignId: p.campaign_id, campaignTitle: p.campaign_id ? (titles.get(p.campaign_id) ?? null) : null,
      done: FINISHED_STATUSES.includes(p.status), warning: warningLevel(p.status, p.deadline, today), link: `/problems/${p.id}`,
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.uid.localeCompare(b.uid));
}
