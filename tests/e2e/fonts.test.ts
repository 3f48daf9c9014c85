// 设置 → 公文字体 in the real window, over a stand-in Windows fonts folder: the
// fallback in force for each missing face, what to install, and 重新检测 after the
// office installed 方正小标宋简体.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness/harness';
import { sfnt, ttc, win } from '../support/fontFiles';

let h: Harness;
let fonts: string;
beforeAll(async () => {
  fonts = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-fonts-folder-'));
  // A Chinese Windows without 楷体 and without the commercial 方正小标宋简体.
  fs.writeFileSync(path.join(fonts, 'simsun.ttc'), ttc([[win('SimSun', 0x0409), win('宋体')], [win('NSimSun', 0x0409), win('新宋体')]]));
  fs.writeFileSync(path.join(fonts, 'simhei.ttf'), sfnt([win('SimHei', 0x0409), win('黑体')]));
  fs.writeFileSync(path.join(fonts, 'simfang.ttf'), sfnt([win('FangSong', 0x0409), win('仿宋')]));
  h = await startHarness({ fontDirs: [fonts] });
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(fonts, { recursive: true, force: true });
});

const row = (role: string) => h.page.getByTestId(`font-${role}`).innerText();

describe('公文字体', () => {
  it('shows the fallback in force and what to install, and sees a face installed after 重新检测', async () => {
    await h.open('/settings');
    const card = h.page.getByTestId('fonts');
    await card.getByTestId('fonts-table').waitFor();
    expect(await row('title')).toMatch(/标题\s+方正小标宋简体\s+宋体加粗（代替方正小标宋简体）\s+替代/);
    expect(await row('body')).toMatch(/正文\s+仿宋_GB2312\s+仿宋\s+已安装/);
    expect(await row('heading1')).toMatch(/黑体\s+黑体\s+已安装/);
    expect(await row('heading2')).toMatch(/二级标题\s+楷体_GB2312\s+仿宋（代替楷体_GB2312）\s+替代/);
    const install = await card.getByTestId('fonts-install').innerText();
    expect(install).toContain('标题：安装方正小标宋简体');
    expect(install).toContain('二级标题：安装楷体_GB2312');
    expect(install).not.toContain('正文：');
    expect(await card.innerText()).toContain(`检测位置：${fonts}（共 8 种字体）`);

    fs.writeFileSync(path.join(fonts, 'FZXBSJW.TTF'), sfnt([win('FZXiaoBiaoSong-B05S', 0x0409), win('方正小标宋简体')]));
    await card.getByRole('button', { name: '重新检测' }).click();
    await expect.poll(() => row('title')).toMatch(/方正小标宋简体\s+方正小标宋简体\s+已安装/);
    expect(await card.getByTestId('fonts-install').innerText()).not.toContain('标题：安装方正小标宋简体');
  });
});
