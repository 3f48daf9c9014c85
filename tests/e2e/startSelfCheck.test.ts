// Starting work from where the officer is: 开始自查 on a campaign's page, a warning for
// a second open round, a due date outside the campaign refused at the field; 统计报表
// and 文书 open on the running campaign; the first-run card says what to fill in first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness/harness';

let h: Harness;

beforeAll(async () => {
  const now = new Date('2020-11-20T09:00:00+08:00');
  h = await startHarness({ now: () => now });
});
afterAll(async () => {
  await h?.close();
});

const page = () => h.page;

describe('starting work', () => {
  it('says on the first run to fill in 医院信息, 科室 and 操作人 first', async () => {
    await h.open('/');
    const card = page().getByTestId('getting-started');
    await card.waitFor();
    const text = await card.innerText();
    for (const word of ['医院信息', '科室', '操作人']) expect(text).toContain(word);
  });

  it('starts a round from the campaign’s page, on that campaign', async () => {
    await h.open('/campaigns/sc-2020-96/overview');
    await page().getByTestId('start-self-check').click();
    await page().getByTestId('new-round-form').waitFor();
    expect(await page().getByTestId('round-campaign').inputValue()).toContain('四川省卫生健康行业领域突出问题专项整治');
    expect(await page().getByTestId('round-already-open').count()).toBe(0);
    await page().getByTestId('create-round').click();
    await page().getByTestId('round-page').waitFor();
  });

  it('warns of a second open round, and refuses a due date outside the campaign’s period', async () => {
    await h.open('/campaigns/sc-2020-96/overview');
    await page().getByTestId('start-self-check').click();
    await page().getByTestId('round-already-open').waitFor();
    const due = page().getByTestId('round-due');
    await due.fill('2022-11-30');
    await due.press('Tab');
    await expect.poll(() => page().getByTestId('new-round-form').innerText()).toContain('应在专项行动期限内（2020年6月10日 至 2020年12月10日）');
    expect(await page().getByTestId('create-round').isDisabled()).toBe(true);
    await due.fill('2020-12-01');
    await due.press('Tab');
    expect(await page().getByTestId('create-round').isDisabled()).toBe(false);
  });

  it('opens 统计报表 and 文书 on the running campaign', async () => {
    await h.open('/stats');
    await expect.poll(() => page().url()).toContain('campaign=gx-2020-special');
    await expect.poll(() => page().getByTestId('stats-campaign').inputValue()).toContain('广西');
    await h.open('/documents');
    await expect.poll(() => page().url()).toContain('campaign=gx-2020-special');
  });

  it('shows the notice text on 原文 without the internal file name it was stored under', async () => {
    await h.open('/campaigns/gx-2020-special/source');
    const source = page().getByTestId('source');
    await source.waitFor();
    const text = await source.innerText();
    expect(text).toContain('以下是收到的通知原文');
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });
});
