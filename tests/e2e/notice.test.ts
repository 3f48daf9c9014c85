// 新建专项行动 from a notice, through the real renderer and the real parser: paste,
// review (highlight, flags, edits, undo, merge), accept into the catalog, and a
// refused old-format file. Spans are taken from the core's own parse of the text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNotice } from '../../electron/core/campaigns/notice/parse';
import { allFlags } from '../../shared/noticeProposal';
import { repoRoot, startHarness, type Harness } from '../harness/harness';
import { pasteNotice } from '../harness/notice';

const NOTICES = path.join(repoRoot, 'tests', 'fixtures', 'notices');
const SICHUAN = fs.readFileSync(path.join(NOTICES, fs.readdirSync(NOTICES).find((f) => f.startsWith('000_'))!), 'utf8');
const WEB = fs.readFileSync(path.join(NOTICES, 'extra', 'web-paste.txt'), 'utf8');

let h: Harness;
let scratch: string;
let chosen = '';
beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-notice-'));
  h = await startHarness({ dataDir: scratch, now: () => new Date('2020-07-20T09:00:00+08:00'), openFilesAs: () => [chosen] });
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const card = (key: string) => h.page.getByTestId(key);
const taskCount = () => h.page.getByTestId('review-tasks').locator('[data-key^="task-"]').count();


describe('新建专项行动 from a notice', () => {
  it('refuses a .doc from the file dialog in Chinese and keeps what was typed', async () => {
    chosen = path.join(scratch, '旧通知.doc');
    fs.writeFileSync(chosen, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await h.open('/campaigns');
    await h.page.getByTestId('new-campaign').click();
    await h.page.getByTestId('notice-text').fill('半截通知');
    await h.page.getByTestId('notice-open').click();
    const error = h.page.getByTestId('notice-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('“旧通知.doc”是旧版 Word 文件（.doc）');
    expect(await error.innerText()).toContain('另存为” .docx');
    expect(await h.page.getByTestId('notice-text').inputValue()).toBe('半截通知');
  });

  it('says so when pasted text holds nothing it recognises, keeping the text', async () => {
    const garbage = fs.readFileSync(path.join(NOTICES, 'extra', 'garbage.txt'), 'utf8');
    await h.page.getByTestId('notice-text').fill(garbage);
    await h.page.getByTestId('notice-parse').click();
    await expect.poll(() => h.page.getByTestId('notice-error').innerText()).toContain('未能从“粘贴的通知”中识别出任何专项行动内容');
    expect(await h.page.getByTestId('notice-text').inputValue()).toBe(garbage);
  });

  it('proposes 川卫函〔2020〕96号 with the impossible date flagged and marks a task’s source', async () => {
    const expected = parseNotice(SICHUAN, '粘贴的通知');
    await pasteNotice(h, SICHUAN);
    expect(await h.page.getByTestId('header-docNumber').inputValue()).toBe('川卫函〔2020〕96号');
    const summary = h.page.getByTestId('flag-summary');
    expect(await summary.innerText()).toMatch(/有 \d+ 处需要核对/);
    const phase = card('phase-0');
    expect(await phase.getByTestId('flag').innerText()).toContain('日期不存在');
    expect(await phase.getByTestId('flag').innerText()).toContain('6月无31日');

    const task = expected.campaign.tasks[1]!;
    await card('task-1').getByText(`任务 ${task.no}`).click();
    const mark = h.page.getByTestId('source-mark');
    expect(await mark.innerText()).toBe(SICHUAN.slice(task.span!.start, task.span!.end));
    await expect.poll(() => mark.isVisible()).toBe(true);

    // A jump from the summary marks the flagged wording itself.
    const flagSpan = expected.campaign.phases[0]!.flags[0]!.span!;
    await summary.getByTestId('flag-jump').filter({ hasText: '6月无31日' }).click();
    expect(await mark.innerText()).toBe(SICHUAN.slice(flagSpan.start, flagSpan.end));
    const count = allFlags(expected).length;
    expect(await summary.innerText()).toContain(`有 ${count} 处需要核对`);
    await phase.getByRole('button', { name: '已核对' }).click();
    expect(await phase.getByTestId('flag').count()).toBe(0);
    const after = await h.page.getByTestId('flag-summary').innerText();
    expect(after).not.toContain('6月无31日');
    expect(after).toContain(count === 1 ? '没有需要特别核对' : `有 ${count - 1} 处需要核对`);
  });

  it('edits a title, deletes and undoes, merges two tasks', async () => {
    const tasks = parseNotice(SICHUAN, '粘贴的通知').campaign.tasks;
    const title = card('task-0').getByTestId('task-title');
    await title.fill('拓宽渠道，摸排线索（已改）');
    expect(await title.inputValue()).toBe('拓宽渠道，摸排线索（已改）');

    expect(await taskCount()).toBe(tasks.length);
    await card('task-2').getByRole('button', { name: '删除' }).click();
    expect(await taskCount()).toBe(tasks.length - 1);
    expect(await card('task-2').getByTestId('task-title').inputValue()).toBe(tasks[3]!.title);
    await h.page.getByTestId('undo').click();
    expect(await taskCount()).toBe(tasks.length);
    expect(await card('task-2').getByTestId('task-title').inputValue()).toBe(tasks[2]!.title);
    expect(await card('task-0').getByTestId('task-title').inputValue()).toBe('拓宽渠道，摸排线索（已改）');

    await card('task-0').getByRole('button', { name: '与下一项合并' }).click();
    expect(await taskCount()).toBe(tasks.length - 1);
    const text = await card('task-0').getByLabel('任务内容').inputValue();
    expect(text).toBe(`${tasks[0]!.text}${tasks[1]!.text}`);
  });

  it('splits a task where the officer breaks the line, and turns a task into a checklist item and back', async () => {
    const n = await taskCount();
    const last = `task-${n - 1}`;
    const lastText = await card(last).getByLabel('任务内容').inputValue();
    const cut = Math.floor(lastText.length / 2);
    await card(last).getByRole('button', { name: '拆分' }).click();
    await h.page.getByTestId('split-text').fill(`${lastText.slice(0, cut)}\n${lastText.slice(cut)}`);
    await h.page.getByTestId('split-confirm').click();
    expect(await taskCount()).toBe(n + 1);
    expect(await card(`task-${n - 1}`).getByLabel('任务内容').inputValue()).toBe(lastText.slice(0, cut).trim());
    expect(await card(`task-${n}`).getByLabel('任务内容').inputValue()).toBe(lastText.slice(cut).trim());
    expect(await h.page.getByTestId('undo').innerText()).toBe('撤销拆分');

    const title = await card('task-1').getByTestId('task-title').inputValue();
    await card('task-1').getByRole('button', { name: '移到其他部分' }).click();
    await h.page.getByRole('menuitem', { name: '转为检查要点（新建检查表）' }).click();
    expect(await taskCount()).toBe(n);
    const item = card('item-0-0-0');
    expect(await item.getByLabel('检查内容').inputValue()).toContain(title);
    await item.getByRole('button', { name: '移到其他部分' }).click();
    await h.page.getByRole('menuitem', { name: '转为重点任务' }).click();
    expect(await taskCount()).toBe(n + 1);
    expect(await h.page.getByTestId('review-checklists').innerText()).toContain('未识别出内容');
  });

  it('fixes a flagged date, refuses to accept without a title keeping the edits, then saves the campaign with its tasks and table', async () => {
    // The web page with a slip the parser must flag: April has no 31st.
    const text = WEB.replace('2021年3月15日-4月30日', '2021年3月15日-4月31日');
    const expected = parseNotice(text, '粘贴的通知').campaign;
    await pasteNotice(h, text);
    const phase = card('phase-0');
    expect(await phase.getByTestId('flag').innerText()).toContain('日期不存在');
    const end = phase.getByLabel('结束日期');
    await end.fill('2021-04-29');
    await end.press('Enter');
    await phase.getByRole('button', { name: '已核对' }).click();
    expect(await phase.getByTestId('flag').count()).toBe(0);
    await card('task-0').getByTestId('task-title').fill('规范收费，清理分解收费');
    await h.page.getByTestId('header-title').fill('');
    await h.page.getByTestId('accept').click();
    const error = h.page.getByTestId('accept-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('标题：不能为空');
    expect(await card('task-0').getByTestId('task-title').inputValue()).toBe('规范收费，清理分解收费');

    await h.page.getByTestId('header-title').fill(expected.title);
    await h.page.getByTestId('accept').click();
    await h.page.waitForURL(new RegExp(`#/campaigns/${expected.id}$`));

    await h.open('/campaigns');
    const row = h.page.getByTestId(`campaign-${expected.id}`);
    await row.waitFor();
    expect(await row.innerText()).toContain(expected.title);
    await row.getByText(expected.title).click();
    await h.page.getByRole('tab', { name: /重点任务/ }).click();
    await h.page.getByTestId('tasks').waitFor();
    expect(await h.page.locator('[data-testid^="task-"]').count()).toBe(expected.tasks.length);
    expect(await h.page.getByTestId(`task-${expected.tasks[0]!.id}`).innerText()).toContain('规范收费，清理分解收费');
    await h.page.getByRole('tab', { name: /统计表/ }).click();
    const table = h.page.getByTestId(`stat-table-${expected.tables[0]!.id}`);
    await table.waitFor();
    expect(await table.getByTestId('stat-row').count()).toBe(expected.tables[0]!.sections.reduce((n, s) => n + s.rows.length, 0));
    // The officer's correction is what the catalog keeps.
    const stored = h.ctx.db.prepare('SELECT file_json FROM campaign WHERE id = ?').pluck().get(expected.id) as string;
    expect((JSON.parse(stored) as { phases: { end: string | null }[] }).phases[0]!.end).toBe('2021-04-29');
  });
});
