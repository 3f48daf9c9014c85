// Self-inspection end to end, through the real renderer and the real handlers: a
// round on 广西 Annex 2, answers of each kind, a file attached, a department
// workbook exported, filled as Excel would, imported back, and the progress moving.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDepartment } from '../../electron/core/org/org';
import { samplePng } from '../../electron/core/demo/sampleFiles';
import { startHarness, type Harness } from '../harness/harness';
import { fill } from '../support/workbooks';

let h: Harness;
let scratch: string;
let exportDir: string;
let photo: string;
let workbook = '';

beforeAll(async () => {
  // Lives for the whole file (tests/support/temp removes its folders after each test).
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-'));
  exportDir = path.join(scratch, 'exports');
  fs.mkdirSync(exportDir);
  photo = path.join(scratch, '检查现场.png');
  fs.writeFileSync(photo, samplePng(64, 40, 3));
  const today = new Date('2020-10-08T09:00:00+08:00');
  h = await startHarness({
    now: () => today,
    openFilesAs: (title) => (title.includes('佐证') ? [photo] : [workbook]),
    chooseFolderAs: () => exportDir,
  });
  saveDepartment(h.ctx.db, { id: null, name: '医保办', category: '职能' });
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const row = (id: string) => h.page.getByTestId(`element-${id}`);
const saved = (id: string) => expect.poll(() => h.page.getByTestId(`answer-status-${id}`).getAttribute('data-state')).toBe('saved');
const progress = () => h.page.getByTestId('round-progress').innerText();

describe('a round of self-inspection', () => {
  it('adds a department in 设置', async () => {
    await h.open('/settings');
    await h.page.getByTestId('add-department').click();
    await h.page.getByTestId('department-name').fill('医务科');
    await h.page.getByTestId('save-department').click();
    await expect.poll(() => h.page.getByTestId('departments').innerText()).toContain('医务科');
  });

  it('starts a round on the 广西 checklist: 33 items and 4 tasks', async () => {
    await h.page.getByRole('link', { name: '自查' }).first().click();
    await h.page.getByTestId('new-round-empty').click();
    await h.page.getByTestId('round-campaign').click();
    await h.page.getByRole('option', { name: /广西/ }).click();
    await h.page.getByTestId('create-round').click();
    await h.page.getByTestId('round-page').waitFor();
    expect(await progress()).toContain('已答 0 / 37');
    expect(await h.page.locator('[data-testid^="element-"]').count()).toBe(37);
  });

  it('answers one of each kind, saved as typed', async () => {
    await row('cl2-i3').locator('label', { hasText: '无' }).click();
    await saved('cl2-i3');
    await row('cl2-i1').getByLabel('抽查').fill('20');
    await row('cl2-i1').getByLabel('违法违规').fill('2');
    await saved('cl2-i1');
    await row('cl2-i28').getByLabel('金额（万元）').fill('1.5');
    await saved('cl2-i28');
    await row('cl2-i32').getByLabel('医师').fill('1');
    await saved('cl2-i32');
    await row('t1').getByLabel('完成情况').fill('已召开专题会议，部署自查自纠');
    await row('t1').getByLabel('推进状态').click();
    await h.page.getByRole('option', { name: '推进中' }).click();
    await saved('t1');
    await expect.poll(progress).toContain('已答 5 / 37');
    const stored = h.ctx.db.prepare('SELECT element_id, value_json FROM answer WHERE value_json IS NOT NULL ORDER BY element_id').all();
    expect(stored).toEqual([
      { element_id: 'cl2-i1', value_json: JSON.stringify({ kind: 'sampled', sampled: 20, violating: 2 }) },
      { element_id: 'cl2-i28', value_json: JSON.stringify({ kind: 'amount', fen: 1_500_000 }) },
      { element_id: 'cl2-i3', value_json: JSON.stringify({ kind: 'yesno', value: '无' }) },
      { element_id: 'cl2-i32', value_json: JSON.stringify({ kind: 'persons', byRole: { 医师: 1 } }) },
      { element_id: 't1', value_json: JSON.stringify({ kind: 'progress', status: '推进中', done: '已召开专题会议，部署自查自纠' }) },
    ]);
  });

  it('never sends an answer that breaks its rule', async () => {
    await row('cl2-i5').getByLabel('抽查').fill('3');
    await row('cl2-i5').getByLabel('违法违规').fill('5');
    await expect.poll(() => row('cl2-i5').innerText()).toContain('不能超过');
    await h.page.waitForTimeout(900);
    expect(h.ctx.db.prepare("SELECT count(*) FROM answer WHERE element_id = 'cl2-i5'").pluck().get()).toBe(0);
    await row('cl2-i5').getByLabel('违法违规').fill('0');
    await saved('cl2-i5');
  });

  it('attaches a file as evidence', async () => {
    await h.page.getByTestId('evidence-cl2-i3').click();
    await h.page.getByTestId('evidence-drawer').waitFor();
    await h.page.getByTestId('add-evidence').click();
    await expect.poll(() => h.page.getByTestId('evidence-drawer').innerText()).toContain('检查现场.png');
    expect(h.ctx.db.prepare("SELECT original_name FROM evidence WHERE element_id = 'cl2-i3'").pluck().all()).toEqual(['检查现场.png']);
    await h.page.keyboard.press('Escape');
    await h.page.getByTestId('evidence-drawer').waitFor({ state: 'detached' });
  });

  it('exports the department workbooks and imports one filled in Excel, and the progress moves', async () => {
    for (const id of ['cl2-i2', 'cl2-i4']) {
      await h.page.getByTestId(`department-${id}`).selectOption({ label: '医务科' });
    }
    // The progress by department is folded under the one-line summary.
    await h.page.getByTestId('progress-details-toggle').click();
    await expect.poll(() => h.page.getByTestId('dept-progress').innerText()).toContain('医务科');
    await h.page.getByTestId('export-workbooks').click();
    await expect.poll(() => fs.readdirSync(exportDir).filter((f) => f.includes('医务科')).length).toBe(1);
    const written = path.join(exportDir, fs.readdirSync(exportDir).find((f) => f.includes('医务科')) ?? '');
    // 有/无 is column D; 抽查 and 违法违规 are E and F.
    workbook = await fill(written, { 'cl2-i2': { E: 20, F: 0 }, 'cl2-i4': { D: '无' } }, () => {}, path.join(exportDir, '医务科-已填.xlsx'));
    await h.page.getByTestId('import-workbook').click();
    const review = h.page.getByTestId('import-review');
    await review.waitFor();
    expect(await review.getAttribute('data-ok')).toBe('true');
    expect(await h.page.getByTestId('import-changes').innerText()).toMatch(/违法违规|无/);
    await h.page.getByTestId('apply-import').click();
    await expect.poll(progress).toContain('已答 8 / 37');
    expect(await h.page.getByTestId('dept-progress').innerText()).toMatch(/医务科[\s\S]*已答 2 \/ 2/);
  });

  it('registers a problem from an answer that reveals one', async () => {
    await h.page.getByTestId('flag-problem-cl2-i1').click();
    expect(await h.page.getByTestId('problem-summary').inputValue()).toContain('违法违规');
    await h.page.getByTestId('confirm-flag').click();
    await h.page.getByTestId('problem-linked-cl2-i1').waitFor();
    expect(h.ctx.db.prepare('SELECT element_id FROM problem').pluck().all()).toEqual(['cl2-i1']);
  });

  it('sets an item aside as 不适用 with a reason', async () => {
    await row('cl2-i12').getByRole('checkbox').check();
    await h.page.getByTestId('bulk-na').click();
    await h.page.getByTestId('na-reason').fill('本院未开展器官移植');
    await h.page.getByTestId('confirm-na').click();
    await expect.poll(progress).toContain('已答 8 / 36');
    expect(await row('cl2-i12').innerText()).toContain('本院未开展器官移植');
  });

  it('is archived read-only, and reopened only with a reason', async () => {
    await h.page.getByTestId('close-round').click();
    await h.page.getByTestId('confirm-close').click();
    await h.page.getByTestId('closed-banner').waitFor();
    expect(await row('cl2-i3').locator('input').count()).toBe(0);
    await h.page.getByTestId('reopen-round').click();
    expect(await h.page.getByTestId('confirm-reopen').isDisabled()).toBe(true);
    await h.page.getByLabel('重新打开的原因').fill('补充医保办材料');
    await h.page.getByTestId('confirm-reopen').click();
    await h.page.getByTestId('closed-banner').waitFor({ state: 'detached' });
    expect(h.ctx.db.prepare("SELECT reason FROM round_event WHERE kind = 'reopened'").pluck().all()).toEqual(['补充医保办材料']);
  });
});
