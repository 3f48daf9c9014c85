// The contract's core door: every input validated by its schema, every failure an
// AppError with a Chinese message, never a stack trace.
import { describe, expect, it } from 'vitest';
import { channels, type OrgView } from '../../shared/api';
import { channelNames } from '../../shared/bridge';
import { AppError } from '../../shared/errors';
import { createHandlers, invoke } from '../../electron/core/api';
import type { Handlers } from '../../electron/core/handlerTypes';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { resourcesDir, tempDir } from '../support/temp';

async function open(saveTo: string | null = null) {
  const ctx = await AppContext.open({
    dataDir: tempDir(),
    resourcesDir,
    version: '0.0.0-test',
    now: () => new Date('2020-07-20T10:00:00+08:00'),
    ...fixedPorts({ saveTo }),
  });
  return { ctx, handlers: createHandlers(ctx) };
}

describe('invoke', () => {
  it('knows exactly the channels that shared/bridge lists', () => {
    expect(Object.keys(channels).sort()).toEqual([...channelNames].sort());
  });

  it('answers a valid call with its value', async () => {
    const { ctx, handlers } = await open();
    const result = await invoke(handlers, 'campaigns.get', { id: '川卫函〔2020〕96号' });
    expect(result).toMatchObject({ ok: true, value: { summary: { id: 'sc-2020-96', status: 'running' } } });
    expect(await invoke(handlers, 'app.info', undefined)).toMatchObject({ ok: true, value: { today: '2020-07-20', workspace: 'main' } });
    ctx.close();
  });

  it.each([
    ['an unknown channel', 'fs.readFile', {}, 'unknownChannel'],
    ['a prototype key as channel', '__proto__', {}, 'unknownChannel'],
    ['a wrong type', 'campaigns.get', { id: 42 }, 'invalid'],
    ['an extra key', 'campaigns.get', { id: 'x', sql: 'DROP TABLE campaign' }, 'invalid'],
    ['a huge string', 'campaigns.search', { query: '医'.repeat(10_000) }, 'invalid'],
    ['input where none is taken', 'campaigns.list', { all: true }, 'invalid'],
    ['a missing campaign', 'campaigns.get', { id: '../../etc/passwd' }, 'campaignNotFound'],
  ])('refuses %s with an AppError in Chinese', async (_name, channel, input, code) => {
    const { ctx, handlers } = await open();
    const result = await invoke(handlers, channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(JSON.stringify(result.error)).not.toMatch(/\n\s+at /);
    }
    ctx.close();
  });

  it('turns an unexpected failure into a plain sentence without a stack', async () => {
    const { ctx, handlers } = await open();
    const broken: Handlers = { ...handlers, 'campaigns.list': () => { throw new TypeError('boom'); } };
    const quiet = console.error;
    console.error = () => {};
    const result = await invoke(broken, 'campaigns.list', undefined);
    console.error = quiet;
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: '操作未能完成（内部错误：boom）' } });
    const failing: Handlers = { ...handlers, 'campaigns.list': () => { throw new AppError('campaignNotFound', '出错了', 'here'); } };
    expect(await invoke(failing, 'campaigns.list', undefined)).toEqual({ ok: false, error: { code: 'campaignNotFound', message: '出错了', where: 'here' } });
    ctx.close();
  });

  it('exports through the save-dialog port, and does nothing when it is cancelled', async () => {
    const target = `${tempDir()}/川卫函.json`;
    const { ctx, handlers } = await open(target);
    expect(await invoke(handlers, 'campaigns.export', { id: 'sc-2020-96' })).toEqual({ ok: true, value: { path: target } });
    const cancelled = await open(null);
    expect(await invoke(cancelled.handlers, 'campaigns.export', { id: 'sc-2020-96' })).toEqual({ ok: true, value: null });
    ctx.close();
    cancelled.ctx.close();
  });

  it('opens the sample database beside the office database and comes back untouched', async () => {
    const { ctx, handlers } = await open();
    const mainFile = ctx.info().databaseFile;
    const sample = await invoke(handlers, 'app.openSample', undefined);
    expect(sample).toMatchObject({ ok: true, value: { workspace: 'sample' } });
    const org = await invoke(handlers, 'org.get', undefined);
    expect(org).toMatchObject({ ok: true, value: { hospital: { name: '示例市第一人民医院' } } });
    expect(org.ok && (org.value as OrgView).departments.length).toBeGreaterThan(10);
    const back = await invoke(handlers, 'app.closeSample', undefined);
    expect(back).toMatchObject({ ok: true, value: { workspace: 'main', databaseFile: mainFile } });
    const mine = await invoke(handlers, 'org.get', undefined);
    expect(mine).toEqual({ ok: true, value: { hospital: null, departments: [], people: [] } });
    ctx.close();
  });
});
