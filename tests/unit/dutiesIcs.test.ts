// The calendar's .ics, parsed back with Debian's python3-icalendar (a library no
// one here wrote): one VEVENT per occurrence, reminders on what is still to do,
// escaped text and folded lines that come back as written.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../electron/core/duties/ics';
import { cliRunner } from '../support/cli';
import { tempDir } from '../support/temp';

const READ = `
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for ev in cal.walk('VEVENT'):
    out.append({
        'uid': str(ev['UID']),
        'summary': str(ev['SUMMARY']),
        'description': str(ev.get('DESCRIPTION', '')),
        'start': ev['DTSTART'].dt.isoformat(),
        'end': ev['DTEND'].dt.isoformat(),
        'alarms': [str(a['TRIGGER'].dt) for a in ev.walk('VALARM')],
    })
print(json.dumps(out, ensure_ascii=False))
`;

type Parsed = { uid: string; summary: string; description: string; start: string; end: string; alarms: string[] };

describe('calendar as .ics', () => {
  it('parses with python3-icalendar: one VEVENT per occurrence, a VALARM on each open one', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'z.sqlite');
    const ics = path.join(dir, '日历.ics');
    const cli = cliRunner('2020-12-10T10:00:00+08:00');
    expect((await cli('demo', '--db', db)).code).toBe(0);
    const done = await cli('duties', 'ics', '--db', db, '--out', ics);
    expect(done.err).toBe('');
    expect(done.out).toMatch(/^已导出日历：.*日历\.ics（\d+ 个事件）$/);
    const text = fs.readFileSync(ics, 'utf8');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);

    const events = JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ, ics], { encoding: 'utf8' })) as Parsed[];
    expect(done.out).toContain(`（${events.length} 个事件）`);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const duties = events.filter((e) => e.uid.startsWith('duty-'));
    expect(duties).toHaveLength(14);
    const monthly = duties.filter((e) => e.uid.startsWith('duty-sc-2020-96:d2:')).map((e) => e.start);
    expect(monthly).toEqual(['2020-07-05', '2020-08-05', '2020-09-05', '2020-10-05', '2020-11-05', '2020-12-05']);
    const open = duties.find((e) => e.uid === 'duty-sc-2020-96:d3:2020-11-30@zicha')!;
    expect(open).toMatchObject({ summary: '报送：报送专项整治工作情况总结', start: '2020-11-30', end: '2020-12-01' });
    expect(open.alarms).toEqual(['-10 days, 0:00:00', '-1 day, 0:00:00']);
    // The description comes back whole across folded lines, with its separators.
    expect(open.description).toBe('四川省卫生健康行业领域突出问题专项整治工作方案\n报四川省卫生健康委员会；逾期未报；各市（州）卫生健康行政部门、省中医药管理局于11月30日前将专项整治工作情况总结（盖章PDF版和电子版）报送我委');
    const sent = duties.find((e) => e.uid === 'duty-sc-2020-96:d1:2020-06-15@zicha')!;
    expect(sent.summary).toBe('报送：上报工作领导小组和工作方案（已完成）');
    expect(sent.alarms).toEqual([]);
    const phase = events.find((e) => e.uid === 'phase-sc-2020-96-p1@zicha')!;
    expect([phase.start, phase.end]).toEqual(['2020-06-10', '2020-07-01']);
    expect(events.some((e) => e.uid.startsWith('problem-'))).toBe(true);
    expect(events.some((e) => e.uid.startsWith('task-'))).toBe(true);
  });

  it('escapes TEXT and folds without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'报送'.repeat(40)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'报送'.repeat(40)}`);
  });
});
