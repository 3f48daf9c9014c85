// The preflight that `npm test` runs first (scripts/preflight.mjs), driven with
// stand-ins for dpkg-query and apt-get on PATH: this machine's real packages are
// never touched. The fake dpkg keeps its "installed" list in a file that the fake
// apt-get appends to, so an install is seen by the re-check.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../support/temp';

const SCRIPT = path.join(repoRoot, 'scripts', 'preflight.mjs');
const ALL = [
  'chromium', 'fonts-noto-cjk', 'fonts-arphic-ukai', 'fonts-arphic-uming', 'fonts-wqy-zenhei', 'poppler-utils',
  'libreoffice-calc-nogui', 'libreoffice-writer-nogui', 'python3-openpyxl', 'python3-docx', 'python3-icalendar',
];

const DPKG = `#!/bin/sh
[ "$1" = "--version" ] && exit 0
for p in "$@"; do pkg="$p"; done
/bin/grep -qx "$pkg" "$FAKE_DB" || exit 1
printf 'install ok installed'
`;
const APT = `#!/bin/sh
echo "$*" >> "$FAKE_LOG"
[ "$1" = "--version" ] && exit 0
[ "$1" = "install" ] || exit 0
[ -n "$FAKE_APT_FAIL" ] && exit 100
for p in "$@"; do case "$p" in -*|install) ;; *) echo "$p" >> "$FAKE_DB" ;; esac; done
`;

function machine(installed: string[], { debian = true } = {}) {
  const dir = tempDir();
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  if (debian) {
    fs.writeFileSync(path.join(bin, 'dpkg-query'), DPKG, { mode: 0o755 });
    fs.writeFileSync(path.join(bin, 'apt-get'), APT, { mode: 0o755 });
  }
  const db = path.join(dir, 'db');
  const log = path.join(dir, 'log');
  fs.writeFileSync(db, installed.map((p) => `${p}\n`).join(''));
  fs.writeFileSync(log, '');
  const run = (env: Record<string, string>) => {
    const r = spawnSync(process.execPath, [SCRIPT], {
      encoding: 'utf8',
      env: { PATH: bin, FAKE_DB: db, FAKE_LOG: log, ...env },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, apt: fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) };
  };
  return { run, installed: () => fs.readFileSync(db, 'utf8').trim().split('\n') };
}

describe('preflight', () => {
  it('passes without a word or an apt-get call when everything is installed', () => {
    const m = machine(ALL);
    const r = m.run({ ZICHA_PREFLIGHT_UID: '1000' });
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(r.apt).toEqual(['--version']);
  });

  it('as root installs exactly the missing packages: one update, one non-interactive install', () => {
    const m = machine(ALL.filter((p) => p !== 'poppler-utils' && p !== 'python3-icalendar'));
    const r = m.run({ ZICHA_PREFLIGHT_UID: '0' });
    expect(r.status).toBe(0);
    expect(r.apt).toEqual(['--version', 'update -qq', 'install -y -qq --no-install-recommends poppler-utils python3-icalendar']);
    expect(m.installed()).toEqual(expect.arrayContaining(ALL));
    expect(r.stdout).toContain('installing poppler-utils python3-icalendar');
  });

  it('as another user stops at once with one line naming the exact command', () => {
    const m = machine(['chromium', 'poppler-utils']);
    const r = m.run({ ZICHA_PREFLIGHT_UID: '1000' });
    expect(r.status).toBe(1);
    expect(r.apt).toEqual(['--version']);
    const missing = ALL.filter((p) => p !== 'chromium' && p !== 'poppler-utils').join(' ');
    expect(r.stderr).toBe(`preflight: missing system packages; run: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing}\n`);
  });

  it('as root reports a failed install with the command, and exits 1', () => {
    const m = machine(ALL.filter((p) => p !== 'libreoffice-writer-nogui'));
    const r = m.run({ ZICHA_PREFLIGHT_UID: '0', FAKE_APT_FAIL: '1' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['preflight: could not install libreoffice-writer-nogui; run: apt-get install -y --no-install-recommends libreoffice-writer-nogui']);
  });

  it('does not ask for Debian Chromium when CHROMIUM_PATH names another', () => {
    const m = machine(ALL.filter((p) => p !== 'chromium'));
    expect(m.run({ ZICHA_PREFLIGHT_UID: '1000', CHROMIUM_PATH: process.execPath }).status).toBe(0);
    expect(m.run({ ZICHA_PREFLIGHT_UID: '1000', CHROMIUM_PATH: '/nonexistent/chrome' }).stderr).toContain('install -y --no-install-recommends chromium\n');
  });

  it('off Debian says what the tests need and how to go on', () => {
    const r = machine([], { debian: false }).run({ ZICHA_PREFLIGHT_UID: '0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^preflight: not Debian or Ubuntu .*libreoffice-writer-nogui .*ZICHA_PREFLIGHT=skip\n$/);
  });
});
