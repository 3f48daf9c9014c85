// Through the real window: record a submission of 川卫函〔2020〕96号's summary on the
// 报送台账 (a scanned copy chosen through the file dialog's stand-in), see it done on
// the calendar and the workbench, then reopen it with a reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setOperator } from '../../electron/core/org/org';
import { startHarness, type Harness } from '../harness/harness';

let h: Harness;
let scratch: string;
let scan: string;
const KEY = 'sc-2020-96:d3:2020-11-30';

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-duties-'));
  scan = path.join(scratch, '工作情况总结（盖章扫描件）.pdf');
  fs.writeFileSync(scan, '%PDF-1.4 stamped summary, scanned');
  h = await startHarness({ now: () => new Date('2020-11-20T09:00:00+08:00'), dataDir: scratch, openFilesAs: () => [scan] });
  setOperator(h.ctx.db, '王芳');
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const page = () => h.page;
const row = () => page().locator(`[data-testid="duty-row"][data-key="${KEY}"]`);
const sentOnWorkbench = () => page().locator('[data-testid="duties-count"][data-campaign="sc-2020-96"]').getAttribute('data-sent');

describe('报送台账 through the window', () => {
  it('lists the summary as due within 10 days on the workbench, none sent yet', async () => {
    await h.open('/');
    // Something else due soon, so that the card stays when the summary is sent.
    await page().evaluate(() =>
      window.zicha['inspection.createRound']({ campaignId: 'sc-2020-96', name: '2020年第二轮自查', periodStart: null, periodEnd: null, dueOn: '2020-11-25' }),
    );
    await h.open('/');
    await page().getByTestId('due-soon').waitFor();
    expect(await page().getByTestId('due-soon').innerText()).toContain('2020年第二轮自查');
    expect(await page().getByTestId('due-soon').innerText()).toContain('报送专项整治工作情况总结');
    await expect.poll(sentOnWorkbench).toBe('0');
  });

  it('records the submission with a scanned copy', async () => {
    await h.open('/duties');
    await row().waitFor();
    expect(await row().getAttribute('data-status')).toBe('notStarted');
    await row().getByTestId('duty-record').click();
    await page().getByTestId('record-modal').waitFor();
    await page().getByTestId('record-scans').click();
    await page().getByTestId('record-confirm').click();
    await expect.poll(() => row().getAttribute('data-status')).toBe('sent');
    expect(await row().innerText()).toContain('工作情况总结（盖章扫描件）.pdf（扫描件）');
    const stored = h.ctx.db.prepare("SELECT f.origin, f.name, s.via, s.by, s.submitted_on AS submittedOn FROM duty_submission s JOIN duty_submission_file f ON f.submission_id = s.id").get();
    expect(stored).toEqual({ origin: 'scan', name: '工作情况总结（盖章扫描件）.pdf', via: 'system', by: '王芳', submittedOn: '2020-11-20' });
  });

  it('shows it done on the calendar and the workbench', async () => {
    await page().getByTestId('tab-calendar').click();
    await page().getByTestId('calendar-month').waitFor();
    expect(await page().getByTestId('calendar-title').innerText()).toBe('2020年11月');
    const entry = page().locator(`[data-testid="calendar-entry"][data-uid="duty-${KEY}"]`);
    await expect.poll(() => entry.getAttribute('data-done')).toBe('yes');
    await page().getByTestId('calendar-view').getByText('列表').click();
    await page().getByTestId('calendar-list').waitFor();
    expect(await page().getByTestId('calendar-list').innerText()).toMatch(/报送：报送专项整治工作情况总结\s*[\s\S]*已完成/);

    await h.open('/');
    await expect.poll(sentOnWorkbench).toBe('1');
    await expect.poll(() => page().getByTestId('due-soon').innerText()).toContain('2020年第二轮自查');
    expect(await page().getByTestId('due-soon').innerText()).not.toContain('报送专项整治工作情况总结');
  });

  it('records a monthly table with the export Zicha wrote, linked by its hash', async () => {
    const exported = await page().evaluate(() =>
      window.zicha['stats.exportXlsx']({ campaign: 'sc-2020-96', tableId: '2', period: '2020-11', detail: false, names: false, acceptFailures: true }),
    );
    expect(exported).toMatchObject({ ok: true });
    await h.open('/duties?campaign=sc-2020-96');
    const table = page().locator('[data-testid="duty-row"][data-key="sc-2020-96:d2:2020-12-05"]');
    await expect.poll(() => table.getAttribute('data-status')).toBe('drafted');
    expect(await table.innerText()).toContain('11月统计表已导出');
    await table.getByTestId('duty-record').click();
    await page().getByTestId('record-export').first().click();
    await page().getByTestId('record-confirm').click();
    await expect.poll(() => table.getAttribute('data-status')).toBe('sent');
    expect(await table.innerText()).toContain('（自查通导出）');
    const link = h.ctx.db.prepare("SELECT f.origin, f.sha256 = x.sha256 AS same FROM duty_submission_file f JOIN export_log x ON x.id = f.export_id").get();
    expect(link).toEqual({ origin: 'generated', same: 1 });
  });

  it('reopens it only with a reason', async () => {
    await h.open('/duties');
    await row().getByTestId('duty-reopen').click();
    await expect.poll(() => page().getByTestId('reopen-confirm').isDisabled()).toBe(true);
    await page().getByTestId('reopen-reason').fill('省卫生健康委退回：缺少附件清单');
    await page().getByTestId('reopen-confirm').click();
    await expect.poll(() => row().getAttribute('data-status')).toBe('notStarted');
    const history = h.ctx.db.prepare("SELECT action, detail FROM duty_event WHERE due = '2020-11-30' ORDER BY id").all();
    expect(history).toEqual([
      { action: 'recorded', detail: '2020年11月20日经政务系统报送：工作情况总结（盖章扫描件）.pdf（扫描件）' },
      { action: 'reopened', detail: '省卫生健康委退回：缺少附件清单' },
    ]);
  });
});
