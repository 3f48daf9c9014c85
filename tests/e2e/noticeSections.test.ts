// A campaign notice's 工作目标 and a form's mixed blanks through the real renderer: the
// review lists the goal section by kind with each item's numeric targets, the officer
// corrects, deletes and adds targets (on a section item and on a task), and what is
// accepted is what the campaign stores and shows; a form item of several blanks keeps
// each answer kind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../shared/campaign';
import { parseNotice } from '../../electron/core/campaigns/notice/parse';
import { repoRoot, startHarness, type Harness } from '../harness/harness';
import { pasteNotice } from '../harness/notice';

const NOTICES = path.join(repoRoot, 'tests', 'fixtures', 'notices');
const GOALS = fs.readFileSync(path.join(NOTICES, 'corpus', '49-campaign-fraud-targets-traditional.txt'), 'utf8');
const TARGETS = fs.readFileSync(path.join(NOTICES, 'extra', 'semicolon-targets.txt'), 'utf8');
const FORM = ['医疗机构行风建设自查表', '填报单位：            填报日期：   年  月  日', '一、问题查处', '1.本年度查处收受红包回扣问题共  人，涉及金额  万元。', '2.处方点评覆盖率  %。'].join('\n');

let h: Harness;
let scratch: string;
beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-e2e-sections-'));
  h = await startHarness({ dataDir: scratch, now: () => new Date('2025-10-20T09:00:00+08:00') });
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});


async function acceptWithIssuer(issuer: string, id: string) {
  const issuers = h.page.getByTestId('header-issuers');
  await issuers.fill(issuer);
  await issuers.press('Enter');
  await h.page.getByTestId('accept').click();
  await h.page.waitForURL(new RegExp(`#/campaigns/${id}$`));
}

const stored = (id: string) => JSON.parse(h.ctx.db.prepare('SELECT file_json FROM campaign WHERE id = ?').pluck().get(id) as string) as CampaignFile;

describe('sections and targets on the review screen', () => {
  it('lists a plan’s 工作目标 by kind, edits its items’ targets, and stores and shows what was accepted', async () => {
    const id = parseNotice(GOALS, '粘贴的通知').campaign.id;
    await pasteNotice(h, GOALS);
    const sections = h.page.getByTestId('review-sections');
    expect(await sections.innerText()).toContain('工作目标 · 一、工作目标');
    expect(await h.page.getByTestId('review-tasks').innerText()).toContain('未识别出内容');

    const second = h.page.getByTestId('part-0-1');
    expect(await second.getByTestId('target-value').inputValue()).toBe('90');
    await second.getByTestId('target-value').fill('95');
    // 四是's target deleted; 五是, which sets no figure, given one.
    await h.page.getByTestId('part-0-3').getByRole('button', { name: '删除目标' }).click();
    const fifth = h.page.getByTestId('part-0-4');
    await fifth.getByTestId('target-add').click();
    await fifth.getByTestId('target-value').fill('3');
    await fifth.getByTestId('target-unit').fill('次');
    await fifth.getByRole('textbox', { name: '原文' }).fill('每年培训不少于3次');
    await acceptWithIssuer('某省医疗保障局', id);

    const goal = stored(id).sections?.[0];
    expect(goal?.kind).toBe('goal');
    expect(goal?.items.map((i) => (i.targets ?? []).map((t) => `${t.comparison} ${t.value}${t.unit}`))).toEqual([['atLeast 20%'], ['atLeast 95%'], ['reduceBy 30%'], [], ['atLeast 3次']]);
    expect(stored(id).tasks).toEqual([]);

    const shown = h.page.getByTestId('notice-sections');
    await shown.waitFor();
    const text = await shown.innerText();
    expect(text).toContain('工作目标');
    expect(text).toContain('不低于 95%（原文：基金追回率提升至90%以上）');
    expect(text).toContain('不低于 3次（原文：每年培训不少于3次）');
  });

  it('edits a task’s target and its comparison', async () => {
    const expected = parseNotice(TARGETS, '粘贴的通知').campaign;
    const index = expected.tasks.findIndex((t) => t.targets?.[0]?.original === '抽查比例不低于20%');
    await pasteNotice(h, TARGETS);
    const task = h.page.getByTestId(`task-${index}`);
    await task.getByTestId('target-value').fill('30');
    await task.getByTestId('target-comparison').click();
    await h.page.getByRole('option', { name: '高于' }).click();
    await h.page.getByTestId('accept').click();
    await h.page.waitForURL(new RegExp(`#/campaigns/${expected.id}$`));
    const saved = stored(expected.id).tasks[index];
    expect(saved?.targets).toEqual([{ comparison: 'above', value: 30, unit: '%', original: '抽查比例不低于20%' }]);
  });

  it('keeps every answer kind of a form item with blanks of several kinds', async () => {
    const id = parseNotice(FORM, '粘贴的通知').campaign.id;
    await pasteNotice(h, FORM);
    expect(await h.page.getByTestId('item-0-0-0').getByTestId('item-parts').innerText()).toBe('分项作答：数量（人）、金额（万元）');
    await acceptWithIssuer('某县卫生健康局', id);
    expect(stored(id).checklists[0]?.groups[0]?.items[0]?.parts).toEqual([
      { kind: 'count', unit: '人' },
      { kind: 'amount', unit: '万元' },
    ]);
    await h.page.getByRole('tab', { name: /检查要点/ }).click();
    const kinds = h.page.getByTestId(`item-${stored(id).checklists[0]?.groups[0]?.items[0]?.id}`).getByTestId('answer-kinds');
    await kinds.waitFor();
    expect(await kinds.innerText()).toMatch(/数量（人）\s*金额（万元）/);
  });
});
