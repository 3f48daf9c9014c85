// Run first by `npm test`: the tests read our files back with real programs
// (Chromium, LibreOffice, poppler, python-docx, openpyxl, icalendar) and render CJK
// text with real fonts. On a fresh machine, without this check, they fail one by one
// with raw "spawnSync soffice ENOENT". As root on Debian or Ubuntu the missing
// packages are installed here (what .ci/run used to do); anyone else gets one line
// with the exact command, and the tests do not start.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const PACKAGES = [
  'chromium',
  'fonts-noto-cjk',
  'fonts-arphic-ukai',
  'fonts-arphic-uming',
  'fonts-wqy-zenhei',
  'poppler-utils',
  'libreoffice-calc-nogui',
  'libreoffice-writer-nogui',
  'python3-openpyxl',
  'python3-docx',
  'python3-icalendar',
];

const run = (cmd, args, options = {}) => spawnSync(cmd, args, { encoding: 'utf8', ...options });

function installed(pkg) {
  const r = run('dpkg-query', ['-W', '-f=${Status}', pkg]);
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

function needed() {
  // CHROMIUM_PATH names another Chromium (tests/harness): Debian's is then not needed.
  const own = process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH);
  return PACKAGES.filter((p) => !(own && p === 'chromium'));
}

// ZICHA_PREFLIGHT_UID stands in for the real uid in the preflight's own test.
const uid = () => (process.env.ZICHA_PREFLIGHT_UID !== undefined ? Number(process.env.ZICHA_PREFLIGHT_UID) : process.getuid?.());

const fail = (line) => {
  console.error(`preflight: ${line}`);
  process.exit(1);
};

function main() {
  if (process.env.ZICHA_PREFLIGHT === 'skip') return;
  const debian = run('dpkg-query', ['--version']).status === 0 && run('apt-get', ['--version']).status === 0;
  if (!debian) {
    fail(`not Debian or Ubuntu (no dpkg-query/apt-get): install the equivalents of ${needed().join(' ')}, then run with ZICHA_PREFLIGHT=skip`);
  }
  const missing = needed().filter((p) => !installed(p));
  if (missing.length === 0) return;

  const install = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (uid() !== 0) fail(`missing system packages; run: sudo apt-get update && sudo ${install}`);

  console.log(`preflight: installing ${missing.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = run('apt-get', ['update', '-qq'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (update.status !== 0) fail(`"apt-get update" failed (exit ${update.status}); fix the package sources, then run: ${install}`);
  const add = run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const still = missing.filter((p) => !installed(p));
  if (add.status !== 0 || still.length > 0) fail(`could not install ${still.join(' ') || missing.join(' ')}; run: ${install}`);
  console.log('preflight: system packages installed');
}

main();
