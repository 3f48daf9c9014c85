// 登记问题 from a self-inspection answer: a confirmation says it is done, the answer's
// evidence and 责任人 go with it, and "已登记问题" opens the problem.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePng } from '../../electron/core/demo/sampleFiles';
import { assignElements, createRound } from '../../electron/core/inspection/rounds';
import { addPerson, saveDepartment, setOperator } from '../../electron/core/org/org';
import { startHarness, type Harness } from '../harness/harness';

let h: Harness;
let scratch: string;
let roundId = 0;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-'));
  const photo = path.join(scratch, '收费清单.png');
  fs.writeFileSync(photo, samplePng(80, 60, 5));
  const now = new Date('2020-10-08T09:00:00+08:00');
  h = await startHarness({ now: () => now, openFilesAs: () => [photo] });
  const db = h.ctx.db;
  setOperator(db, '王芳');
  const insurance = saveDepartment(db, { id: null, name: '医保办', category: '职能' });
  const person = addPerson(db, { name: '李强', departmentId: insurance, title: '科长', phone: '' });
  roundId = createRound(
    db,
    { campaignId: 'gx-2020-special', name: '2020年第四季度自查', periodStart: '2020-09-01', periodEnd: '2020-10-31', dueOn: '2020-10-31' },
    '王芳',
    now.toISOString(),
  ).id;
  assignElements(db, roundId, ['cl2-i1'], insurance, person);
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const page = () => h.page;

describe('登记问题 from an answer', () => {
  it('confirms the registration and links the problem, with the answer’s evidence and 责任人', async () => {
    await h.open(`/self-check/${roundId}`);
    const row = page().getByTestId('element-cl2-i1');
    await row.getByLabel('抽查').fill('20');
    await row.getByLabel('违法违规').fill('2');
    await expect.poll(() => page().getByTestId('answer-status-cl2-i1').getAttribute('data-state')).toBe('saved');
    await page().getByTestId('evidence-cl2-i1').click();
    await page().getByTestId('add-evidence').click();
    await expect.poll(() => page().getByTestId('evidence-cl2-i1').getAttribute('data-count')).toBe('1');
    await page().keyboard.press('Escape');
    await page().getByTestId('flag-problem-cl2-i1').click();
    await page().getByTestId('confirm-flag').click();
    await expect.poll(() => page().getByTestId('notice').innerText()).toContain('已登记到问题台账');
    const linked = page().getByTestId('problem-linked-cl2-i1');
    await linked.click();
    await page().getByTestId('problem-page').waitFor();
    const evidence = page().getByTestId('problem-evidence');
    await expect.poll(() => evidence.getAttribute('data-count')).toBe('1');
    expect(await evidence.innerText()).toContain('收费清单.png');
    expect(await page().getByTestId('problem-card').innerText()).toContain('李强');
  });
});
