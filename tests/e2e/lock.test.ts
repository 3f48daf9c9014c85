// 应用锁 in the real window: a password set in 设置 and the recovery key exported;
// after a restart only the unlock page shows and the window asks for nothing but
// lock.*; a wrong password, the right one, Ctrl+L, the idle lock (on Playwright's
// clock), the recovery key file, a changed password (the old key refused, 立即锁定),
// and removing the password again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, invoke } from '../../electron/core/api';
import { startHarness, type Harness, type HarnessOptions } from '../harness/harness';

const PASSWORD = '院办-2026-保密';
const NEXT = '新密码-2027';
const HOSPITAL = '示例县人民医院';
let h: Harness;
let scratch: string;
let recoveryFile: string;

/** Records every channel the page calls, from before its first script runs. */
const RECORD_CALLS = `(() => {
  window.__calls = [];
  const direct = window.__zichaInvoke;
  window.__zichaInvoke = (c, i) => { window.__calls.push(c); return direct(c, i); };
})();`;

async function start() {
  const options: HarnessOptions = {
    dataDir: scratch,
    saveFileAs: () => recoveryFile,
    openFilesAs: () => [recoveryFile],
  };
  h = await startHarness(options);
  await h.context.addInitScript(RECORD_CALLS);
}
const calls = () => h.page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
const unlockPage = () => h.page.getByTestId('unlock-page');
const card = () => h.page.getByTestId('lock-card');

async function expectLockedOnly() {
  await unlockPage().waitFor();
  expect(await h.page.getByTestId('unlock-label').innerText()).toBe(HOSPITAL);
  // Nothing of the app is drawn behind the unlock page, and nothing but lock.* was asked.
  expect(await h.page.locator('nav, header, main').count()).toBe(0);
  expect(await h.page.getByText('工作台').count()).toBe(0);
  expect(await h.page.getByText('医务科').count()).toBe(0);
  const asked = await calls();
  expect(asked.some((c) => c.startsWith('lock.'))).toBe(true);
  expect(asked.filter((c) => !c.startsWith('lock.'))).toEqual([]);
  expect(h.ctx.locked).toBe(true);
}

async function unlockWith(password: string) {
  await h.page.getByTestId('unlock-password').fill(password);
  await h.page.keyboard.press('Enter');
}

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-lock-'));
  recoveryFile = path.join(scratch, 'usb', '自查通恢复密钥.txt');
  fs.mkdirSync(path.dirname(recoveryFile));
  await start();
  const handlers = createHandlers(h.ctx);
  expect((await invoke(handlers, 'org.saveHospital', { name: HOSPITAL, level: '二级', category: '综合医院', ownership: '公立', region: '示例县' })).ok).toBe(true);
  expect((await invoke(handlers, 'org.saveDepartment', { id: null, name: '医务科', category: '职能' })).ok).toBe(true);
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('应用锁', () => {
  it('sets a password in 设置 and exports the recovery key right after', async () => {
    await h.open('/settings');
    expect(await card().getByTestId('lock-state').innerText()).toBe('未设置');
    await card().getByTestId('lock-set').click();
    const modal = h.page.getByRole('dialog');
    await modal.getByText('密码忘记后无法找回').waitFor();
    await modal.getByTestId('lock-next').fill('12345');
    await modal.getByTestId('lock-submit').click();
    await modal.getByText('密码至少 6 个字符').waitFor();
    await modal.getByTestId('lock-next').fill(PASSWORD);
    await modal.getByTestId('lock-confirm').fill(`${PASSWORD}x`);
    await modal.getByTestId('lock-submit').click();
    await modal.getByText('两次输入的密码不一致').waitFor();
    expect(h.ctx.lockEnabled).toBe(false);
    await modal.getByTestId('lock-confirm').fill(PASSWORD);
    // The earlier backups: encrypted unless the officer chooses to delete them (chosen here).
    expect(await modal.getByTestId('old-copies-encrypt').isChecked()).toBe(true);
    await modal.getByTestId('old-copies-remove').check();
    await modal.getByTestId('lock-submit').click();
    await modal.getByTestId('lock-done').waitFor();
    expect(h.ctx.lockEnabled).toBe(true);
    // At least the safety copy taken just before was plain: deleted, and one encrypted backup made.
    expect(await card().getByTestId('lock-note').innerText()).toMatch(/已删除 \d+ 个未加密的原有备份或副本.*已新建一个加密备份/s);
    const backups = path.join(path.dirname(h.ctx.databaseFile), 'backups');
    const plain = fs.readdirSync(backups).filter((f) => fs.readFileSync(path.join(backups, f)).subarray(0, 15).toString('latin1') === 'SQLite format 3');
    expect(plain).toEqual([]);
    expect(await card().getByTestId('lock-state').innerText()).toBe('已启用');
    await modal.getByTestId('export-now').click();
    await expect.poll(() => modal.getByTestId('recovery-saved').innerText()).toContain(recoveryFile);
    expect(fs.readFileSync(recoveryFile, 'utf8')).toMatch(/ZICHA-RECOVERY-1:[0-9a-f]{64}/);
    // Like every export, the key file's folder opens from the modal (to move the key to a USB stick).
    await modal.getByTestId('recovery-saved').getByRole('button', { name: '打开所在文件夹' }).click();
    await expect.poll(() => h.shownInFolder.at(-1)).toBe(path.resolve(recoveryFile));
    await modal.getByRole('button', { name: '完成' }).click();
    // The database file is no longer plain SQLite.
    expect(fs.readFileSync(h.ctx.databaseFile).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  });

  it('starts locked after a restart; a wrong password is refused, the right one opens the workbench', async () => {
    await h.close();
    await start();
    await h.open('/');
    await expectLockedOnly();
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('unlock-password');
    await unlockWith('不是这个密码');
    await h.page.getByText('密码不正确').waitFor();
    expect(h.ctx.locked).toBe(true);
    await unlockWith(PASSWORD);
    await h.page.getByTestId('workbench').waitFor();
    expect(h.ctx.locked).toBe(false);
  });

  it('locks with Ctrl+L and comes back to the same page', async () => {
    await h.open('/settings');
    await card().waitFor();
    await h.page.evaluate(() => ((window as unknown as { __calls: string[] }).__calls.length = 0));
    await h.page.keyboard.press('Control+L');
    await expectLockedOnly();
    await unlockWith(PASSWORD);
    await card().waitFor();
    expect(await h.page.getByTestId('departments').innerText()).toContain('医务科');
  });

  it('locks after the chosen idle time without activity', async () => {
    await card().getByTestId('lock-idle').click();
    await h.page.getByRole('option', { name: '5 分钟', exact: true }).click();
    await expect.poll(() => card().getByTestId('lock-idle').inputValue()).toBe('5 分钟');
    await h.page.clock.install();
    await h.page.reload();
    await card().waitFor();
    await h.page.clock.fastForward('04:00');
    await h.page.mouse.move(200, 300);
    await h.page.clock.fastForward('04:00');
    // Activity four minutes in restarted the count: still open at eight minutes.
    expect(await unlockPage().count()).toBe(0);
    expect(h.ctx.locked).toBe(false);
    await h.page.evaluate(() => ((window as unknown as { __calls: string[] }).__calls.length = 0));
    await h.page.clock.fastForward('01:30');
    await expectLockedOnly();
  });

  it('unlocks with the recovery key file', async () => {
    await h.page.getByTestId('unlock-recovery').click();
    await card().waitFor();
    expect(h.ctx.locked).toBe(false);
  });

  it('changes the password; the old recovery key then stops working', async () => {
    await card().getByTestId('lock-change').click();
    const modal = h.page.getByRole('dialog');
    await modal.getByText('之前导出的恢复密钥将失效').waitFor();
    await modal.getByTestId('lock-current').fill(PASSWORD);
    await modal.getByTestId('lock-next').fill(NEXT);
    await modal.getByTestId('lock-confirm').fill(NEXT);
    await modal.getByTestId('lock-submit').click();
    await modal.getByTestId('lock-done').waitFor();
    await modal.getByRole('button', { name: '以后再说' }).click();
    await h.page.evaluate(() => ((window as unknown as { __calls: string[] }).__calls.length = 0));
    await card().getByTestId('lock-now').click();
    await expectLockedOnly();
    await h.page.getByTestId('unlock-recovery').click();
    await h.page.getByText('恢复密钥不正确').waitFor();
    await unlockWith(PASSWORD);
    await h.page.getByText('密码不正确').waitFor();
    await unlockWith(NEXT);
    await card().waitFor();
  });

  it('removes the password after asking for it', async () => {
    await card().getByTestId('lock-remove').click();
    const modal = h.page.getByRole('dialog');
    await modal.getByTestId('lock-current').fill('不是这个密码');
    await modal.getByTestId('lock-submit').click();
    await modal.getByText('密码不正确').waitFor();
    expect(h.ctx.lockEnabled).toBe(true);
    await modal.getByTestId('lock-current').fill(NEXT);
    await modal.getByTestId('lock-submit').click();
    await expect.poll(() => card().getByTestId('lock-state').innerText()).toBe('未设置');
    expect(h.ctx.lockEnabled).toBe(false);
    expect(fs.readFileSync(h.ctx.databaseFile).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    await h.close();
    await start();
    await h.open('/settings');
    await card().waitFor();
    expect(await unlockPage().count()).toBe(0);
  });
});
