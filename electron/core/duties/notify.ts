// At start-up: what falls due within 10 days, told through the shell's system
// notifications (Electron's Notification in the app; a stand-in in tests).
import { chineseDate } from '../../../shared/dates';
import { dueSoon, type CalendarEntry } from '../../../shared/duties';
import type { Notifier, Services } from '../ports';
import { calendarEntries } from './calendar';

/** The notification for the entries due soon; null when nothing is. */
export function dueSoonNote(entries: readonly CalendarEntry[], today: string): { title: string; body: string } | null {
  if (entries.length === 0) return null;
  const lines = entries.slice(0, 3).map((e) => `${e.date === today ? '今天' : chineseDate(e.date).replace(/^\d+年/, '')}　${e.title}`);
  if (entries.length > 3) lines.push(`等共 ${entries.length} 项`);
  return { title: `自查通：${entries.length} 项将在 10 天内到期`, body: lines.join('\n') };
}

/** Shows the start-up notification (nothing while locked or when nothing is due) and answers what it listed. */
export function announceDueSoon(ctx: Services & { readonly locked: boolean }, notifier: Notifier): CalendarEntry[] {
  if (ctx.locked) return [];
  const today = ctx.today();
  const soon = dueSoon(calendarEntries(ctx.db, today), today);
  const note = dueSoonNote(soon, today);
  if (note) notifier.show(note);
  return soon;
}
