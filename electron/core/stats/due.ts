// When each statistics table is next due, as the workbench says it:
// "统计表：每月5日前报送，下次 12月5日" — from the duties that send the tables.
import type { CampaignFile } from '../../../shared/campaign';
import { nextDue } from '../../../shared/catalog';
import type { StatsDue } from '../../../shared/stats';
import { reportedMonth } from '../../../shared/statsPeriod';
import { allCampaignFiles } from '../campaigns/reads';
import type { Db } from '../db/open';

const md = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/**
 * The dues of one campaign's tables on `today`; a duty with nothing left to send is
 * left out, and duties sending tables on the same day (the 广西 notice asks the
 * hospital and the city's insurance office for the same tables) make one line.
 */
export function campaignDues(file: CampaignFile, today: string): StatsDue[] {
  const tableIds = new Set([...file.tables.map((t) => t.id), ...file.checklists.map((c) => c.id)]);
  const byDue = new Map<string, { sends: Set<string>; monthlyDay: number | null }>();
  for (const duty of file.duties) {
    const sends = (duty.sends ?? []).filter((id) => tableIds.has(id));
    if (sends.length === 0) continue;
    const due = nextDue(duty, file.period, today);
    if (!due || due < today) continue;
    const slot = byDue.get(due) ?? { sends: new Set<string>(), monthlyDay: null };
    for (const id of sends) slot.sends.add(id);
    if (duty.recurrence?.kind === 'monthly') slot.monthlyDay = duty.recurrence.day;
    byDue.set(due, slot);
  }
  return [...byDue.entries()].map(([due, { sends, monthlyDay }]) => {
    const monthly = monthlyDay !== null;
    const what = sends.size > 1 ? `统计表（${sends.size} 张）` : '统计表';
    const text = monthly
      ? `${what}：每月${monthlyDay}日前报送，下次 ${md(due)}（报 ${Number(reportedMonth(due).slice(5))} 月）`
      : `${what}：${Number(due.slice(0, 4))}年${md(due)}前报送`;
    return { campaignId: file.id, campaignTitle: file.title, tableIds: [...sends], due, monthly, covers: monthly ? reportedMonth(due) : null, text };
  });
}

/** Every campaign's next statistics dues, soonest first. */
export function statsDues(db: Db, today: string): StatsDue[] {
  return allCampaignFiles(db).flatMap((f) => campaignDues(f, today)).sort((a, b) => (a.due ?? '').localeCompare(b.due ?? '') || a.campaignId.localeCompare(b.campaignId));
}
