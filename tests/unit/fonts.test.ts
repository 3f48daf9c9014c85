// The GB/T 9704 faces: which one each part of a document uses given the installed
// families (stand-in lists), the family names read from font files (stand-in .ttf
// and .ttc files built here with a real 'name' table, in the encodings Chinese
// fonts use), the Windows folder scan, and fontconfig on this machine.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFaces, faceFor } from '../../electron/core/fonts/faces';
import { fontStatus, fontsStamp, installedFamilies } from '../../electron/core/fonts/detect';
import { fontFileFamilies } from '../../electron/core/fonts/sfnt';
import { prc, sfnt, ttc, win } from '../support/fontFiles';
import { tempDir } from '../support/temp';

describe('document faces', () => {
  const windows = ['SimSun', '宋体', 'NSimSun', '新宋体', 'SimHei', '黑体', 'FangSong', '仿宋', 'KaiTi', '楷体', 'Microsoft YaHei', '微软雅黑'];

  it('a Windows without 方正小标宋简体: bold 宋体 for the title, Windows 仿宋 and 楷体 count as the standard faces', () => {
    const faces = chooseFaces(windows);
    expect(faces.map((f) => [f.label, f.face, f.isStandard, f.bold])).toEqual([
      ['标题', '宋体', false, true],
      ['正文', '仿宋', true, false],
      ['一级标题', '黑体', true, false],
      ['二级标题', '楷体', true, false],
      ['页码', '宋体', true, false],
    ]);
    expect(faces[0]!.install).toMatch(/^安装方正小标宋简体（.*本软件不附带）$/);
    expect(faces.slice(1).every((f) => f.install === null)).toBe(true);
  });

  it('prefers the _GB2312 faces and 方正小标宋简体 where installed, under English names too', () => {
    expect(faceFor('title', [...windows, 'FZXiaoBiaoSong-B05S'])).toBe('方正小标宋简体');
    expect(faceFor('body', [...windows, '仿宋_GB2312'])).toBe('仿宋_GB2312');
    expect(faceFor('body', ['FangSong_GB2312', 'SimSun'])).toBe('仿宋_GB2312');
    expect(faceFor('heading2', [...windows, 'KaiTi_GB2312'])).toBe('楷体_GB2312');
  });

  it('names the fallback in force and what to install when a face is missing', () => {
    const noKai = chooseFaces(windows.filter((n) => !/KaiTi|楷体/.test(n)))[3]!;
    expect(noKai).toMatchObject({ face: '仿宋', isStandard: false, nothingInstalled: false });
    expect(noKai.install).toContain('中文(简体)补充字体');
    const noHei = chooseFaces(['SimSun', 'Microsoft YaHei'])[2]!;
    expect(noHei).toMatchObject({ standard: '黑体', face: '微软雅黑', isStandard: false });
  });

  it('with none of them installed the documents still name the standard faces, and say so', () => {
    const faces = chooseFaces(['DejaVu Sans', 'Noto Serif CJK SC']);
    expect(faces.map((f) => f.face)).toEqual(['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312', '宋体']);
    expect(faces.every((f) => f.nothingInstalled && !f.isStandard && f.install)).toBe(true);
  });
});

describe('font detection', () => {
  it('reads the family names of .ttf and .ttc files in every encoding Chinese fonts use', async () => {
    const dir = tempDir();
    const file = (name: string, bytes: Buffer) => {
      fs.writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    };
    const fz = file('FZXBSJW.TTF', sfnt([win('FZXiaoBiaoSong-B05S', 0x0409), win('方正小标宋简体'), win('Regular', 0x0409, 2)]));
    expect(await fontFileFamilies(fz)).toEqual(['FZXiaoBiaoSong-B05S', '方正小标宋简体']);
    const simsun = file('simsun.ttc', ttc([[win('SimSun', 0x0409), win('宋体')], [win('NSimSun', 0x0409), win('新宋体')]]));
    expect(await fontFileFamilies(simsun)).toEqual(['SimSun', '宋体', 'NSimSun', '新宋体']);
    const old = file('FS_GB2312.ttf', sfnt([prc('仿宋_GB2312'), { platform: 1, encoding: 0, language: 0, nameId: 1, bytes: Buffer.from('FangSong_GB2312', 'latin1') }]));
    expect(await fontFileFamilies(old)).toEqual(['仿宋_GB2312', 'FangSong_GB2312']);
    expect(await fontFileFamilies(file('notes.ttf', Buffer.from('not a font')))).toEqual([]);
    expect(await fontFileFamilies(file('cut.ttf', sfnt([win('黑体')]).subarray(0, 30)))).toEqual([]);
  });

  it('scans the Windows system and per-user fonts folders, and the status follows what it finds', async () => {
    const system = tempDir();
    const user = tempDir();
    fs.writeFileSync(path.join(system, 'simhei.ttf'), sfnt([win('SimHei', 0x0409), win('黑体')]));
    fs.writeFileSync(path.join(system, 'simfang.ttf'), sfnt([win('FangSong', 0x0409), win('仿宋')]));
    fs.writeFileSync(path.join(system, 'readme.txt'), '');
    const source = { kind: 'folders' as const, dirs: [system, user, path.join(user, 'gone')] };
    expect(await installedFamilies(source)).toEqual(['FangSong', 'SimHei', '仿宋', '黑体']);

    const before = await fontStatus({ source });
    expect(before.faces.map((f) => [f.face, f.isStandard])).toEqual([['方正小标宋简体', false], ['仿宋', true], ['黑体', true], ['仿宋', false], ['仿宋', false]]);
    expect(before).toMatchObject({ families: 4, source: `${system}；${user}；${path.join(user, 'gone')}` });

    // The office installs 方正小标宋简体 for this user: seen after a refresh, not before.
    fs.writeFileSync(path.join(user, 'FZXBSJW.TTF'), sfnt([win('方正小标宋简体')]));
    expect((await fontStatus({ source })).faces[0]!.isStandard).toBe(false);
    expect((await fontStatus({ source, refresh: true })).faces[0]).toMatchObject({ face: '方正小标宋简体', isStandard: true, install: null });
  });

  it('lists fontconfig families here, and none when fc-list is missing', async () => {
    const here = await installedFamilies({ kind: 'fontconfig', command: 'fc-list' });
    expect(here).toContain('AR PL UMing CN');
    expect(here).toContain('WenQuanYi Zen Hei');
    expect(await installedFamilies({ kind: 'fontconfig', command: '/nonexistent/fc-list' })).toEqual([]);
  });
});

describe('the fonts stamp', () => {
  it('differs between two folders once a font is installed in one, and reads no font file', async () => {
    const [before, after] = [tempDir(), tempDir()];
    for (const dir of [before, after]) fs.writeFileSync(path.join(dir, 'simsun.ttc'), ttc([[win('SimSun', 0x0409), win('宋体')]]));
    // Not a font at all: the stamp goes by the files, not by what they say.
    fs.writeFileSync(path.join(after, 'FZXBSJW.TTF'), 'not read');
    const [a, b] = [await fontsStamp({ kind: 'folders', dirs: [before] }), await fontsStamp({ kind: 'folders', dirs: [after] })];
    expect(a).toContain('simsun.ttc');
    expect(b).toContain('FZXBSJW.TTF');
    expect(a).not.toBe(b);
  });
});
