// Every channel of shared/api.ts fed hostile input through `invoke`, over a real
// database holding the demo: nothing throws, every failure is an AppError in
// Chinese (never an internal error or a stack), and a failure changes nothing.
import { describe, expect, it } from 'vitest';
import { channels, type Channel } from '../../shared/api';
import { channelNames } from '../../shared/bridge';
import { createHandlers, invoke } from '../../electron/core/api';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { buildDemo } from '../../electron/core/demo/demo';
import { dumpTables, resourcesDir, tempDir } from '../support/temp';
import { anyValue, prng, shaped } from './fuzzInput';

const PER_CHANNEL = 40;
// Another seed: FUZZ_SEED=7 npx vitest run tests/unit/fuzz.test.ts
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);

async function demoContext() {
  // Dialogs answer “cancelled”: no file is chosen, nothing is saved.
  const ctx = await AppContext.open({ dataDir: tempDir(), resourcesDir, version: '1.0.0', now: () => new Date('2026-11-23T01:00:00Z'), ...fixedPorts({}) });
  buildDemo(ctx.db, { scale: 1, evidenceDir: ctx.evidenceDir });
  return ctx;
}

/** Row changes made on the connection so far (rolled-back ones included). */
const changes = (ctx: AppContext) => ctx.db.prepare('SELECT total_changes()').pluck().get() as number;

const CHINESE = /[\u4e00-\u9fff]/;

describe('fuzzing every channel', () => {
  it(`answers ${PER_CHANNEL} hostile inputs per channel with a result, and a failure changes nothing`, async () => {
    const ctx = await demoContext();
    const handlers = createHandlers(ctx);
    const rand = prng(SEED);
    const problems: string[] = [];
    let failures = 0;
    let successes = 0;
    let snapshot = { db: ctx.db, changes: changes(ctx), dump: dumpTables(ctx.db) };
    // Switching to the sample database is a legitimate success that replaces ctx.db;
    // it is covered by its own tests and would only slow the run down here.
    // The lock channels that re-key, close or open the database (covered by lock.test.ts
    // and lockCli.test.ts) would replace ctx.db or leave it locked for every later channel.
    const REKEYING = ['lock.set', 'lock.change', 'lock.remove', 'lock.lock', 'lock.unlock', 'lock.unlockWithRecoveryKey'];
    const fuzzed = channelNames.filter((c) => c !== 'app.openSample' && !REKEYING.includes(c));
    for (const channel of fuzzed) {
      for (let i = 0; i < PER_CHANNEL; i++) {
        const input = i % 3 === 0 ? anyValue(rand) : shaped(channels[channel as Channel].input, rand);
        const result = await invoke(handlers, channel, input);
        const label = `${channel} #${i}`;
        if (result.ok) {
          successes++;
          snapshot = { db: ctx.db, changes: changes(ctx), dump: dumpTables(ctx.db) };
          continue;
        }
        failures++;
        const { code, message } = result.error;
        if (code === 'internal') problems.push(`${label}: ${message.slice(0, 200)} for ${JSON.stringify(input)?.slice(0, 300)}`);
        if (!CHINESE.test(message)) problems.push(`${label}: message not in Chinese: ${message.slice(0, 200)}`);
        if (/\n\s+at .+:\d+/.test(message)) problems.push(`${label}: stack trace in message`);
        // No row touched since the last snapshot means nothing changed; otherwise compare every table.
        if (ctx.db !== snapshot.db || changes(ctx) !== snapshot.changes) {
          const dump = dumpTables(ctx.db);
          if (dump !== snapshot.dump) problems.push(`${label}: failed (${code}) but changed the database`);
          snapshot = { db: ctx.db, changes: changes(ctx), dump };
        }
      }
    }
    // The generator must reach the handlers, not only the schemas.
    expect(successes).toBeGreaterThan(fuzzed.length / 2);
    expect(failures).toBeGreaterThan(fuzzed.length * PER_CHANNEL * 0.5);
    expect(problems).toEqual([]);
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    ctx.close();
  }, 60_000);

  it('refuses unknown channels and prototype names in Chinese', async () => {
    const ctx = await demoContext();
    const handlers = createHandlers(ctx);
    for (const channel of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '../../etc/passwd', 'x'.repeat(10_000)]) {
      const result = await invoke(handlers, channel, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
      if (!result.ok) expect(result.error.message.length).toBeLessThan(100);
    }
    ctx.close();
  });
});
