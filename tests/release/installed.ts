// Run by .github/workflows/release.yml on windows-latest, after the NSIS installer
// was installed silently: checks the installed, fused 自查通.exe as a user gets it.
//   1. the fuses in the binary are the ones electron-builder.yml asks for;
//   2. it starts, shows the first screen, and creates its database in the user's folder;
//   3. its own command line writes a 工作情况总结 PDF through Electron's printToPDF.
// Playwright's _electron.launch needs the Node inspector (--inspect), which the
// shipped binary refuses by design (EnableNodeCliInspectArguments off), so Playwright
// attaches over the Chromium DevTools protocol to the real installed app instead.
// It cannot run off Windows; `npx tsx tests/release/installed.ts <zicha.exe>`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';
import { extractPdf } from '../../electron/core/campaigns/notice/extract/pdf';
import { MAIN_DB_NAME } from '../../electron/core/context';

const exe = process.argv[2] ?? '';
if (!fs.existsSync(exe)) throw new Error(`not installed: ${exe}`);
const outDir = path.resolve('release-check');
fs.mkdirSync(outDir, { recursive: true });
const step = (what: string) => console.log(`✓ ${what}`);

// 1. Fuses, against electron-builder.yml's electronFuses.
const FUSE_KEYS: Record<string, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};
// The wire's bytes: '1' on, '0' off (@electron/fuses' FuseState, not exported).
const [ON, OFF] = [0x31, 0x30];
const wanted = parse(fs.readFileSync('electron-builder.yml', 'utf8')).electronFuses as Record<string, boolean>;
const wire = await getCurrentFuseWire(exe);
for (const [key, on] of Object.entries(wanted)) {
  const index = FUSE_KEYS[key];
  if (index === undefined) throw new Error(`unknown fuse in electron-builder.yml: ${key}`);
  const state = (wire as unknown as Record<number, number>)[index];
  if (state !== (on ? ON : OFF)) throw new Error(`fuse ${key}: wanted ${on ? 'on' : 'off'}, found ${state}`);
}
step(`fuses as in electron-builder.yml (${Object.keys(wanted).join(', ')})`);

// 2. First start, as the user would: the window, the first screen, the database.
const userData = path.join(process.env.APPDATA ?? os.homedir(), '自查通');
const app = spawn(exe, ['--remote-debugging-port=0'], { stdio: ['ignore', 'ignore', 'pipe'] });
const endpoint = await new Promise<string>((resolve, reject) => {
  let seen = '';
  const timer = setTimeout(() => reject(new Error(`no DevTools endpoint in 60 s:\n${seen}`)), 60_000);
  app.stderr.on('data', (chunk: Buffer) => {
    seen += chunk.toString();
    const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
    if (m) {
      clearTimeout(timer);
      resolve(m[1]!);
    }
  });
  app.once('exit', (code) => reject(new Error(`exited with ${code} before its window opened:\n${seen}`)));
});
const browser = await chromium.connectOverCDP(endpoint);
try {
  const page = await (async () => {
    for (let i = 0; i < 120; i++) {
      const found = browser.contexts().flatMap((c) => c.pages()).find((p) => p.url().startsWith('app://zicha/'));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('no window showing app://zicha/');
  })();
  await page.getByTestId('getting-started').waitFor({ timeout: 60_000 });
  await page.getByText('刚开始使用？').waitFor();
  await page.screenshot({ path: path.join(outDir, 'first-screen.png') });
  step('first screen (刚开始使用？) shown');
  const db = path.join(userData, MAIN_DB_NAME);
  if (!fs.existsSync(db) || fs.statSync(db).size === 0) throw new Error(`no database at ${db}`);
  step(`database created at ${db}`);
  await page.close();
} finally {
  await browser.close().catch(() => undefined);
}
await new Promise<void>((resolve) => {
  const timer = setTimeout(() => {
    app.kill();
    resolve();
  }, 20_000);
  app.once('exit', () => {
    clearTimeout(timer);
    resolve();
  });
});

// 3. The installed app's own command line, printing through Electron's printToPDF.
const cli = (...args: string[]) => {
  const r = spawnSync(exe, args, { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`自查通.exe ${args.join(' ')} → ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};
const demo = path.join(outDir, 'demo.sqlite');
fs.rmSync(demo, { force: true });
cli('demo', '--db', demo);
const pdf = path.join(outDir, '工作情况总结.pdf');
cli('report', 'summary', '--db', demo, '--campaign', 'sc-2020-96', '--format', 'pdf', '--out', pdf);
const bytes = fs.readFileSync(pdf);
if (bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error('the summary is not a PDF');
const text = await extractPdf(bytes, path.basename(pdf));
if (!text.replace(/\s/g, '').includes('工作情况总结')) throw new Error(`the summary PDF does not read as a summary:\n${text.slice(0, 400)}`);
step(`summary PDF printed by the installed app (${bytes.length} bytes)`);
