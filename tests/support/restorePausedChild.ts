// A command-line `restore` (arguments as for `zicha restore`, after the name of a
// file to wait for) that pauses inside its exclusive hold: at the removal of the
// journal kept by leaving WAL, its last step before it lets go, the new content
// already in place. Prints "paused" there and goes on once that file exists: what
// another process meets at that instant.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../electron/core/cli';

const resourcesDir = path.resolve(import.meta.dirname, '../../resources');
const [resume = '', ...argv] = process.argv.slice(2);
const journal = `${argv[argv.indexOf('--db') + 1] ?? ''}-journal`;
const rmSync = fs.rmSync;
const tick = new Int32Array(new SharedArrayBuffer(4));
fs.rmSync = (target, options) => {
  if (String(target) === journal && !fs.existsSync(resume)) {
    process.stdout.write('paused\n');
    // Synchronous, as the hold's last step is: nothing else of this process runs meanwhile.
    while (!fs.existsSync(resume)) Atomics.wait(tick, 0, 0, 20);
  }
  rmSync(target, options);
};
process.exitCode = await runCli(argv, {
  resourcesDir,
  version: 't',
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
