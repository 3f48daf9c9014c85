// Nothing typed on a problem is lost: progress text not yet recorded survives leaving
// the page, Ctrl+Enter records it, 整改完成 offers to record it first, and 销号 with
// no evidence asks for a reason that the history keeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../harness/harness';
import { harnessWithOneProblem } from '../support/problemHarness';

let h: Harness;
let id = 0;

beforeAll(async () => {
  ({ h, problemId: id } = await harnessWithOneProblem({ category: '医保基金', measures: '退回违规费用' }));
});
afterAll(async () => {
  await h?.close();
});

const page = () => h.page;
const status = () => page().getByTestId('problem-page').getAttribute('data-status');
const entries = () => page().getByTestId('progress-entry').allInnerTexts();
const openProblem = async () => {
  await h.open(`/problems/${id}`);
  await page().getByTestId('problem-page').waitFor();
};
const focused = () => page().evaluate(() => document.activeElement?.getAttribute('data-testid'));

describe('progress typed on a problem', () => {
  it('is kept when the officer leaves the page and comes back', async () => {
    await openProblem();
    await page().getByTestId('action-start').click();
    await page().getByTestId('confirm-action').click();
    await expect.poll(status).toBe('inProgress');
    await page().getByTestId('progress-text').fill('已退回违规费用 0.8 万元');
    await page().getByRole('link', { name: '问题台账' }).first().click();
    await page().getByTestId('ledger-table').waitFor();
    await page().goBack();
    await page().getByTestId('problem-page').waitFor();
    expect(await page().getByTestId('progress-text').inputValue()).toBe('已退回违规费用 0.8 万元');
    await page().getByTestId('progress-restored').waitFor();
  });

  it('is recorded by Ctrl+Enter; Enter alone starts a new line', async () => {
    const box = page().getByTestId('progress-text');
    await box.press('End');
    await box.press('Enter');
    await box.pressSequentially('组织收费人员培训');
    expect(await box.inputValue()).toBe('已退回违规费用 0.8 万元\n组织收费人员培训');
    await box.press('Control+Enter');
    await expect.poll(() => page().getByTestId('progress-entry').count()).toBe(1);
    expect(await box.inputValue()).toBe('');
    expect((await entries())[0]).toContain('组织收费人员培训');
    expect((await entries())[0]).toContain('2020年10月8日');
  });

  it('is offered for recording by 整改完成, and recorded before the move', async () => {
    await page().getByTestId('progress-text').fill('已完成收费系统字典核对');
    await page().getByTestId('action-complete').click();
    expect(await page().getByTestId('action-pending-progress').innerText()).toContain('已完成收费系统字典核对');
    expect(await page().getByTestId('action-record-progress').isChecked()).toBe(true);
    await expect.poll(focused).toBe('confirm-action');
    await page().keyboard.press('Enter');
    await expect.poll(status).toBe('done');
    expect(await page().getByTestId('progress-entry').count()).toBe(2);
    expect(await page().getByTestId('progress-text').inputValue()).toBe('');
  });

  it('销号 without an evidence file asks for a reason, and the history keeps it', async () => {
    await page().getByTestId('action-verifyPass').click();
    await page().getByTestId('confirm-action').click();
    await expect.poll(status).toBe('verified');
    await page().getByTestId('action-signOff').click();
    const reason = page().getByTestId('action-signoff-reason');
    await reason.waitFor();
    expect(await page().getByRole('dialog').innerText()).toContain('没有整改佐证材料');
    expect(await page().getByTestId('confirm-action').isDisabled()).toBe(true);
    await expect.poll(focused).toBe('action-signoff-reason');
    await reason.fill('退费凭证为纸质件，已存医保办');
    await page().getByTestId('confirm-action').click();
    await expect.poll(status).toBe('signedOff');
    const rows = await page().locator('[data-testid="history-row"][data-field="signOffReason"]').allInnerTexts();
    expect(rows).toEqual([expect.stringContaining('销号理由')]);
    expect(rows[0]).toContain('退费凭证为纸质件，已存医保办');
  });
});
