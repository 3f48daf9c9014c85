// `npm start` (scripts/ensure-electron-abi.mjs) and `npm test`/`zicha`/`bench`
// (scripts/ensure-node-abi.mjs) switching the native SQLite module between the two
// ABIs, run in a stand-in project: the module is a script that loads only in the
// runtime its state file names, Electron is Node run through a wrapper, and the two
// rebuild commands (npm rebuild, electron-builder install-app-deps) are stand-ins
// that rewrite the state file and log their call.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../support/temp';

const NATIVE = 'better-sqlite3-multiple-ciphers';

function project(abi: 'node' | 'electron', { electronBinary = true, rebuildWorks = true, otherError = '' } = {}) {
  const root = tempDir();
  const state = path.join(root, 'abi');
  const log = path.join(root, 'rebuilds');
  fs.writeFileSync(state, abi);
  fs.writeFileSync(log, '');
  fs.writeFileSync(path.join(root, 'package.json'), '{"name":"stand-in","private":true}');
  const mod = path.join(root, 'node_modules', NATIVE);
  fs.mkdirSync(mod, { recursive: true });
  fs.writeFileSync(path.join(mod, 'package.json'), `{"name":"${NATIVE}","main":"index.js"}`);
  fs.writeFileSync(
    path.join(mod, 'index.js'),
    `const runtime = process.env.ELECTRON_RUN_AS_NODE ? 'electron' : 'node';
const built = require('fs').readFileSync(${JSON.stringify(state)}, 'utf8');
if (${JSON.stringify(otherError)}) throw new Error(${JSON.stringify(otherError)});
if (built !== runtime) throw new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 145.');
module.exports = class { close() {} };
`,
  );
  const bin = path.join(root, 'node_modules', '.bin');
  fs.mkdirSync(bin);
  const standIn = (name: string, body: string) => fs.writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  const write = (to: string) => (rebuildWorks ? `[ "$*" = "${to === 'node' ? `rebuild ${NATIVE}` : 'install-app-deps'}" ] && printf ${to} > "${state}"` : 'true');
  standIn('npm', `echo "npm $*" >> "${log}"; ${write('node')}`);
  standIn('electron-builder', `echo "electron-builder $*" >> "${log}"; ${write('electron')}`);
  if (electronBinary) {
    const electron = path.join(root, 'node_modules', 'electron');
    fs.mkdirSync(electron);
    standIn('electron-stand-in', `exec "${process.execPath}" "$@"`);
    fs.writeFileSync(path.join(electron, 'index.js'), `module.exports = ${JSON.stringify(path.join(bin, 'electron-stand-in'))};`);
  }
  const run = (script: string, env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', script)], {
      cwd: root,
      encoding: 'utf8',
      // The stand-in npm must win over the real one, as node_modules/.bin does under `npm run`.
      env: { PATH: `${bin}:/usr/bin:/bin`, ...env },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return {
    run,
    start: () => run('ensure-electron-abi.mjs', { ZICHA_NODE_VERSION: '22.12.0' }),
    test: () => run('ensure-node-abi.mjs'),
    abi: () => fs.readFileSync(state, 'utf8'),
    rebuilds: () => fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean),
  };
}

describe('native module ABI switching', () => {
  it('npm start rebuilds for Electron, npm test back for Node, and each only when needed', () => {
    const p = project('node');
    expect(p.test()).toMatchObject({ status: 0, stdout: '' });
    expect(p.rebuilds()).toEqual([]);

    expect(p.start().status).toBe(0);
    expect(p.abi()).toBe('electron');
    expect(p.rebuilds()).toEqual(['electron-builder install-app-deps']);
    expect(p.start()).toMatchObject({ status: 0, stdout: '' });
    expect(p.rebuilds()).toHaveLength(1);

    const back = p.test();
    expect(back.status).toBe(0);
    expect(back.stdout).toContain('was built for Electron; rebuilding it for Node');
    expect(p.abi()).toBe('node');
    expect(p.rebuilds()).toEqual(['electron-builder install-app-deps', `npm rebuild ${NATIVE}`]);
    expect(p.test().stdout).toBe('');
    expect(p.rebuilds()).toHaveLength(2);
  });

  it('stops when the rebuild did not fix the module', () => {
    const p = project('electron', { rebuildWorks: false });
    const r = p.test();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${NATIVE} still does not load in Node after "npm rebuild ${NATIVE}".\n`);
    expect(p.rebuilds()).toEqual([`npm rebuild ${NATIVE}`]);
  });

  it('npm start on Node before 22.12 says which Node it needs and points to npm run web', () => {
    const p = project('node');
    const r = p.run('ensure-electron-abi.mjs', { ZICHA_NODE_VERSION: '20.19.5' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("npm start needs Node ≥ 22.12 (Electron 41's rebuild tooling); this is Node 20.19.5. Switch to Node 22, or run the renderer in Chromium with: npm run web\n");
    expect(p.rebuilds()).toEqual([]);
  });

  it('npm start without the Electron binary says how to get it', () => {
    const r = project('node', { electronBinary: false }).start();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^The Electron binary is not installed .*npm run web\n$/);
  });

  it('a module that fails for another reason is reported, not rebuilt', () => {
    const p = project('node', { otherError: 'libcrypto.so.3: cannot open shared object file' });
    const r = p.test();
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('libcrypto.so.3: cannot open shared object file');
    expect(p.rebuilds()).toEqual([]);
  });
});
