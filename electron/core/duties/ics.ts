// The calendar as an iCalendar file (RFC 5545) for the officer's own Outlook, WPS
// or phone calendar: one all-day VEVENT per dated thing, with reminders 10 days
// and 1 day before anything still to do. Written by hand: TEXT values escaped
// (§3.3.11) and lines folded at 75 octets without splitting a character (§3.1).
import { calendarKindLabel, type CalendarEntry } from '../../../shared/duties';
import { addDays } from '../../../shared/duties';

export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line: at most 75 octets a line, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // the leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const dateValue = (iso: string) => iso.replace(/-/g, '');
const stampValue = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function alarm(trigger: string, description: string): string[] {
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${trigger}`, `DESCRIPTION:${escapeText(description)}`, 'END:VALARM'];
}

function event(e: CalendarEntry, stamp: string): string[] {
  const summary = `${e.title}${e.done ? '（已完成）' : ''}`;
  const description = [e.campaignTitle, e.detail].filter(Boolean).join('\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}@zicha`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(e.date)}`,
    `DTEND;VALUE=DATE:${dateValue(addDays(e.end ?? e.date, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    `CATEGORIES:${escapeText(calendarKindLabel[e.kind])}`,
    'TRANSP:TRANSPARENT',
  ];
  if (!e.done && e.kind !== 'phase') {
    lines.push(...alarm('-P10D', `10天后到期：${e.title}`), ...alarm('-P1D', `明天到期：${e.title}`));
  }
  lines.push('END:VEVENT');
  return lines;
}

export function calendarIcs(entries: readonly CalendarEntry[], now: Date, name = '自查通'): string {
  const stamp = stampValue(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Zicha//自查通//ZH-CN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...entries.flatMap((e) => event(e, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
