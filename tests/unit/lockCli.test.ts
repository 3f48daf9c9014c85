// `zicha lock set|change|remove` with passwords on standard input, and other
// commands on a locked database with the password from standard input.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKeyed } from '../../electron/core/db/cipher';
import { tempDir } from '../support/temp';
import { cliRunner } from '../support/cli';

const cli = (stdin: string, ...argv: string[]) => cliRunner('2026-11-23T10:00:00+08:00', { version: '9.9.9', stdin: async () => stdin })(...argv);

const count = (file: string) => {
  const db = openKeyed(file, null, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM problem').pluck().get();
  } finally {
    db.close();
  }
};

describe('zicha lock', () => {
  it('sets, changes and removes the password from standard input; a wrong one exits non-zero and changes nothing', async () => {
    const db = path.join(tempDir(), 'zicha.sqlite');
    expect((await cli('', 'demo', '--db', db)).code).toBe(0);
    const problems = count(db);
    expect(await cli('', 'lock', 'set', '--db', db)).toMatchObject({ code: 1, err: expect.stringMatching(/标准输入/) });
    expect(await cli('first-pass\n', 'lock', 'set', '--db', db)).toMatchObject({ code: 0, out: expect.stringMatching(/忘记后无法找回/) });
    expect(() => count(db)).toThrow(/file is not a database/);

    const before = fs.readFileSync(db);
    const wrong = await cli('wrong-pass\nsecond-pass\n', 'lock', 'change', '--db', db);
    expect(wrong.code).not.toBe(0);
    expect(wrong.err).toMatch(/密码不正确/);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect((await cli('first-pass\nsecond-pass\n', 'lock', 'change', '--db', db)).code).toBe(0);

    expect(await cli('', 'campaigns', 'list', '--db', db)).toMatchObject({ code: 1, err: expect.stringMatching(/应用锁密码/) });
    const listed = await cli('second-pass\n', 'campaigns', 'list', '--db', db, '--json');
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.out) as unknown[]).length).toBeGreaterThan(0);
    const backup = await cli('second-pass\n', 'backup', '--db', db);
    expect(backup.code).toBe(0);

    expect((await cli('second-pass\n', 'lock', 'remove', '--db', db)).code).toBe(0);
    expect(count(db)).toBe(problems);
  });
});
