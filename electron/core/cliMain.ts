// `npm run zicha -- …` under plain Node: the command line with Debian's (or the
// named) Chromium as its print path. The app's executable runs the same commands
// through electron/main with Electron's own Chromium instead.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli';
import { chromiumPrinter } from './print/chromium';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const version = (JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string }).version;
// Chromium starts only if a command prints.
const printer = chromiumPrinter();
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    resourcesDir: path.join(repo, 'resources'),
    version,
    printer,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
} finally {
  await printer.close();
}
