// better-sqlite3-multiple-ciphers is compiled for one ABI at a time: Electron's for
// `npm start`, Node's for the tests, the CLI and the bench. Each of those commands
// first checks that the build on disk loads in its own runtime and rebuilds it only
// when it does not, so that running one never breaks the other.
import { execSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const NATIVE = 'better-sqlite3-multiple-ciphers';
const MISMATCH = /NODE_MODULE_VERSION|compiled against a different Node\.js version|invalid ELF header|not a valid Win32 application|wrong ELF class/;
const PROBE = `const D = require(${JSON.stringify(NATIVE)}); new D(':memory:').close();`;

const fail = (line) => {
  console.error(line);
  process.exit(1);
};

/** Loads the module in a child of `binary` (Node, or Electron run as Node). */
function probe(binary, root, electron) {
  const env = { ...process.env };
  if (electron) env.ELECTRON_RUN_AS_NODE = '1';
  else delete env.ELECTRON_RUN_AS_NODE;
  const r = spawnSync(binary, ['-e', PROBE], { cwd: root, env, encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status === 0) return 'ok';
  if (MISMATCH.test(r.stderr)) return 'other-abi';
  throw new Error(`${NATIVE} does not load:\n${r.stderr}`);
}

function rebuild(command, root) {
  // node_modules/.bin first, as under `npm run`, so the script also works when run directly.
  const PATH = [path.join(root, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter);
  execSync(command, { cwd: root, stdio: 'inherit', env: { ...process.env, PATH } });
}

function ensure({ binary, electron, command, what, root }) {
  if (probe(binary, root, electron) === 'ok') return;
  console.log(`${NATIVE} was built for ${electron ? 'Node' : 'Electron'}; rebuilding it for ${what} (a few minutes)…`);
  rebuild(command, root);
  if (probe(binary, root, electron) !== 'ok') fail(`${NATIVE} still does not load in ${what} after "${command}".`);
}

export function ensureNode(root = process.cwd()) {
  ensure({ binary: process.execPath, electron: false, command: `npm rebuild ${NATIVE}`, what: 'Node', root });
}

// ZICHA_NODE_VERSION stands in for the running Node's version in the scripts' own test.
const nodeVersion = () => process.env.ZICHA_NODE_VERSION ?? process.versions.node;

export function ensureElectron(root = process.cwd()) {
  const [major, minor] = nodeVersion().split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    fail(`npm start needs Node ≥ 22.12 (Electron 41's rebuild tooling); this is Node ${nodeVersion()}. Switch to Node 22, or run the renderer in Chromium with: npm run web`);
  }
  let binary;
  try {
    binary = createRequire(path.join(root, 'package.json'))('electron');
  } catch {
    fail('The Electron binary is not installed (was npm ci run with ELECTRON_SKIP_BINARY_DOWNLOAD=1?): run npm ci without it, or use: npm run web');
  }
  ensure({ binary, electron: true, command: 'electron-builder install-app-deps', what: 'Electron', root });
}
