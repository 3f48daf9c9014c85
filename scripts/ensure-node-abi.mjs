// better-sqlite3 is built for one ABI at a time: Electron's after `npm start`
// (electron-builder install-app-deps), Node's for the tests and the CLI. Before the
// tests run, make sure the Node build is the one on disk, rebuilding if needed.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  const Database = require('better-sqlite3');
  new Database(':memory:').close();
} catch (e) {
  if (!/NODE_MODULE_VERSION|was compiled against a different Node.js version|invalid ELF header/.test(String(e))) throw e;
  console.log('better-sqlite3 was built for Electron; rebuilding it for Node (about two minutes)…');
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
}
