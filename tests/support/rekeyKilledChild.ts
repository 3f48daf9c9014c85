// A `lock change` (or, with "--remove" for the next password, a `lock remove`) cut
// short at one step: the first time a file whose path matches `pattern` is removed
// (`rm`), renamed into place (`rename`) or listed (`readdir`), it dies by SIGKILL just
// before that (default) or just after it; or, with `fault`, that call fails once while
// the switch's mark is in place (an injected fault: the child exits 1 with the message).
// By default the moment its re-key has committed and the next key file is in place,
// before it lets go of the file (the rollback journal SQLite keeps in exclusive mode, the mark).
import fs from 'node:fs';
import path from 'node:path';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { changePassword, removePassword } from '../../electron/core/lock/lock';
const resourcesDir = path.resolve(import.meta.dirname, '../../resources');

const [file = '', current = '', next = '', op = 'rm', pattern = '\\.keyswitch$', when = 'before'] = process.argv.slice(2);
const ctx = await AppContext.open({ dataDir: path.dirname(file), databaseFile: file, resourcesDir, version: 't', secret: current, ...fixedPorts() });
const step = new RegExp(pattern);
let faulted = false;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any fs function, called through as it is
const atStep = <F extends (...args: any[]) => any>(original: F, target: (...args: Parameters<F>) => unknown) =>
  ((...args: Parameters<F>): ReturnType<F> => {
    const hit = step.test(String(target(...args)));
    if (hit && when === 'before') process.kill(process.pid, 'SIGKILL');
    if (hit && when === 'fault' && !faulted && fs.existsSync(`${file}.keyswitch`)) {
      faulted = true;
      throw Object.assign(new Error(`injected fault at ${String(target(...args))}`), { code: 'EIO' });
    }
    const result = original(...args) as ReturnType<F>;
    if (hit && when === 'after') process.kill(process.pid, 'SIGKILL');
    return result;
  }) as F;
if (op === 'rm') fs.rmSync = atStep(fs.rmSync, (target) => target);
else if (op === 'rename') fs.renameSync = atStep(fs.renameSync, (_from, to) => to);
else fs.readdirSync = atStep(fs.readdirSync, (dir) => dir);
try {
  if (next === '--remove') await removePassword(ctx, current);
  else await changePassword(ctx, current, next);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
ctx.close();
