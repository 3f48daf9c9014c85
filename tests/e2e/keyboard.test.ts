// Dialogs by keyboard, as an officer uses them: a date typed in Chinese and Enter
// closes only the picker, Esc closes only an open picker (the dialog keeps what was
// typed), text that is not a date stays with a message, and a confirmation opens on
// its confirm button so Enter does what it says; the app lock is set and its recovery
// key saved and opened without the mouse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../harness/harness';
import { harnessWithOneProblem } from '../support/problemHarness';

let h: Harness;
let problemId = 0;

beforeAll(async () => {
  ({ h, problemId: problemId } = await harnessWithOneProblem());
});
afterAll(async () => {
  await h?.close();
});

const page = () => h.page;
const picker = () => page().locator('[data-dates-dropdown]');
const form = () => page().getByTestId('new-round-form');
const focused = () => page().evaluate(() => document.activeElement?.getAttribute('data-testid'));

describe('dialogs by keyboard', () => {
  it('takes a date typed as 2020年12月5日, and Enter closes only the picker', async () => {
    await h.open('/self-check');
    await page().getByTestId('new-round-empty').click();
    await page().getByTestId('round-name').fill('第四季度自查（键盘）');
    const due = page().getByTestId('round-due');
    await due.click();
    await picker().waitFor();
    await due.pressSequentially('2020年12月5日');
    await due.press('Enter');
    await picker().waitFor({ state: 'hidden' });
    await form().waitFor();
    expect(await due.inputValue()).toBe('2020-12-05');
  });

  it('closes only the picker on Esc; the dialog keeps everything typed', async () => {
    const start = form().getByLabel('自查期间：开始');
    await start.click();
    await picker().waitFor();
    await page().keyboard.press('Escape');
    await picker().waitFor({ state: 'hidden' });
    expect(await form().isVisible()).toBe(true);
    expect(await page().getByTestId('round-name').inputValue()).toBe('第四季度自查（键盘）');
    expect(await page().getByTestId('round-due').inputValue()).toBe('2020-12-05');
  });

  it('takes 2020.12.5 and 2020/12/5 too, and keeps text that is not a date with a message', async () => {
    const due = page().getByTestId('round-due');
    for (const typed of ['2020.12.6', '2020/12/7']) {
      await due.fill('');
      await due.pressSequentially(typed);
      await due.press('Tab');
      expect(await due.inputValue()).toBe(`2020-12-0${typed.slice(-1)}`);
    }
    await due.fill('');
    await due.pressSequentially('12月7号');
    await due.press('Tab');
    expect(await due.inputValue()).toBe('12月7号');
    expect(await form().innerText()).toContain('无法识别的日期');
    await due.fill('');
    await due.pressSequentially('2020年12月8日');
    await due.press('Enter');
    expect(await form().innerText()).not.toContain('无法识别的日期');
  });

  it('creates the round with the typed date', async () => {
    await page().getByTestId('create-round').click();
    await page().getByTestId('round-page').waitFor();
    const dueOn = h.ctx.db.prepare("SELECT due_on FROM inspection_round WHERE name = '第四季度自查（键盘）'").pluck().get();
    expect(dueOn).toBe('2020-12-08');
  });

  it('opens a confirmation on its confirm button, so Enter confirms', async () => {
    await h.open(`/problems/${problemId}`);
    await page().getByTestId('problem-page').waitFor();
    await page().getByTestId('action-start').click();
    await expect.poll(() => page().evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-action');
    await page().keyboard.press('Enter');
    await expect.poll(() => page().getByTestId('problem-page').getAttribute('data-status')).toBe('inProgress');
    await page().getByTestId('action-complete').click();
    await expect.poll(() => page().evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-action');
    await page().keyboard.press('Enter');
    await expect.poll(() => page().getByTestId('problem-page').getAttribute('data-status')).toBe('done');
  });

  it('names the × of a dialog', async () => {
    await page().getByTestId('action-verifyPass').click();
    await page().getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    await page().getByTestId('confirm-action').waitFor({ state: 'detached' });
  });

  it('sets the app lock and saves the recovery key by keyboard alone', async () => {
    await h.open('/settings');
    await page().getByTestId('lock-set').focus();
    await page().keyboard.press('Enter');
    await expect.poll(focused).toBe('lock-next');
    await page().keyboard.type('键盘密码123');
    await page().keyboard.press('Tab');
    await page().keyboard.type('键盘密码123');
    await page().keyboard.press('Enter');
    // Each step of the dialog replaces the one whose button had the focus; the next takes it.
    await page().getByTestId('export-now').waitFor();
    await expect.poll(focused).toBe('export-now');
    await page().keyboard.press('Enter');
    await page().getByTestId('recovery-saved').waitFor();
    await expect.poll(() => page().evaluate(() => document.activeElement?.textContent)).toBe('完成');
    await page().keyboard.press('Shift+Tab');
    await page().keyboard.press('Space');
    await expect.poll(() => h.shownInFolder.length).toBe(1);
    await page().keyboard.press('Shift+Tab');
    await page().keyboard.press('Enter');
    await expect.poll(() => h.opened.length).toBe(1);
    expect(h.opened[0]).toBe(h.shownInFolder[0]);
  });
});
