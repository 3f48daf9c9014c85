// .github/workflows/release.yml cannot run here (windows-latest): it is checked
// against GitHub's workflow schema (@action-validator/core, SchemaStore's schema)
// and read back for the steps the release depends on, in their order.
import fs from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/temp';

const file = path.join(repoRoot, '.github', 'workflows', 'release.yml');
const source = fs.readFileSync(file, 'utf8');
type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown> };

describe('release workflow', () => {
  it('is a valid GitHub workflow', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it('the validator refuses a broken one', () => {
    expect(validateWorkflow(source.replace('runs-on: windows-latest', 'run-on: windows-latest')).errors).not.toEqual([]);
    expect(validateWorkflow(source.replace('      - uses: actions/checkout@v4', '      - uses: actions/checkout@v4\n        timeout: 5')).errors).not.toEqual([]);
  });

  it('builds, installs silently, checks and uploads the installer on Windows with Node 22', () => {
    const wf = parse(source);
    const job = wf.jobs.installer;
    expect(job['runs-on']).toBe('windows-latest');
    const steps = job.steps as Step[];
    const at = (test: (s: Step) => boolean) => {
      const i = steps.findIndex(test);
      expect(i).toBeGreaterThanOrEqual(0);
      return i;
    };
    const node = steps[at((s) => s.uses?.startsWith('actions/setup-node@') ?? false)]!;
    expect(node.with?.['node-version']).toBe(22);
    const order = [
      at((s) => s.uses?.startsWith('actions/checkout@') ?? false),
      at((s) => /^npm ci\b/.test(s.run ?? '')),
      at((s) => s.run === 'npx electron-builder install-app-deps'),
      at((s) => s.run === 'npm run dist'),
      at((s) => /Start-Process -FilePath \$installer\.FullName -ArgumentList '\/S' -Wait/.test(s.run ?? '')),
      at((s) => s.run?.startsWith('npx tsx tests/release/installed.ts') ?? false),
      at((s) => s.uses?.startsWith('actions/upload-artifact@') === true && s.with?.path === 'release/*.exe'),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.scripts.dist).toMatch(/electron-builder --win/);
  });

  it('the installed-app check covers fuses, first screen, database and a printed summary', () => {
    const check = fs.readFileSync(path.join(repoRoot, 'tests', 'release', 'installed.ts'), 'utf8');
    for (const needle of ['getCurrentFuseWire', "parse(fs.readFileSync('electron-builder.yml'", "getByTestId('getting-started')", 'MAIN_DB_NAME', "'report', 'summary'", 'extractPdf']) {
      expect(check).toContain(needle);
    }
  });
});
