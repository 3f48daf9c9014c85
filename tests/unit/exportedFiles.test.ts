// 打开文件 / 打开所在文件夹 after an export: the window may hand to the desktop only
// the files this session exported (any other path is refused in Chinese), and the
// command line, which has no desktop, refuses both in Chinese.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, invoke } from '../../electron/core/api';
import { AppContext, fixedPorts } from '../../electron/core/context';
import type { Desktop } from '../../electron/core/ports';
import { openApp } from '../support/app';
import { resourcesDir, tempDir } from '../support/temp';

async function withDesktop(dataDir: string, saveTo: string) {
  const calls: [string, string][] = [];
  const desktop: Desktop = {
    openPath: async (file) => void calls.push(['open', file]),
    showItemInFolder: async (file) => void calls.push(['show', file]),
  };
  const ctx = await AppContext.open({
    dataDir, resourcesDir, version: 'test', now: () => new Date('2020-11-20T10:00:00+08:00'),
    dialogs: fixedPorts({ saveTo }).dialogs, desktop,
  });
  const handlers = createHandlers(ctx);
  const call = (channel: string, input: unknown) => invoke(handlers, channel, input);
  return { ctx, calls, call };
}

describe('opening an exported file', () => {
  it('opens what this session exported, and refuses any other path', async () => {
    const dir = tempDir();
    const saveTo = path.join(dir, 'out', '专项行动.json');
    fs.mkdirSync(path.dirname(saveTo));
    const app = await withDesktop(dir, saveTo);
    const database = app.ctx.databaseFile;
    for (const p of [database, saveTo]) {
      const refused = await app.call('app.openExported', { path: p });
      expect(refused).toMatchObject({ ok: false, error: { code: 'notExported', message: expect.stringContaining('只能打开本次运行中导出的文件') } });
    }
    expect(await app.call('campaigns.export', { id: 'sc-2020-96' })).toMatchObject({ ok: true, value: { path: saveTo } });
    expect(await app.call('app.openExported', { path: saveTo })).toEqual({ ok: true, value: null });
    // The same file named another way is the same file; a neighbour is not.
    expect(await app.call('app.showExported', { path: path.join(dir, 'out', '..', 'out', '专项行动.json') })).toEqual({ ok: true, value: null });
    expect(await app.call('app.showExported', { path: path.join(dir, 'out', '其他.json') })).toMatchObject({ ok: false, error: { code: 'notExported' } });
    expect(await app.call('app.showExported', { path: database })).toMatchObject({ ok: false, error: { code: 'notExported' } });
    expect(app.calls).toEqual([['open', saveTo], ['show', saveTo]]);
    // Bad input is refused by the contract before any handler runs.
    expect(await app.call('app.openExported', { path: '' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await app.call('app.openExported', { path: saveTo, extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    // Moved away since: said plainly, nothing handed to the desktop.
    fs.rmSync(saveTo);
    expect(await app.call('app.openExported', { path: saveTo })).toMatchObject({ ok: false, error: { code: 'fileUnreadable', message: expect.stringContaining('已不在原处') } });
    expect(app.calls).toHaveLength(2);
    app.ctx.close();
  });

  it('forgets the exports of an earlier session', async () => {
    const dir = tempDir();
    const saveTo = path.join(dir, '专项行动.json');
    const first = await withDesktop(dir, saveTo);
    await first.call('campaigns.export', { id: 'sc-2020-96' });
    expect(await first.call('app.openExported', { path: saveTo })).toMatchObject({ ok: true });
    first.ctx.close();
    const second = await withDesktop(dir, saveTo);
    expect(await second.call('app.openExported', { path: saveTo })).toMatchObject({ ok: false, error: { code: 'notExported' } });
    second.ctx.close();
  });

  it('is refused in Chinese on the command line, which has no desktop', async () => {
    const dir = tempDir();
    const saveTo = path.join(dir, '问题导入模板.xlsx');
    const app = await openApp({ dataDir: dir, saveTo });
    await app.call('ledger.importTemplate', undefined);
    expect(await app.refused('app.openExported', { path: saveTo })).toBe('命令行下不能用其他程序打开文件');
    expect(await app.refused('app.showExported', { path: saveTo })).toBe('命令行下不能打开文件所在的文件夹');
    app.ctx.close();
  });
});
