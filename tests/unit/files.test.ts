// Files the officer asked for are written whole or not at all, and a refusal says
// why in Chinese rather than in Node's words.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/core/files';
import { tempDir } from '../support/temp';

describe('writeFileAtomic', () => {
  it('writes the content and leaves no temporary file', () => {
    const dir = tempDir();
    writeFileAtomic(path.join(dir, '问题台账.xlsx'), Buffer.from('内容'));
    expect(fs.readdirSync(dir)).toEqual(['问题台账.xlsx']);
    expect(fs.readFileSync(path.join(dir, '问题台账.xlsx'), 'utf8')).toBe('内容');
  });

  it('says in Chinese that the folder is missing', () => {
    const target = path.join(tempDir(), '没有这个文件夹', '问题台账.pdf');
    expect(() => writeFileAtomic(target, 'x')).toThrow('无法写入“问题台账.pdf”：保存位置不存在');
  });

  it('keeps the old file and leaves no temporary file when the target cannot be replaced', () => {
    const dir = tempDir();
    const target = path.join(dir, '台账.xlsx');
    fs.mkdirSync(target); // a folder where the file should go: rename is refused
    expect(() => writeFileAtomic(target, 'x')).toThrow(/^无法写入“台账\.xlsx”：/);
    expect(fs.readdirSync(dir)).toEqual(['台账.xlsx']);
    expect(fs.statSync(target).isDirectory()).toBe(true);
  });
});
