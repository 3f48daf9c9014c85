// A `lock change` that dies (SIGKILL) the moment its re-key has committed and the
// next key file is in place, before it lets go of the file: what a kill at that
// instant leaves (the rollback journal SQLite keeps in exclusive mode, the mark).
import fs from 'node:fs';
import path from 'node:path';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { changePassword } from '../../electron/core/lock/lock';
const resourcesDir = path.resolve(import.meta.dirname, '../../resources');

const [file = '', current = '', next = ''] = process.argv.slice(2);
const ctx = await AppContext.open({ dataDir: path.dirname(file), databaseFile: file, resourcesDir, version: 't', secret: current, ...fixedPorts() });
const rmSync = fs.rmSync;
fs.rmSync = (target, options) => {
  if (String(target).endsWith('.keyswitch')) process.kill(process.pid, 'SIGKILL');
  rmSync(target, options);
};
await changePassword(ctx, current, next);
