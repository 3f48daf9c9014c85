// A command-line backup beside a re-key in another process (the writers soak found
// "内部错误：file is not a database"): it waits while the re-key holds the file, and
// when the key it read has gone stale meanwhile, opens with the key file's new key; a
// hold that outlasts the wait is refused in Chinese. Never a raw error.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKeyed } from '../../electron/core/db/cipher';
import { unlockKeys } from '../../electron/core/lock/switchKey';
import { cliRunner } from '../support/cli';
import { holder, tell } from '../support/holder';
import { rawError, zicha } from '../support/spawnCli';
import { tempDir } from '../support/temp';

const NOW = '2026-11-23T10:00:00+08:00';
const PASSWORD = 'same-pass-11';

async function lockedDemo(): Promise<string> {
  const db = path.join(tempDir(), 'zicha.sqlite');
  const cli = cliRunner(NOW, { stdin: async () => `${PASSWORD}\n` });
  expect((await cli('demo', '--db', db)).code).toBe(0);
  expect((await cli('lock', 'set', '--db', db)).code).toBe(0);
  return db;
}

describe('a command-line backup beside a re-key in another process', () => {
  it('waits for it, and backs up under the new key when the one it read went stale', async () => {
    const db = await lockedDemo();
    const { child, exited } = await holder(db, PASSWORD);
    // The password is asked for once the key file is found: from then on the re-key may finish.
    const backup = cliRunner(NOW, { stdin: () => tell(child, 'rekey').then(() => `${PASSWORD}\n`) });
    const run = await backup('backup', '--db', db);
    expect(await exited).toBe(0);
    expect(rawError({ ...run, signal: null }), run.err).toBeNull();
    expect(run.code, run.err).toBe(0);
    const made = /已备份：(.+)$/.exec(run.out)?.[1] ?? '';
    const [key] = unlockKeys(db, PASSWORD);
    const copy = openKeyed(made, key ?? null, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
    expect(fs.existsSync(made)).toBe(true);
  }, 120_000);

  it('refuses in Chinese when the file stays held beyond the wait', async () => {
    const db = await lockedDemo();
    const { child, exited } = await holder(db, PASSWORD);
    try {
      const run = await zicha(['backup', '--db', db], { env: { ZICHA_PASSWORD: PASSWORD, ZICHA_EXCLUSIVE_WAIT_MS: '1500' } });
      expect(rawError(run), run.err).toBeNull();
      expect(run.code).toBe(1);
      expect(run.err).toContain('另一个自查通窗口或命令正在使用数据库');
    } finally {
      await tell(child, 'release');
      await exited;
    }
  }, 120_000);
});
