// A switch of key that fails after its re-key committed (here: a fault right after
// the key file went in place) must not leave the window on a closed connection: the
// session reopens the file under whichever key opens it and agrees with the key file.
import { describe, expect, it } from 'vitest';
import { buildDemo } from '../../electron/core/demo/demo';
import { commitKeySwitch, unlockKeys } from '../../electron/core/lock/switchKey';
import { makeKeyFile, newKey } from '../../electron/core/lock/keyFile';
import { openApp } from '../support/app';

describe('a key switch that fails after its commit', () => {
  it('leaves the session open under the key the file and the key file now agree on', async () => {
    const { ctx } = await openApp();
    try {
      buildDemo(ctx.db, { scale: 1, evidenceDir: ctx.evidenceDir });
      const problems = ctx.db.prepare('SELECT count(*) FROM problem').pluck().get();
      const key = newKey();
      const fault = new Error('a fault after the commit');
      const failed = ctx.switchKey(key, async (db, file) => {
        await commitKeySwitch(db, file, key, makeKeyFile('after-fault-1', key, '自查通', []));
        throw fault;
      });
      await expect(failed).rejects.toBe(fault);
      expect(ctx.locked).toBe(false);
      expect(ctx.db.prepare('SELECT count(*) FROM problem').pluck().get()).toBe(problems);
      expect(ctx.databaseKey?.equals(key)).toBe(true);
      expect(unlockKeys(ctx.databaseFile, 'after-fault-1')[0]?.equals(key)).toBe(true);
    } finally {
      ctx.close();
    }
  });
});
