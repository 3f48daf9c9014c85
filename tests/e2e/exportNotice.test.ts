// The notice of an export is for that export only: starting the next one clears it,
// so a cancelled second export does not leave the first one's "导出完成" on screen.
// Every export's notice offers 打开文件 and 打开所在文件夹, which hand that file
// (and only that one) to the desktop.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../electron/core/demo/demo';
import { startHarness, type Harness } from '../harness/harness';

let h: Harness;
let scratch: string;
let cancel = false;
let round = 0;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-'));
  const now = new Date('2020-11-20T09:00:00+08:00');
  h = await startHarness({
    now: () => now,
    saveFileAs: (name) => (cancel ? null : path.join(scratch, name)),
    chooseFolderAs: () => (cancel ? null : scratch),
  });
  buildDemo(h.ctx.db, { scale: 1, evidenceDir: h.ctx.evidenceDir });
  round = h.ctx.db.prepare("SELECT id FROM inspection_round WHERE status = 'open' ORDER BY id LIMIT 1").pluck().get() as number;
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const notice = () => h.page.getByTestId('notice');

/** Opens the exported file and its folder from the notice; returns the path the desktop was handed. */
async function openFromNotice(expectFolderButton = true): Promise<string> {
  const before = { opened: h.opened.length, shown: h.shownInFolder.length };
  await notice().getByRole('button', { name: '打开文件' }).click();
  await expect.poll(() => h.opened.length).toBe(before.opened + 1);
  const file = h.opened.at(-1) ?? '';
  expect(fs.existsSync(file)).toBe(true);
  expect(await notice().innerText()).toContain(file);
  if (expectFolderButton) {
    await notice().getByRole('button', { name: '打开所在文件夹' }).click();
    await expect.poll(() => h.shownInFolder.at(-1)).toBe(file);
    expect(h.shownInFolder).toHaveLength(before.shown + 1);
  }
  return file;
}

/** Runs an export, opens its file from the notice, then cancels the next one: the notice goes. */
async function exportOpenAndCancel(run: () => Promise<void>, title: string) {
  cancel = false;
  await run();
  await expect.poll(() => notice().innerText(), { timeout: 30_000 }).toContain(title);
  const file = await openFromNotice();
  cancel = true;
  await run();
  await notice().waitFor({ state: 'detached' });
  cancel = false;
  return file;
}

describe('export notices', () => {
  it('a campaign file: opened from the notice, and the notice cleared when the next export starts', async () => {
    await h.open('/campaigns/sc-2020-96/overview');
    const file = await exportOpenAndCancel(() => h.page.getByRole('button', { name: '导出' }).first().click(), '导出完成');
    expect(path.dirname(file)).toBe(scratch);
  });

  it('a ledger and the import template', async () => {
    await h.open('/problems');
    await exportOpenAndCancel(async () => {
      await h.page.getByTestId('ledger-output').click();
      await h.page.getByTestId('export-xlsx').click();
    }, '已导出');
    const file = await exportOpenAndCancel(async () => {
      await h.page.getByTestId('ledger-import').click();
      await h.page.getByTestId('import-template').click();
    }, '已保存问题导入模板');
    expect(file.endsWith('.xlsx')).toBe(true);
  });

  it('a document', async () => {
    await h.open('/documents/sc-2020-96/summary');
    const file = await exportOpenAndCancel(async () => {
      await h.page.getByTestId('doc-export').click();
      await h.page.getByTestId('doc-export-docx').click();
    }, '已导出 Word 文档');
    expect(file.endsWith('.docx')).toBe(true);
  });

  it('a statistics table', async () => {
    await h.open('/stats?campaign=sc-2020-96');
    const file = await exportOpenAndCancel(async () => {
      await h.page.getByTestId('stats-export').click();
      // The demo's tables may carry failed checks: the officer then exports anyway.
      const anyway = h.page.getByTestId('stats-export-anyway');
      await anyway.click({ timeout: 3000 }).catch(() => undefined);
    }, '已导出统计表');
    expect(file.endsWith('.xlsx')).toBe(true);
  });

  it('the department workbooks: their folder opens', async () => {
    await h.open(`/self-check/${round}`);
    cancel = false;
    await h.page.getByTestId('export-workbooks').click();
    await expect.poll(() => notice().innerText(), { timeout: 30_000 }).toContain('份科室自查表');
    expect(await notice().getByRole('button', { name: '打开所在文件夹' }).count()).toBe(0);
    await notice().getByRole('button', { name: '打开文件夹' }).click();
    await expect.poll(() => h.opened.at(-1)).toBe(scratch);
    cancel = true;
    await h.page.getByTestId('export-workbooks').click();
    await notice().waitFor({ state: 'detached' });
    cancel = false;
  });

  it('the calendar, the migration package and a backup', async () => {
    await h.open('/duties');
    const ics = await exportOpenAndCancel(() => h.page.getByTestId('export-ics').click(), '已导出日历');
    expect(ics.endsWith('.ics')).toBe(true);
    await h.open('/settings');
    const pkg = await exportOpenAndCancel(() => h.page.getByRole('button', { name: '导出迁移包' }).click(), '已导出迁移包');
    expect(pkg.endsWith('.zicha-package')).toBe(true);
    // A backup has no program of its own: only its folder is offered.
    await h.page.getByTestId('backup-now').click();
    await expect.poll(() => notice().innerText()).toContain('已备份');
    expect(await notice().getByRole('button', { name: '打开文件' }).count()).toBe(0);
    await notice().getByRole('button', { name: '打开所在文件夹' }).click();
    await expect.poll(() => path.dirname(h.shownInFolder.at(-1) ?? '')).toBe(path.join(h.dataDir, 'backups'));
  });

  it('refuses in Chinese a path the session did not export', async () => {
    const refused = await h.page.evaluate(async (file) => {
      const zicha = (window as unknown as { zicha: Record<string, (i: unknown) => Promise<unknown>> }).zicha;
      return zicha['app.openExported']!({ path: file });
    }, h.ctx.databaseFile);
    expect(refused).toMatchObject({ ok: false, error: { code: 'notExported', message: expect.stringContaining('只能打开本次运行中导出的文件') } });
    expect(h.opened).not.toContain(h.ctx.databaseFile);
  });
});
