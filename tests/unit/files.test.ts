// Files the officer asked for are written whole or not at all, and a refusal says
// why in Chinese rather than in Node's words.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alternativeName, writeFileAtomic, writtenNote } from '../../electron/core/files';
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

describe('writeFileAtomic onto a file open in another program', () => {
  /** Renames as Windows does when the target is open in Excel: refused, with the given code. */
  const lockedRename = (code: string, locked: string) => (from: string, to: string) => {
    if (to === locked) throw Object.assign(new Error(`${code}: resource busy or locked`), { code });
    fs.renameSync(from, to);
  };

  it.each(['EBUSY', 'EPERM', 'EACCES'])('keeps the new file under another name (%s) and says which', (code) => {
    const dir = tempDir();
    const target = path.join(dir, '问题台账.xlsx');
    fs.writeFileSync(target, '旧内容');
    const written = writeFileAtomic(target, '新内容', { rename: lockedRename(code, target) });
    expect(written).toBe(path.join(dir, '问题台账（新）.xlsx'));
    expect(fs.readFileSync(target, 'utf8')).toBe('旧内容');
    expect(fs.readFileSync(written, 'utf8')).toBe('新内容');
    expect(fs.readdirSync(dir).sort()).toEqual(['问题台账.xlsx', '问题台账（新）.xlsx']);
    expect(writtenNote(target, written)).toBe('“问题台账.xlsx”正在其他程序（如 Excel、Word）中打开，无法覆盖；新文件已另存为“问题台账（新）.xlsx”');
  });

  it('takes the next free name when the first alternative is there already', () => {
    const dir = tempDir();
    const target = path.join(dir, '问题台账.xlsx');
    fs.writeFileSync(target, '旧');
    fs.writeFileSync(alternativeName(target, 1), '上次的新文件');
    expect(writeFileAtomic(target, '新', { rename: lockedRename('EBUSY', target) })).toBe(path.join(dir, '问题台账（新2）.xlsx'));
    expect(fs.readFileSync(alternativeName(target, 1), 'utf8')).toBe('上次的新文件');
  });

  it('answers the target itself when nothing is in the way', () => {
    const target = path.join(tempDir(), '统计表.xlsx');
    expect(writeFileAtomic(target, 'x')).toBe(target);
    expect(writtenNote(target, target)).toBe('');
  });

  it('still refuses in Chinese when the target is locked but another name cannot be written either', () => {
    const dir = tempDir();
    const target = path.join(dir, '台账.xlsx');
    fs.writeFileSync(target, '旧');
    const refuseAll = () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    expect(() => writeFileAtomic(target, '新', { rename: refuseAll })).toThrow('无法写入“台账.xlsx”：没有写入该位置的权限，请换一个文件夹');
    expect(fs.readdirSync(dir)).toEqual(['台账.xlsx']);
  });
});
