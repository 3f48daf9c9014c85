// 设置 → 数据备份 in the real window: a backup taken with 立即备份, a change, a restore
// behind its confirmation showing the old state, its undo; and the workbench line.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, invoke } from '../../electron/core/api';
import { startHarness, type Harness } from '../harness/harness';

let h: Harness;
let usb: string;
beforeAll(async () => {
  usb = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'zicha-usb-'));
  h = await startHarness({ chooseFolderAs: () => usb });
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(usb, { recursive: true, force: true });
});

async function addDepartment(name: string) {
  const result = await invoke(createHandlers(h.ctx), 'org.saveDepartment', { id: null, name, category: '职能' });
  expect(result.ok).toBe(true);
}

const departments = () => h.page.getByTestId('departments').innerText();

describe('数据备份', () => {
  it('takes a backup, restores it after a change, and undoes the restore', async () => {
    await addDepartment('医务科');
    await h.open('/settings');
    await h.page.getByTestId('backup-last').getByText('还没有备份').waitFor();
    await h.page.getByTestId('backup-now').click();
    await expect.poll(() => h.page.getByTestId('notice').innerText()).toContain('已备份');
    await expect.poll(() => h.page.getByTestId('backup-last').innerText()).toContain('手动备份');

    await addDepartment('药剂科');
    await h.page.reload();
    await expect.poll(departments).toContain('药剂科');

    const row = h.page.getByTestId('backup-row').filter({ hasText: '手动备份' });
    await row.getByRole('button', { name: '恢复' }).click();
    await h.page.getByTestId('confirm-restore').click();
    await expect.poll(() => h.page.getByTestId('notice').innerText()).toContain('已恢复');
    await expect.poll(departments).not.toContain('药剂科');
    expect(await departments()).toContain('医务科');
    expect(h.ctx.db.prepare('SELECT name FROM department ORDER BY id').pluck().all()).toEqual(['医务科']);

    await h.page.getByTestId('backup-undo').click();
    await h.page.getByTestId('confirm-undo').click();
    await expect.poll(() => h.page.getByTestId('notice').innerText()).toContain('已撤销恢复');
    await expect.poll(departments).toContain('药剂科');
    expect(h.ctx.db.prepare('SELECT name FROM department ORDER BY id').pluck().all()).toEqual(['医务科', '药剂科']);
  });

  it('copies backups into the chosen second folder, and the workbench shows the last backup', async () => {
    await h.page.getByRole('button', { name: '选择位置' }).click();
    await expect.poll(() => h.page.getByTestId('backup-second').innerText()).toBe(usb);
    expect(fs.readdirSync(path.join(usb, '自查通备份')).length).toBeGreaterThan(0);
    await h.open('/');
    await expect.poll(() => h.page.getByTestId('workbench-backup-last').innerText()).toMatch(/最近一次备份：\d{4}年/);
    expect(await h.page.getByTestId('workbench-backup-warning').count()).toBe(0);
    fs.rmSync(usb, { recursive: true, force: true });
    await h.page.reload();
    await expect.poll(() => h.page.getByTestId('workbench-backup-warning').innerText()).toContain('无法访问');
  });
});
