// The composition zones of eslint.config.js (issue 17) do fire: probe imports are
// linted as if they were the first lines of real files in electron/core, and the
// ones that cross a zone are refused with its message while the doors pass.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });
const RULE = '@typescript-eslint/no-restricted-imports';

/** The zone messages `line` gets as the top of `file` (the rest of the file kept, so it still parses and types). */
async function refusals(file: string, line: string): Promise<string[]> {
  const full = path.join(root, file);
  const [result] = await eslint.lintText(`${line}\n${fs.readFileSync(full, 'utf8')}`, { filePath: full });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE && m.line === 1).map((m) => m.message);
}

describe('composition zones in electron/core', () => {
  it('refuse context.ts, api.ts and Session to a feature', async () => {
    expect(await refusals('electron/core/ledger/handlers.ts', "import type { AppContext as Probe } from '../context';")).toEqual([
      expect.stringContaining('context.ts is the one composition root'),
    ]);
    expect(await refusals('electron/core/campaigns/notice/handlers.ts', "import type { Handlers as Probe } from '../../api';")).toEqual([
      expect.stringContaining('handlerTypes.ts'),
    ]);
    expect(await refusals('electron/core/stats/handlers.ts', "import type { Session as Probe } from '../ports';")).toEqual([
      expect.stringContaining('Only backup/, lock/'),
    ]);
  });

  it('refuse a feature to db/ and to the leaves', async () => {
    expect(await refusals('electron/core/db/open.ts', "import { takeBackup as probe } from '../backup/take';")).toEqual([
      expect.stringContaining('db/ is the lowest layer'),
    ]);
    expect(await refusals('electron/core/ports.ts', "import type { KeyFile as Probe } from './lock/keyFile';")).toEqual([
      expect.stringContaining('are leaves'),
    ]);
  });

  it('let the doors and the session-level features through', async () => {
    expect(await refusals('electron/core/cli/common.ts', "import type { AppContext as Probe } from '../context';")).toEqual([]);
    expect(await refusals('electron/core/lock/lock.ts', "import type { Session as Probe } from '../ports';")).toEqual([]);
    expect(await refusals('electron/core/db/open.ts', "import { noteDatabaseFolder as probe } from '../files';")).toEqual([]);
  });
});
