// 线索案件 through the real renderer and handlers: 登记线索 with one person → 处置
// as 拟立案审查 (属实) → 转为案件 with an amount and a category, which the core
// stores in fen and links to the clue; the lists show the person by name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDepartment, setOperator } from '../../electron/core/org/org';
import { startHarness, type Harness } from '../harness/harness';

const TODAY = '2020-11-20';
let h: Harness;
let scratch: string;
let clueId = 0;
let caseId = 0;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-cases-'));
  h = await startHarness({ now: () => new Date(`${TODAY}T09:00:00+08:00`), dataDir: scratch });
  setOperator(h.ctx.db, '王芳');
  saveDepartment(h.ctx.db, { id: null, name: '骨科', category: '临床' });
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const page = () => h.page;
const caseRow = () => page().getByTestId(`case-row-${caseId}`);
/** Picks an option of a Mantine Select by its visible label. */
async function choose(testId: string, label: string) {
  await page().getByTestId(testId).click();
  await page().getByRole('option', { name: label, exact: true }).click();
}

describe('clues and cases', () => {
  it('starts empty, saying what to do', async () => {
    await h.open('/cases');
    expect(await page().getByTestId('empty-state').innerText()).toContain('登记线索');
  });

  it('registers a clue with one person', async () => {
    await page().getByTestId('new-clue').click();
    await choose('field-channel', '信访举报');
    await page().getByTestId('field-summary').fill('反映骨科存在串换收费项目问题');
    await page().getByTestId('add-person').click();
    await page().getByTestId('person-name-0').fill('张三');
    await choose('person-dept-0', '骨科');
    await page().getByTestId('save-clue').click();
    await page().getByTestId('clue-page').waitFor();
    clueId = h.ctx.db.prepare('SELECT id FROM clue').pluck().get() as number;
    expect(await page().getByTestId('clue-concerned').innerText()).toContain('张三（医师，骨科）');
    expect(await page().getByTestId('clue-page').getAttribute('data-disposal')).toBe('none');
  });

  it('disposes of it as 拟立案审查, found 属实', async () => {
    await page().getByTestId('dispose-clue').click();
    await choose('field-disposal', '拟立案审查');
    await choose('field-outcome', '属实');
    await page().getByTestId('confirm-dispose').click();
    await expect.poll(() => page().getByTestId('clue-page').getAttribute('data-disposal')).toBe('拟立案审查');
    expect(await page().getByTestId('clue-disposal').innerText()).toBe('拟立案审查（属实）');
    const row = h.ctx.db.prepare('SELECT disposal, outcome, disposed_on AS on_ FROM clue WHERE id = ?').get(clueId);
    expect(row).toEqual({ disposal: '拟立案审查', outcome: '属实', on_: TODAY });
  });

  it('turns it into a case with an amount in 万元 and a category', async () => {
    await page().getByTestId('clue-to-case').click();
    await page().getByTestId('field-amount').fill('12.3456');
    await choose('field-category', '虚构医疗服务、伪造医疗文书或票据');
    await page().getByTestId('save-case').click();
    await page().getByTestId('case-page').waitFor();
    const row = h.ctx.db
      .prepare('SELECT id, clue_id AS clueId, amount_fen AS amountFen, category, persons FROM case_record')
      .get() as { id: number; clueId: number; amountFen: number; category: string; persons: number };
    caseId = row.id;
    expect(row).toMatchObject({ clueId, amountFen: 12_345_600, category: 'fakeServices', persons: 1 });
    expect(await page().getByTestId('case-clue').innerText()).toMatch(/^XS2020-/);
  });

  it('lists the clue and the case with the person’s name', async () => {
    await h.open('/cases');
    const clueRow = page().getByTestId(`clue-row-${clueId}`);
    await expect.poll(() => clueRow.innerText()).toContain('张三');
    expect(await clueRow.innerText()).toContain('拟立案审查（属实）');
    await page().getByTestId('tab-cases').click();
    await expect.poll(() => caseRow().innerText()).toContain('12.3456');
    expect(await caseRow().innerText()).toContain('张三');
  });

  it('shows the core’s refusal beside the form, and deletes the case after asking', async () => {
    await caseRow().click();
    await page().getByTestId('field-penalized').fill('5');
    await page().getByTestId('save-case').click();
    await expect.poll(() => page().getByRole('alert').innerText()).toContain('不能超过涉及人员人次');
    await page().getByTestId('delete-case').click();
    await page().getByTestId('confirm-delete-case').click();
    await page().getByTestId('case-table').or(page().getByTestId('empty-state')).waitFor();
    expect(h.ctx.db.prepare('SELECT COUNT(*) FROM case_record').pluck().get()).toBe(0);
  });
});
