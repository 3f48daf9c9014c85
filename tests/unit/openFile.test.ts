// A double-clicked campaign file or migration package (electron/main/openFile.ts):
// which launch argument is ours, and the import each goes through, on real data
// folders. The message boxes are stand-ins that record what they were shown.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/api';
import { buildDemo } from '../../electron/core/demo/demo';
import { openedFile, openOwnFile, type OpenUi } from '../../electron/main/openFile';
import { syntheticCampaign } from '../support/syntheticCampaign';
import { openApp, type OpenAppOptions } from '../support/app';
import { dumpTables, tempDir } from '../support/temp';

async function open(options: OpenAppOptions = {}) {
  const app = await openApp(options);
  return { ...app, handlers: createHandlers(app.ctx) };
}

function ui(answer = true) {
  const shown: string[] = [];
  const box: OpenUi = {
    confirm: async (m) => (shown.push(`? ${m}`), answer),
    info: async (m, d) => void shown.push(`i ${m} ${d}`),
    error: async (m, d) => void shown.push(`! ${m} ${d}`),
  };
  return { box, shown };
}

describe('opening our own files', () => {
  it('takes the first launch argument that is an existing file of ours', () => {
    const dir = tempDir();
    const campaign = path.join(dir, '方案 2026.zicha-campaign');
    const pkg = path.join(dir, 'pkg.ZICHA-PACKAGE');
    fs.writeFileSync(campaign, '{}');
    fs.writeFileSync(pkg, '');
    fs.writeFileSync(path.join(dir, 'a.json'), '{}');
    expect(openedFile(['自查通.exe', path.join(dir, 'a.json'), path.join(dir, 'gone.zicha-campaign'), campaign])).toEqual({ kind: 'campaign', path: campaign });
    expect(openedFile(['自查通.exe', 'pkg.ZICHA-PACKAGE'], dir)).toEqual({ kind: 'package', path: pkg });
    expect(openedFile(['自查通.exe', campaign].slice(1))).toBeNull(); // argv[0] is the program
    expect(openedFile(['electron', '.', '--flag'])).toBeNull();
  });

  it('imports a campaign file through the catalog import and goes to its page', async () => {
    const { ctx, handlers, call } = await open();
    const file = path.join(tempDir(), '基准.zicha-campaign');
    fs.writeFileSync(file, JSON.stringify(syntheticCampaign(20, 2)));
    const { box, shown } = ui();
    expect(await openOwnFile({ kind: 'campaign', path: file }, ctx, handlers, box)).toBe('/campaigns/bench-workbooks');
    expect(shown).toEqual(['i 专项行动已导入 基准测试专项行动（20 项）\n（基准.zicha-campaign）']);
    expect((await call('campaigns.list', undefined) as { id: string }[]).some((c) => c.id === 'bench-workbooks')).toBe(true);
    expect(await openOwnFile({ kind: 'campaign', path: file }, ctx, handlers, box)).toBe('/campaigns/bench-workbooks');
    expect(shown[1]).toMatch(/^i 专项行动已在目录中，没有变化/);
    ctx.close();
  });

  it('shows why a damaged campaign file is refused, and changes nothing', async () => {
    const { ctx, handlers } = await open();
    const file = path.join(tempDir(), '坏.zicha-campaign');
    fs.writeFileSync(file, '{"format":"zicha-campaign",');
    const before = dumpTables(ctx.db);
    const { box, shown } = ui();
    expect(await openOwnFile({ kind: 'campaign', path: file }, ctx, handlers, box)).toBeNull();
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^! 无法导入专项行动文件 文件“坏\.zicha-campaign”不是有效的 JSON/);
    expect(dumpTables(ctx.db)).toBe(before);
    ctx.close();
  });

  it('imports a migration package only after the confirmation, into a database without data', async () => {
    const out = path.join(tempDir(), `迁移包.zicha-package`);
    const source = await open({ saveTo: out });
    buildDemo(source.ctx.db, { scale: 1, evidenceDir: source.ctx.evidenceDir });
    const exported: { path: string; files: number } = await source.call('backup.exportPackage', undefined);
    expect(exported.path).toBe(out);

    const target = await open();
    const before = dumpTables(target.ctx.db);
    const no = ui(false);
    expect(await openOwnFile({ kind: 'package', path: out }, target.ctx, target.handlers, no.box)).toBeNull();
    expect(no.shown).toEqual(['? 要导入迁移包“迁移包.zicha-package”吗？']);
    expect(dumpTables(target.ctx.db)).toBe(before);

    const yes = ui(true);
    expect(await openOwnFile({ kind: 'package', path: out }, target.ctx, target.handlers, yes.box)).toBe('/');
    expect(yes.shown[1]).toBe(`i 迁移包已导入 ${exported.files} 个文件，来自“迁移包.zicha-package”。`);
    expect(dumpTables(target.ctx.db)).toBe(dumpTables(source.ctx.db));

    // A second time the database holds the office's data: refused, in Chinese.
    const again = ui(true);
    expect(await openOwnFile({ kind: 'package', path: out }, target.ctx, target.handlers, again.box)).toBeNull();
    expect(again.shown[1]).toMatch(/^! 无法导入迁移包 /);
    source.ctx.close();
    target.ctx.close();
  });
});
