// better-sqlite3-multiple-ciphers is built for one ABI at a time: Electron's after
// `npm start` (electron-builder install-app-deps), Node's for the tests and the CLI.
// Before the tests run, make sure the Node build is the one on disk, rebuilding if needed.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const NATIVE = 'better-sqlite3-multiple-ciphers';
const require = createRequire(import.meta.url);
try {
  const Database = require(NATIVE);
  new Database(':memory:').close();
} catch (e) {
  if (!/NODE_MODULE_VERSION|was compiled against a different Node.js version|invalid ELF header/.test(String(e))) throw e;
  console.log(`${NATIVE} was built for Electron; rebuilding it for Node (a few minutes)…`);
  execSync(`npm rebuild ${NATIVE}`, { stdio: 'inherit' });
}
