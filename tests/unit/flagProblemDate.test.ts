// A problem registered from an answer (登记问题) is found on the office's calendar
// date: half an hour after midnight in Beijing it is already the next day, although
// UTC still says the day before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../support/app';

const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

async function flagAt(now: string): Promise<string> {
  const app = await openApp({ now });
  const round = (await app.call('inspection.createRound', {
    campaignId: 'gx-2020-special', name: '第四季度自查', periodStart: '2020-09-01', periodEnd: '2020-12-31', dueOn: null,
  })) as { id: number };
  await app.call('inspection.saveAnswer', { roundId: round.id, elementId: 'cl2-i3', value: { kind: 'yesno', value: '有' }, note: '' });
  const { id } = (await app.call('inspection.flagProblem', { roundId: round.id, elementId: 'cl2-i3', summary: '发现一例租借执业证书' })) as { id: number };
  const detail = (await app.call('ledger.get', { id })) as { problem: { foundOn: string } };
  app.ctx.close();
  return detail.problem.foundOn;
}

describe('登记问题 across midnight', () => {
  it('takes the local date, not the UTC one', async () => {
    expect(new Date('2020-11-21T00:30:00+08:00').toISOString().slice(0, 10)).toBe('2020-11-20');
    expect(await flagAt('2020-11-21T00:30:00+08:00')).toBe('2020-11-21');
    expect(await flagAt('2020-11-20T23:30:00+08:00')).toBe('2020-11-20');
  });
});
