// Every channel belongs to one feature: its name starts with the feature's name, it
// is declared in shared/channels/<feature>.ts, and it is answered by the handlers
// that electron/core/<feature>/handlers.ts exports as `<feature>Handlers`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels, featureChannels } from '../../shared/api';
import { createHandlers } from '../../electron/core/api';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { repoRoot, resourcesDir, tempDir } from '../support/temp';

const features = Object.keys(featureChannels).sort();
const channelsDir = path.join(repoRoot, 'shared', 'channels');
const coreDir = path.join(repoRoot, 'electron', 'core');
/** Pieces every channel file shares; it declares no channel. */
const NOT_A_FEATURE = ['common'];

/** The names among `keys` that do not start with `<feature>.`. */
function misplaced(feature: string, keys: readonly string[]): string[] {
  return keys.filter((k) => !k.startsWith(`${feature}.`) || k.length === feature.length + 1);
}

/** The exports of a module that look like channel maps: objects whose every value has a zod `input`. */
function channelMaps(module: Record<string, unknown>): string[] {
  return Object.entries(module)
    .filter(([, v]) => v !== null && typeof v === 'object' && Object.keys(v).length > 0)
    .filter(([, v]) => Object.values(v as object).every((c) => c !== null && typeof c === 'object' && 'input' in c && 'output' in c))
    .map(([name]) => name);
}

/** The handlers built over a real context on a fresh database, then the context closed. */
async function built<T>(make: (ctx: AppContext) => T): Promise<T> {
  const ctx = await AppContext.open({
    dataDir: tempDir(),
    resourcesDir,
    version: '0.0.0-test',
    now: () => new Date('2020-07-20T10:00:00+08:00'),
    ...fixedPorts(),
  });
  try {
    return make(ctx);
  } finally {
    ctx.close();
  }
}

describe('misplaced', () => {
  it('names a channel outside its feature, and none inside it', () => {
    expect(misplaced('cases', ['cases.list', 'cases.getClue'])).toEqual([]);
    expect(misplaced('cases', ['cases.list', 'clues.list', 'casesx.list', 'cases.'])).toEqual(['clues.list', 'casesx.list', 'cases.']);
  });
});

describe('the contract, by feature', () => {
  it('has one shared/channels/<feature>.ts per feature and no other', () => {
    const files = fs.readdirSync(channelsDir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
    expect(files.filter((f) => !NOT_A_FEATURE.includes(f)).sort()).toEqual(features);
  });

  it.each(features)('shared/channels/%s.ts holds exactly the channels named after it', async (feature) => {
    const module = (await import(path.join(channelsDir, `${feature}.ts`))) as Record<string, unknown>;
    // One channel map, the one shared/api.ts assembles under the feature's name.
    expect(channelMaps(module)).toEqual([`${feature}Channels`]);
    expect(module[`${feature}Channels`]).toBe(featureChannels[feature as keyof typeof featureChannels]);
    expect(misplaced(feature, Object.keys(module[`${feature}Channels`] as object))).toEqual([]);
  });

  it('declares no channel outside a feature file, and none twice', async () => {
    const perFeature = Object.values(featureChannels).flatMap((c) => Object.keys(c));
    expect(perFeature.length).toBe(new Set(perFeature).size);
    expect([...perFeature].sort()).toEqual(Object.keys(channels).sort());
    for (const other of NOT_A_FEATURE) {
      expect(channelMaps((await import(path.join(channelsDir, `${other}.ts`))) as Record<string, unknown>)).toEqual([]);
    }
  });
});

describe('the handlers, by feature', () => {
  it('has a handlers.ts in electron/core only for features', () => {
    const withHandlers = fs.readdirSync(coreDir).filter((d) => fs.existsSync(path.join(coreDir, d, 'handlers.ts')));
    expect(withHandlers.sort()).toEqual(features);
  });

  it.each(features)('electron/core/%s/handlers.ts answers exactly its feature’s channels', async (feature) => {
    const module = (await import(path.join(coreDir, feature, 'handlers.ts'))) as Record<string, unknown>;
    const build = module[`${feature}Handlers`];
    expect(typeof build).toBe('function');
    const answered = Object.keys(await built(build as (ctx: AppContext) => object)).sort();
    expect(misplaced(feature, answered)).toEqual([]);
    expect(answered).toEqual(Object.keys(featureChannels[feature as keyof typeof featureChannels]).sort());
  });

  it('answers every channel through the door, and nothing else', async () => {
    expect(Object.keys(await built(createHandlers)).sort()).toEqual(Object.keys(channels).sort());
  });
});
