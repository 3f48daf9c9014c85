// The 报送台账 on a real SQLite file: every duty of the five built-in campaigns with
// its occurrences and statuses on a fixed clock, submissions with a generated export
// (linked by hash) and with a scanned copy, reopening with a reason, the calendar,
// the start-up notification through a stand-in, and the CLI.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalendarEntry, DutyDetail, DutyOccurrence, ExportView } from '../../shared/duties';
import { sha256Of, readEvidence } from '../../electron/core/evidenceStore';
import { announceDueSoon } from '../../electron/core/duties/notify';
import { openApp } from '../support/app';
import { cliRunner } from '../support/cli';
import { tempDir } from '../support/temp';

const NOW = '2020-11-20T10:00:00+08:00';
const row = (o: DutyOccurrence) => `${o.campaignId}/${o.dutyId} ${o.due} ${o.status}`;

describe('duty occurrences', () => {
  it('lists every duty of the built-in campaigns, each monthly occurrence, with addressee, formats and status on 2020-11-20', async () => {
    const { ctx, call } = await openApp({ now: NOW });
    const all: DutyOccurrence[] = await call('duties.list', {});
    ctx.close();
    expect(all.map(row)).toEqual([
      'sc-2020-96/d1 2020-06-15 overdue',
      'sc-2020-96/d2 2020-07-05 overdue',
      'sc-2020-96/d2 2020-08-05 overdue',
      'sn-2020-36/d1 2020-08-31 overdue',
      'sn-2020-36/d2 2020-08-31 overdue',
      'sn-2020-36/d3 2020-08-31 overdue',
      'sc-2020-96/d2 2020-09-05 overdue',
      'sc-2020-96/d2 2020-10-05 overdue',
      'sc-2020-96/d2 2020-11-05 overdue',
      'sc-2020-96/d3 2020-11-30 notStarted',
      'gx-2020-special/d1 2020-12-05 notStarted',
      'gx-2020-special/d2 2020-12-05 notStarted',
      'sc-2020-96/d2 2020-12-05 notStarted',
      'sn-2020-36/d4 2020-12-15 notStarted',
    ]);
    const monthly = all.filter((o) => o.campaignId === 'sc-2020-96' && o.dutyId === 'd2');
    expect(monthly.map((o) => [o.due, o.covers])).toEqual([
      ['2020-07-05', '2020-06'], ['2020-08-05', '2020-07'], ['2020-09-05', '2020-08'],
      ['2020-10-05', '2020-09'], ['2020-11-05', '2020-10'], ['2020-12-05', '2020-11'],
    ]);
    const summary = all.find((o) => o.campaignId === 'sc-2020-96' && o.dutyId === 'd3')!;
    expect(summary.addressee?.name).toBe('四川省卫生健康委员会');
    expect(summary.formats).toEqual(['stampedPdf', 'electronic']);
    expect(summary.warning).toBe('orange');
    const gx = all.find((o) => o.campaignId === 'gx-2020-special' && o.dutyId === 'd1')!;
    expect(gx.addressee).toMatchObject({ name: '广西壮族自治区卫生健康委医政医管处', email: 'wstyzc@126.com' });
    expect(gx.formats).toEqual(['docx', 'pdf']);
    expect(gx.warning).toBe('yellow');
    expect(all.find((o) => o.campaignId === 'sn-2020-36' && o.dutyId === 'd4')!.warning).toBeNull();
    expect(all.filter((o) => o.status === 'overdue').every((o) => o.warning === 'red')).toBe(true);
  });

  it('finds a campaign by its 文号 and refuses an occurrence the duty does not have', async () => {
    const { ctx, call, refused } = await openApp({ now: NOW });
    const sc: DutyOccurrence[] = await call('duties.list', { campaign: '川卫函〔2020〕96号' });
    expect(new Set(sc.map((o) => o.campaignId))).toEqual(new Set(['sc-2020-96']));
    expect(await refused('duties.get', { campaignId: 'sc-2020-96', dutyId: 'd2', due: '2020-06-05' })).toContain('没有 2020-06-05 到期的一次');
    expect(await refused('duties.get', { campaignId: 'sc-2020-96', dutyId: 'd9', due: '2020-06-05' })).toContain('没有编号为“d9”的报送要求');
    ctx.close();
  });
});

describe('the documents a duty asks for', () => {
  it('counts a saved 清查及整改情况报告 towards 陕西\'s written reports on the clearing and its rectification, and a summary towards the whole-work summary only', async () => {
    const { ctx, call } = await openApp({ now: NOW });
    const drafts = async (dutyId: string, due: string) =>
      ((await call('duties.get', { campaignId: 'sn-2020-36', dutyId, due })) as DutyDetail).occurrence.drafts;
    const saveAs = async (kind: 'inventory' | 'summary') => {
      const draft = (await call('documents.get', { campaign: 'sn-2020-36', kind })) as { doc: unknown };
      await call('documents.save', { campaign: 'sn-2020-36', kind, doc: draft.doc });
    };
    await saveAs('inventory');
    expect(await drafts('d2', '2020-08-31')).toEqual(['清查及整改情况报告已起草']);
    expect(await drafts('d3', '2020-08-31')).toEqual(['清查及整改情况报告已起草']);
    expect(await drafts('d4', '2020-12-15')).toEqual([]);
    await saveAs('summary');
    expect(await drafts('d4', '2020-12-15')).toEqual(['工作情况总结已起草']);
    expect(await drafts('d2', '2020-08-31')).toEqual(['清查及整改情况报告已起草']);
    ctx.close();
  });
});

describe('recording a submission', () => {
  it('links a generated export by its hash, marks the occurrence drafted first, and can be reopened only with a reason', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, '附件2（11月）.xlsx');
    const { ctx, call, refused } = await openApp({ now: NOW, saveTo: xlsx });
    const ref = { campaignId: 'sc-2020-96', dutyId: 'd2', due: '2020-12-05' };
    await call('stats.exportXlsx', { campaign: 'sc-2020-96', tableId: '2', period: '2020-11', detail: false, names: false, acceptFailures: true });
    const drafted: DutyDetail = await call('duties.get', ref);
    expect(drafted.occurrence.status).toBe('drafted');
    expect(drafted.occurrence.drafts).toEqual(['11月统计表已导出']);
    const exports: ExportView[] = await call('duties.exports', { campaign: 'sc-2020-96' });
    expect(exports).toHaveLength(1);
    expect(exports[0]!.sha256).toBe(sha256Of(fs.readFileSync(xlsx)));

    const sent: DutyOccurrence = await call('duties.record', { ...ref, submittedOn: '2020-11-20', via: 'email', note: '', exportIds: [exports[0]!.id], scans: false });
    expect(sent.status).toBe('sent');
    expect(sent.submission).toMatchObject({ submittedOn: '2020-11-20', via: 'email', by: expect.any(String) });
    expect(sent.submission!.files).toEqual([
      expect.objectContaining({ origin: 'generated', name: '附件2（11月）.xlsx', exportId: exports[0]!.id, sha256: exports[0]!.sha256 }),
    ]);
    expect(readEvidence(ctx.evidenceDir, exports[0]!.sha256).equals(fs.readFileSync(xlsx))).toBe(true);
    expect(await refused('duties.record', { ...ref, submittedOn: '2020-11-20', via: 'email', note: '', exportIds: [exports[0]!.id], scans: false })).toContain('已于2020年11月20日登记报送');

    expect(await refused('duties.reopen', { ...ref, reason: '  ' })).toContain('请填写退回原因');
    const reopened: DutyOccurrence = await call('duties.reopen', { ...ref, reason: '省委退回：表中第5行数字有误' });
    expect(reopened.status).toBe('drafted');
    expect(reopened.submission).toBeNull();
    const detail: DutyDetail = await call('duties.get', ref);
    expect(detail.history.map((h) => h.action)).toEqual(['recorded', 'reopened']);
    expect(detail.history[1]!.detail).toBe('省委退回：表中第5行数字有误');
    expect(detail.submissions).toHaveLength(1);
    expect(detail.submissions[0]!.reopened).toMatchObject({ reason: '省委退回：表中第5行数字有误' });

    // The export changed after it was written is no longer the export.
    fs.appendFileSync(xlsx, 'x');
    expect(await refused('duties.record', { ...ref, submittedOn: '2020-11-20', via: 'email', note: '', exportIds: [exports[0]!.id], scans: false })).toContain('在导出后已被修改');
    ctx.close();
  });

  it('keeps a scanned copy in the evidence store, and a late one is 逾期报送', async () => {
    const dir = tempDir();
    const scan = path.join(dir, '工作方案（盖章扫描件）.pdf');
    fs.writeFileSync(scan, '%PDF-1.4 scanned copy');
    const { ctx, call, refused } = await openApp({ now: NOW, openFiles: [scan] });
    const ref = { campaignId: 'sc-2020-96', dutyId: 'd1', due: '2020-06-15' };
    expect(await refused('duties.record', { ...ref, submittedOn: '2020-11-21', via: 'paper', note: '', exportIds: [], scans: true })).toContain('晚于今天');
    const sent: DutyOccurrence = await call('duties.record', { ...ref, submittedOn: '2020-06-18', via: 'paper', note: '院长签字后报送', exportIds: [], scans: true });
    expect(sent.status).toBe('sentLate');
    expect(sent.warning).toBeNull();
    const [file] = sent.submission!.files;
    expect(file).toMatchObject({ origin: 'scan', exportId: null, name: '工作方案（盖章扫描件）.pdf', size: 21 });
    expect(readEvidence(ctx.evidenceDir, file!.sha256).toString()).toBe('%PDF-1.4 scanned copy');
    const counts = await call('duties.counts', undefined);
    expect(counts).toContainEqual(expect.objectContaining({ campaignId: 'sc-2020-96', total: 8, sent: 1, overdue: 5 }));
    ctx.close();
  });

  it('answers null when the scan dialog is cancelled and nothing else was chosen', async () => {
    const { ctx, call } = await openApp({ now: NOW });
    expect(await call('duties.record', { campaignId: 'sn-2020-36', dutyId: 'd4', due: '2020-12-15', submittedOn: '2020-11-20', via: 'onsite', note: '', exportIds: [], scans: true })).toBeNull();
    expect(ctx.db.prepare('SELECT count(*) FROM duty_submission').pluck().get()).toBe(0);
    ctx.close();
  });
});

describe('calendar and reminders', () => {
  it('puts duties, tasks, phases, round due dates and rectification deadlines on one calendar', async () => {
    const { ctx, call } = await openApp({ now: NOW });
    await call('ledger.create', {
      source: '自查', campaignId: 'sc-2020-96', category: '', description: '住院患者费用清单未按日提供', departmentId: null, personId: null,
      foundOn: '2020-11-01', amountFen: 0, note: '', measures: '', deadline: '2020-11-25', immediate: false,
    });
    await call('inspection.createRound', { campaignId: 'sc-2020-96', name: '2020年第二轮自查', periodStart: null, periodEnd: null, dueOn: '2020-12-08' });
    const entries: CalendarEntry[] = await call('duties.calendar', undefined);
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(['duty', 'task', 'phase', 'round', 'rectification']));
    expect(entries.find((e) => e.kind === 'rectification')).toMatchObject({ date: '2020-11-25', warning: 'orange', done: false });
    expect(entries.find((e) => e.kind === 'round')).toMatchObject({ date: '2020-12-08', title: '自查截止：2020年第二轮自查', warning: 'yellow' });
    expect(entries.filter((e) => e.kind === 'duty')).toHaveLength(14);
    const phase = entries.find((e) => e.uid === 'phase-sc-2020-96-p1')!;
    expect([phase.date, phase.end]).toEqual(['2020-06-10', '2020-06-30']);
    const soon: CalendarEntry[] = await call('duties.dueSoon', undefined);
    expect(soon.every((e) => e.date >= '2020-11-20' && e.date <= '2020-11-30' && !e.done)).toBe(true);
    expect(soon.map((e) => e.title)).toEqual(['整改时限：WT2020-0001 住院患者费用清单未按日提供', '报送：报送专项整治工作情况总结']);

    const notes: { title: string; body: string }[] = [];
    const listed = announceDueSoon(ctx, { show: (n) => notes.push(n) });
    expect(listed).toEqual(soon);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toBe(`自查通：${soon.length} 项将在 10 天内到期`);
    expect(notes[0]!.body).toContain('11月30日　报送：报送专项整治工作情况总结');
    ctx.close();
  });

  it('shows no notification when nothing falls due within 10 days', async () => {
    const { ctx } = await openApp({ now: '2021-06-01T10:00:00+08:00' });
    const notes: unknown[] = [];
    expect(announceDueSoon(ctx, { show: (n) => notes.push(n) })).toEqual([]);
    expect(notes).toEqual([]);
    ctx.close();
  });
});

describe('duties on the command line', () => {
  it('lists the demo’s submissions, records one with a file, and refuses a bad channel', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'z.sqlite');
    const cli = cliRunner('2020-12-10T10:00:00+08:00');
    expect((await cli('demo', '--db', db)).code).toBe(0);
    const listed = await cli('duties', 'list', '--db', db, '--json');
    expect(listed.code).toBe(0);
    const all = JSON.parse(listed.out) as DutyOccurrence[];
    const statuses = all.map((o) => o.status);
    expect(statuses.filter((s) => s === 'sent').length).toBeGreaterThanOrEqual(5);
    expect(statuses.filter((s) => s === 'sentLate')).toHaveLength(1);
    expect(all.find((o) => o.campaignId === 'sc-2020-96' && o.dutyId === 'd3')!.status).toBe('overdue');

    const scan = path.join(dir, '总结（盖章扫描件）.pdf');
    fs.writeFileSync(scan, '%PDF-1.4 summary');
    const bad = await cli('duties', 'record', '--db', db, '--duty', 'sn-2020-36/d4', '--on', '2020-12-09', '--via', '传真', '--file', scan);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--via 只能是');
    const done = await cli('duties', 'record', '--db', db, '--duty', 'd4', '--campaign', 'sn-2020-36', '--on', '2020-12-09', '--via', '纸质', '--file', scan);
    expect(done.err).toBe('');
    expect(done.code).toBe(0);
    expect(done.out).toContain('已登记：专项行动整体工作情况书面总结（2020年12月15日到期）— 已报送');
    expect(done.out).toContain(`扫描件  sha256 ${sha256Of(fs.readFileSync(scan))}`);
    // A table the command line exported is linked to its export by hash.
    const xlsx = path.join(dir, '附件2（11月）.xlsx');
    expect((await cli('stats', 'export', '--db', db, '--campaign', 'sc-2020-96', '--table', '2', '--period', '2020-11', '--out', xlsx)).code).toBe(0);
    const table = await cli('duties', 'record', '--db', db, '--duty', 'sc-2020-96/d2', '--due', '2020-12-05', '--on', '2020-12-04', '--via', 'system', '--file', xlsx);
    expect(table.code).toBe(0);
    expect(table.out).toContain(`附件2（11月）.xlsx  自查通导出件  sha256 ${sha256Of(fs.readFileSync(xlsx))}`);
    const text = await cli('duties', 'list', '--db', db, '--campaign', 'sn-2020-36');
    expect(text.out).toMatch(/2020-12-15 {2}已报送.*sn-2020-36\/d4.*2020-12-09 经纸质报送.*总结（盖章扫描件）\.pdf（扫描件）/);
  });
});
