// The window's folder zones hold: probe files written into renderer/src and linted with
// the project's own eslint.config.js through ESLint's Node API.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const src = path.join(repo, 'renderer/src');
const written: string[] = [];

// The type-aware rules need the whole renderer's type program, which is not what is
// under test here and takes tens of seconds on a busy machine; the zones need no types.
const eslint = new ESLint({
  cwd: repo,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
});

async function lintProbe(folder: string, code: string) {
  const file = path.join(src, folder, `lintProbe${process.pid}.ts`);
  written.push(file);
  fs.writeFileSync(file, code);
  const [result] = await eslint.lintFiles([file]);
  fs.rmSync(file);
  return result!.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
}

afterAll(() => {
  for (const f of written) fs.rmSync(f, { force: true });
});

describe('renderer folder zones', () => {
  it('lets a feature import the shared folders, api.ts and itself', async () => {
    const code = [
      "import { call } from '../api';",
      "import { ErrorAlert } from '../components/ErrorAlert';",
      "import { loadRefs } from '../lib/refs';",
      "import { CasesPage } from './CasesPage';",
      'export const probe = [call, ErrorAlert, loadRefs, CasesPage];',
      '',
    ].join('\n');
    expect(await lintProbe('cases', code)).toEqual([]);
  });

  it('refuses an import from another feature, naming both folders', async () => {
    const code = ["import { LedgerView } from '../ledger/LedgerView';", 'export const probe = LedgerView;', ''].join('\n');
    const messages = await lintProbe('cases', code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ rule: 'zicha/folder-zones', line: 1 });
    expect(messages[0]!.message).toContain("cases/ may import only components/, lib/, pdf/, api.ts and itself, but '../ledger/LedgerView' reaches into ledger/");
  });

  it('resolves the path, so a subfolder reaching out is caught and one reaching home is not', async () => {
    const code = [
      "import { ProgressEditor } from '../ProgressEditor';",
      "import { EvidenceItem } from '../../../components/EvidenceItem';",
      "import { LedgerView } from '../../../ledger/LedgerView';",
      'export const probe = [ProgressEditor, EvidenceItem, LedgerView];',
      '',
    ].join('\n');
    fs.mkdirSync(path.join(src, 'inspection/editors/probe'), { recursive: true });
    try {
      const messages = await lintProbe('inspection/editors/probe', code);
      expect(messages.map((m) => [m.rule, m.line])).toEqual([['zicha/folder-zones', 3]]);
      expect(messages[0]!.message).toContain('inspection/ may import only');
    } finally {
      fs.rmSync(path.join(src, 'inspection/editors/probe'), { recursive: true, force: true });
    }
  });

  it('keeps the shared folders free of features', async () => {
    const code = ["import { campaignHref } from './campaignTabs';", "import { LedgerView } from '../ledger/LedgerView';", 'export const probe = [campaignHref, LedgerView];', ''].join('\n');
    const messages = await lintProbe('lib', code);
    expect(messages.map((m) => [m.rule, m.line])).toEqual([['zicha/folder-zones', 2]]);
  });

  it('lets a named exception through, and nothing beside it', async () => {
    const [lockCard] = await eslint.lintFiles([path.join(src, 'settings/LockCard.tsx')]);
    expect(lockCard!.messages).toEqual([]);
    const code = ["import { useLock } from '../lock/LockGate';", 'export const probe = useLock;', ''].join('\n');
    expect((await lintProbe('settings', code)).map((m) => m.rule)).toEqual(['zicha/folder-zones']);
  });
});
