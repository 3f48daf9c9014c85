// A problem list and a feedback report pasted through 专项行动 → 新建, in the real
// renderer: the review shows what kind each was read as; the problem list is accepted
// as a campaign whose checklist holds its groups (不适用 flagged), the feedback report's
// problems are reviewed (one unticked, a milestone filled) and land in the problem ledger.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeedback } from '../../electron/core/campaigns/notice/feedback';
import { parseNotice } from '../../electron/core/campaigns/notice/parse';
import { repoRoot, startHarness, type Harness } from '../harness/harness';
import { pasteNotice } from '../harness/notice';

const CORPUS = path.join(repoRoot, 'tests', 'fixtures', 'notices', 'corpus');
const PROBLEM_LIST = fs.readFileSync(path.join(CORPUS, '01-problem-list-lanling.txt'), 'utf8');
const REPORT = fs.readFileSync(path.join(CORPUS, '19-variant-rectification-progress.txt'), 'utf8');
const TASK_TABLE = fs.readFileSync(path.join(CORPUS, '48-feedback-ankang-task-table.txt'), 'utf8');

let h: Harness;
let scratch: string;
beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-kinds-'));
  h = await startHarness({ dataDir: scratch, now: () => new Date('2025-10-20T09:00:00+08:00') });
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});


describe('pasting what is not a campaign notice', () => {
  it('accepts a problem list as a checklist of its categories, 不适用 items flagged', async () => {
    const expected = parseNotice(PROBLEM_LIST, '粘贴的通知');
    const checklist = expected.campaign.checklists[0]!;
    await pasteNotice(h, PROBLEM_LIST);
    expect(await h.page.getByTestId('notice-kind').innerText()).toBe('识别为：问题清单');
    const flags = h.page.getByTestId('flag').filter({ hasText: '不适用' });
    expect(await flags.count()).toBe(2);
    expect(await flags.first().innerText()).toContain('针对参保人员');

    await h.page.getByTestId('header-title').fill('医保基金使用突出问题自查清单');
    const issuers = h.page.getByTestId('header-issuers');
    await issuers.fill('某县医疗保障局');
    await issuers.press('Enter');
    await h.page.getByTestId('accept').click();
    await h.page.waitForURL(new RegExp(`#/campaigns/${expected.campaign.id}$`));

    await h.page.getByRole('tab', { name: /检查要点/ }).click();
    const shown = h.page.getByTestId(`checklist-${checklist.id}`);
    await shown.waitFor();
    const text = await shown.innerText();
    for (const g of checklist.groups) expect(text).toContain(g.title);
    expect(text).toContain('将收费诊疗项目分解成多个项目收费');
    const stored = JSON.parse(h.ctx.db.prepare('SELECT file_json FROM campaign WHERE id = ?').pluck().get(expected.campaign.id) as string) as {
      checklists: { groups: { items: { answer: { kind: string } }[] }[] }[];
    };
    const items = stored.checklists[0]!.groups.flatMap((g) => g.items);
    expect(items).toHaveLength(22);
    expect(new Set(items.map((i) => i.answer.kind))).toEqual(new Set(['yesno']));
  });

  it('reviews a rectification report and adds the ticked problems to the ledger, linked to the campaign chosen', async () => {
    const proposal = parseFeedback(REPORT, '粘贴的通知');
    await pasteNotice(h, REPORT, 'feedback-review');
    expect(await h.page.getByTestId('notice-kind').innerText()).toBe('识别为：反馈/整改报告');
    expect(await h.page.getByTestId('feedback-problems').locator('tbody tr').count()).toBe(proposal.problems.length);

    // Without the milestone of the 阶段性完成 problem nothing is added, and the review stays.
    await h.page.getByTestId('feedback-apply').click();
    await expect.poll(() => h.page.getByTestId('feedback-error').innerText()).toContain('请填写下一节点日期');
    const count = () => h.ctx.db.prepare('SELECT count(*) FROM problem').pluck().get() as number;
    expect(count()).toBe(0);

    await h.page.getByTestId('feedback-milestone-1').fill('2025-12-31');
    await h.page.getByTestId('feedback-problem-2').getByRole('checkbox').uncheck();
    await h.page.getByTestId('feedback-campaign').click();
    await h.page.getByRole('option', { name: '医保基金使用突出问题自查清单' }).click();
    await h.page.getByTestId('feedback-apply').click();
    await h.page.getByTestId('feedback-added').waitFor();
    expect(await h.page.getByTestId('feedback-added').innerText()).toContain('已登记 2 个问题');

    const rows = h.ctx.db.prepare('SELECT description, category, status, next_milestone AS m, campaign_id AS c, source FROM problem ORDER BY id').all() as Record<string, string | null>[];
    expect(rows.map((r) => [r.category, r.status, r.m, r.source])).toEqual([
      ['党的领导方面', 'done', null, '上级巡查'],
      ['党的领导方面', 'staged', '2025-12-31', '上级巡查'],
    ]);
    const campaignId = parseNotice(PROBLEM_LIST, '粘贴的通知').campaign.id;
    expect(new Set(rows.map((r) => r.c))).toEqual(new Set([campaignId]));

    await h.page.getByRole('link', { name: '打开问题台账' }).click();
    const table = h.page.getByTestId('ledger-table');
    await table.waitFor();
    await expect.poll(() => table.innerText()).toContain(proposal.problems[0]!.description.slice(0, 12));
  });

  it('reaches the same review from the ledger’s 导入 menu, and adds a flattened task table’s problems with their deadlines and categories', async () => {
    const proposal = parseFeedback(TASK_TABLE, 'x');
    const count = () => h.ctx.db.prepare('SELECT count(*) FROM problem').pluck().get() as number;
    const before = count();
    await h.open('/problems');
    await h.page.getByTestId('ledger-import').click();
    await h.page.getByTestId('import-feedback').click();
    await h.page.getByTestId('feedback-text').fill(TASK_TABLE);
    await h.page.getByTestId('feedback-parse').click();
    await h.page.getByTestId('feedback-review').waitFor();
    expect(await h.page.getByTestId('feedback-problems').locator('tbody tr').count()).toBe(6);
    expect(count()).toBe(before);
    await h.page.getByTestId('feedback-apply').click();
    await h.page.getByTestId('feedback-added').waitFor();
    expect(await h.page.getByTestId('feedback-added').innerText()).toContain('已登记 6 个问题');
    const rows = h.ctx.db.prepare('SELECT category, deadline FROM problem ORDER BY id').all().slice(before) as { category: string; deadline: string | null }[];
    expect(rows.map((r) => r.deadline)).toEqual(Array(6).fill('2014-08-10'));
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(proposal.problems.map((p) => p.category)));
    expect(new Set(rows.map((r) => r.category)).size).toBe(2);
  });
});
