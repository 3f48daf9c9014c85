// A backup's journal with nothing to play back (what a conversion of the copy killed
// before its first write leaves; SQLite keeps it for good) goes at the next start; a
// hot one stays for the unlock to play back. The 30-count soak found the first left.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, removeLeftovers } from '../../electron/core/backup/take';
import { newDatabase, tempDir } from '../support/temp';

const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex');

describe('journals beside backups', () => {
  it('removes a spent one (zeroed header, or empty) and keeps a hot one', async () => {
    const db = await newDatabase(tempDir(), 'zicha.sqlite');
    const dir = backupDir(db);
    fs.mkdirSync(dir, { recursive: true });
    const copies = ['zeroed', 'empty', 'hot'].map((n) => path.join(dir, `zicha-v8-manual-${n}.sqlite`));
    for (const copy of copies) fs.copyFileSync(db, copy);
    const [zeroed = '', empty = '', hot = ''] = copies;
    fs.writeFileSync(`${zeroed}-journal`, Buffer.alloc(4608));
    fs.writeFileSync(`${empty}-journal`, '');
    fs.writeFileSync(`${hot}-journal`, Buffer.concat([JOURNAL_MAGIC, Buffer.alloc(4600, 1)]));
    removeLeftovers(db);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('-journal'))).toEqual([path.basename(`${hot}-journal`)]);
    expect(copies.every((c) => fs.existsSync(c))).toBe(true);
  });
});
