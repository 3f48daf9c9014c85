// Holds the database alone as a re-key does (out of WAL, in exclusive locking mode)
// and prints "held". Then one line from standard input: "rekey" waits a moment (for
// the command beside it to read the key file in place), puts the file under a new
// key with a key file for the same password, and lets go; "change <next>" and
// "remove" run the real `lock change` / `lock remove` at once (their own hold goes on
// from this one); "release" only lets go.
import path from 'node:path';
import readline from 'node:readline';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { keyFilePath, keyOf, rekey } from '../../electron/core/db/cipher';
import { whileAlone } from '../../electron/core/db/writer';
import { makeKeyFile, newKey, writeKeyFile } from '../../electron/core/lock/keyFile';
import { changePassword, removePassword } from '../../electron/core/lock/lock';

const resourcesDir = path.resolve(import.meta.dirname, '../../resources');
const [file = '', password = ''] = process.argv.slice(2);
const ctx = await AppContext.open({ dataDir: path.dirname(file), databaseFile: file, resourcesDir, version: 't', secret: password, ...fixedPorts() });
const lines = readline.createInterface({ input: process.stdin })[Symbol.asyncIterator]();
await whileAlone(ctx.db, file, async () => {
  process.stdout.write('held\n');
  const { value = '' } = await lines.next();
  const [command, next = ''] = value.split(' ');
  if (command === 'change') return void (await changePassword(ctx, password, next));
  if (command === 'remove') return void (await removePassword(ctx, password));
  if (command !== 'rekey') return;
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const old = keyOf(ctx.db);
  const key = newKey();
  rekey(ctx.db, key);
  writeKeyFile(keyFilePath(file), makeKeyFile(password, key, '自查通', old ? [old] : []));
});
ctx.close();
process.stdout.write('done\n');
process.exit(0);
