// The closed loop of a problem, through the real renderer and the real handlers:
// a self-inspection answer → 登记问题 → 问题台账 → 开始整改, progress and evidence →
// 整改完成 → 验证不通过 → 整改完成 → 验证通过 → 销号 (read-only) → 重新打开, with
// the history of every step and the workbench's 整改预警 coming and going.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePng } from '../../electron/core/demo/sampleFiles';
import { assignElements, createRound } from '../../electron/core/inspection/rounds';
import { createProblem } from '../../electron/core/ledger/problems';
import { saveDepartment, setOperator } from '../../electron/core/org/org';
import { startHarness, type Harness } from '../harness/harness';

let h: Harness;
let scratch: string;
let photo: string;
let roundId = 0;
let insurance = 0;
let problemId = 0;
const TODAY = '2020-10-08';

beforeAll(async () => {
  // Lives for the whole file (tests/support/temp removes its folders after each test).
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-'));
  photo = path.join(scratch, '退费凭证.png');
  fs.writeFileSync(photo, samplePng(120, 80, 7));
  const now = new Date(`${TODAY}T09:00:00+08:00`);
  h = await startHarness({ now: () => now, openFilesAs: (title) => (title.includes('佐证') ? [photo] : []) });
  const db = h.ctx.db;
  setOperator(db, '王芳');
  insurance = saveDepartment(db, { id: null, name: '医保办', category: '职能' });
  const round = createRound(
    db,
    { campaignId: 'gx-2020-special', name: '2020年第四季度自查', periodStart: '2020-09-01', periodEnd: '2020-10-31', dueOn: '2020-10-31' },
    '王芳',
    now.toISOString(),
  );
  roundId = round.id;
  assignElements(db, roundId, ['cl2-i1'], insurance, null);
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const page = () => h.page;
const status = () => page().getByTestId('problem-page').getAttribute('data-status');
/** Runs a move of the workflow through its confirmation, filling what it asks. */
async function act(action: string, fill: Record<string, string> = {}) {
  await page().getByTestId(`action-${action}`).click();
  for (const [testId, text] of Object.entries(fill)) await page().getByTestId(testId).fill(text);
  await page().getByTestId('confirm-action').click();
  await page().getByTestId('confirm-action').waitFor({ state: 'detached' });
}
const historyOf = async (field: string) => page().locator(`[data-testid="history-row"][data-field="${field}"]`).allInnerTexts();
/** The workbench, loaded afresh (going to the same address again would not reload it). */
const openWorkbench = async () => {
  await h.open('/');
  await page().reload();
  await page().getByTestId('warnings-card').waitFor();
};
const openProblem = async () => {
  await h.open(`/problems/${problemId}`);
  await page().getByTestId('problem-page').waitFor();
};

describe('the closed loop of a problem', () => {
  it('registers a problem from a self-inspection answer', async () => {
    await h.open(`/self-check/${roundId}`);
    const row = page().getByTestId('element-cl2-i1');
    await row.getByLabel('抽查').fill('20');
    await row.getByLabel('违法违规').fill('2');
    await expect.poll(() => page().getByTestId('answer-status-cl2-i1').getAttribute('data-state')).toBe('saved');
    await page().getByTestId('flag-problem-cl2-i1').click();
    await page().getByTestId('confirm-flag').click();
    await page().getByTestId('problem-linked-cl2-i1').waitFor();
    problemId = h.ctx.db.prepare("SELECT id FROM problem WHERE element_id = 'cl2-i1'").pluck().get() as number;
    expect(problemId).toBeGreaterThan(0);
  });

  it('lists it in 问题台账 under the item’s department, and opens it', async () => {
    await page().getByRole('link', { name: '问题台账' }).first().click();
    const row = page().getByTestId(`ledger-row-${problemId}`);
    await expect.poll(() => row.innerText()).toContain('医保办');
    expect(await row.getAttribute('data-status')).toBe('pending');
    await row.getByRole('link').first().click();
    await page().getByTestId('problem-page').waitFor();
    expect(await status()).toBe('pending');
    expect(await page().getByTestId('problem-evidence-empty').innerText()).toContain('还没有整改佐证材料');
  });

  it('gets a deadline five days away, and the workbench warns 医保办 in orange', async () => {
    await page().getByTestId('edit-problem').click();
    await page().getByTestId('field-deadline').fill('2020-10-13');
    await page().getByTestId('field-deadline').press('Enter');
    await page().getByTestId('save-problem').click();
    await expect.poll(() => page().getByTestId('info-deadline').innerText()).toContain('2020年10月13日');
    expect(await page().getByTestId('problem-warning').getAttribute('data-warning')).toBe('orange');
    await openWorkbench();
    await expect.poll(() => page().getByTestId(`warning-link-${insurance}-orange`).innerText()).toBe('1');
  });

  it('links the 未指定科室 warnings to the ledger filtered to problems without a department', async () => {
    createProblem(
      h.ctx.db,
      {
        source: '上级巡查', campaignId: null, category: '', description: '住院病历书写不规范', departmentId: null, personId: null,
        foundOn: '2020-09-01', amountFen: 0, note: '', measures: '', deadline: '2020-10-01', immediate: false,
      },
      null,
      '王芳',
      new Date().toISOString(),
    );
    await openWorkbench();
    await page().getByTestId('warning-link-none-red').click();
    await expect.poll(() => page().getByTestId('ledger-count').getAttribute('data-count')).toBe('1');
    expect(await page().getByTestId('ledger-table').innerText()).toContain('住院病历书写不规范');
    expect(await page().getByTestId('department-filter').innerText()).toContain('未指定科室');
    expect(page().url()).toContain('dept=none');
  });

  it('starts the rectification, records progress and adds a file as evidence', async () => {
    await openProblem();
    await act('start');
    await expect.poll(status).toBe('inProgress');
    await page().getByTestId('progress-text').fill('已退还多收费用 1.2 万元');
    await page().getByTestId('add-progress').click();
    await expect.poll(() => page().getByTestId('progress-entry').count()).toBe(1);
    await page().getByTestId('add-problem-evidence').click();
    const evidence = page().getByTestId('problem-evidence');
    await expect.poll(() => evidence.getAttribute('data-count')).toBe('1');
    expect(await evidence.innerText()).toContain('退费凭证.png');
    expect(h.ctx.db.prepare('SELECT original_name FROM problem_evidence WHERE problem_id = ?').pluck().all(problemId)).toEqual(['退费凭证.png']);
    await evidence.getByRole('button', { name: '预览' }).click();
    await page().getByTestId('evidence-preview').waitFor();
    await page().keyboard.press('Escape');
    await page().getByTestId('evidence-preview').waitFor({ state: 'detached' });
  });

  it('removes the file and takes the removal back', async () => {
    const evidence = page().getByTestId('problem-evidence');
    await evidence.getByRole('button', { name: '移除“退费凭证.png”' }).click();
    await expect.poll(() => evidence.getAttribute('data-count')).toBe('0');
    await evidence.getByRole('button', { name: '撤销移除' }).click();
    await expect.poll(() => evidence.getAttribute('data-count')).toBe('1');
    await expect.poll(() => historyOf('evidence')).toHaveLength(3);
    expect((await historyOf('evidence')).map((t) => t.split('\t').pop())).toEqual(['添加“退费凭证.png”', '移除“退费凭证.png”', '添加“退费凭证.png”']);
  });

  it('is completed, and the workbench warning is gone', async () => {
    await act('complete');
    await expect.poll(status).toBe('done');
    await openWorkbench();
    await page().getByTestId('warning-link-none-red').waitFor();
    expect(await page().getByTestId(`warning-link-${insurance}-orange`).count()).toBe(0);
    expect(await page().getByTestId('warnings-card').innerText()).not.toContain('医保办');
    // 整改台账 shows the newest progress entry in its 整改进展 column.
    await h.open('/rectification');
    await expect.poll(() => page().getByTestId(`latest-progress-${problemId}`).innerText()).toContain('已退还多收费用 1.2 万元');
  });

  it('fails verification with a reason and goes back to 整改中, then passes', async () => {
    await openProblem();
    await page().getByTestId('action-verifyFail').click();
    expect(await page().getByTestId('confirm-action').isDisabled()).toBe(true);
    await page().getByTestId('action-checker').fill('纪检监察室 张敏');
    await page().getByTestId('action-findings').fill('退费凭证缺少患者签字');
    await page().getByTestId('confirm-action').click();
    await expect.poll(status).toBe('inProgress');
    expect(await page().getByTestId('verifications-card').innerText()).toContain('退费凭证缺少患者签字');
    await act('complete');
    await act('verifyPass', { 'action-checker': '纪检监察室 张敏', 'action-findings': '整改到位，资料齐全' });
    await expect.poll(status).toBe('verified');
  });

  it('is signed off and read-only: no editing, no new evidence, no removal', async () => {
    await act('signOff');
    await expect.poll(status).toBe('signedOff');
    await page().getByTestId('signed-off-note').waitFor();
    expect(await page().getByTestId('edit-problem').count()).toBe(0);
    expect(await page().getByTestId('add-problem-evidence').count()).toBe(0);
    expect(await page().getByTestId('progress-form').count()).toBe(0);
    const evidence = page().getByTestId('problem-evidence');
    expect(await evidence.innerText()).toContain('退费凭证.png');
    expect(await evidence.getByRole('button', { name: /移除/ }).count()).toBe(0);
    // Opening is still looking, not changing.
    await evidence.getByRole('button', { name: '打开' }).click();
    await expect.poll(() => h.opened.length).toBe(1);
  });

  it('is reopened only with a reason, and every step is in the history', async () => {
    await page().getByTestId('action-reopen').click();
    expect(await page().getByTestId('confirm-action').isDisabled()).toBe(true);
    await page().getByTestId('action-reason').fill('医保局抽查发现仍有重复收费');
    await page().getByTestId('confirm-action').click();
    await expect.poll(status).toBe('inProgress');
    await page().getByTestId('add-problem-evidence').waitFor();
    expect(await page().getByTestId('edit-problem').count()).toBe(1);
    expect(await historyOf('reason')).toEqual([expect.stringContaining('医保局抽查发现仍有重复收费')]);
    expect(await historyOf('deadline')).toEqual([expect.stringContaining('2020年10月13日')]);
    // Newest first: reopened, signed off, verified, completed, failed, completed, started.
    const moves = (await historyOf('status')).map((t) => t.split('\t').pop());
    expect(moves).toEqual([
      '已销号 → 整改中', '已验证 → 已销号', '已完成（待验证） → 已验证', '整改中 → 已完成（待验证）',
      '已完成（待验证） → 整改中', '整改中 → 已完成（待验证）', '待整改 → 整改中',
    ]);
  });
});
