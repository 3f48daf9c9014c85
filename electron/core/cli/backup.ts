// `backup`, `restore` and `package export|import`: for IT staff who schedule backups
// and move the office to a new PC. They work on the files directly, so that a
// damaged database can still be replaced and a running app is never in the way.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { exportPackage } from '../backup/packageExport';
import { refuseNonEmpty, verifyPackage, writePackage } from '../backup/packageImport';
import { restoreFile } from '../backup/restore';
import { removeLeftovers, takeBackup, writeBackup } from '../backup/take';
import { rememberKeys } from '../db/cipher';
import { defaultDataDir } from '../paths';
import { UsageError, type Command, type CliEnvironment, type Values } from './common';
import { cliSecret } from './password';
import { openWithKeysNow } from '../lock/keysNow';
import { openAsWriter } from '../db/writer';

const databaseOf = (values: Values) => path.resolve(values.db ?? path.join(defaultDataDir(), 'zicha.sqlite'));
const evidenceOf = (file: string) => path.join(path.dirname(file), 'evidence');
const clock = (env: CliEnvironment) => env.now ?? (() => new Date());

/**
 * An encrypted database opens with the password from ZICHA_PASSWORD or standard input,
 * asked for once the key file is found. A re-key by another process meanwhile is
 * waited for and followed where the password still opens it (lock/keysNow.ts).
 */
async function openExisting(file: string, env: CliEnvironment): Promise<Database.Database> {
  if (!fs.existsSync(file)) throw new AppError('databaseMissing', `数据库文件“${file}”不存在`);
  removeLeftovers(file);
  let secret: Promise<string | undefined> | undefined;
  return openWithKeysNow(file, () => (secret ??= cliSecret(file, env)), async (keys) => {
    rememberKeys(keys);
    return openAsWriter(file, keys[0] ?? null);
  });
}

async function backup(values: Values, env: CliEnvironment): Promise<number> {
  const file = databaseOf(values);
  const db = await openExisting(file, env);
  try {
    const now = clock(env)();
    // --to: the IT staff's own folder (rotated there); otherwise the data folder and the second folder.
    const made = values.to ? await writeBackup(db, file, path.resolve(values.to), 'manual', now) : await takeBackup(db, file, 'manual', now);
    env.out(`已备份：${made.file}`);
  } finally {
    db.close();
  }
  return 0;
}

async function restore(values: Values, env: CliEnvironment): Promise<number> {
  if (!values.from) throw new UsageError('restore 需要 --from <备份文件>');
  const file = databaseOf(values);
  if (fs.existsSync(file)) removeLeftovers(file);
  let secret: Promise<string | undefined> | undefined;
  const { undo } = await restoreFile(file, path.resolve(values.from), clock(env)(), () => (secret ??= cliSecret(file, env)));
  env.out(`已恢复：${file}（来自 ${path.resolve(values.from)}）`);
  if (undo) env.out(`恢复前的数据已备份为：${undo.file}（撤销本次恢复：restore --from 该文件）`);
  return 0;
}

async function runPackage(sub: string | undefined, values: Values, env: CliEnvironment): Promise<number> {
  const file = databaseOf(values);
  if (sub === 'export') {
    if (!values.out) throw new UsageError('package export 需要 --out <迁移包.zip>');
    const db = await openExisting(file, env);
    try {
      const done = await exportPackage({ db, databaseFile: file, evidenceDir: evidenceOf(file), appVersion: env.version, now: clock(env)() }, path.resolve(values.out));
      env.out(`已导出迁移包：${done.path}（${done.files} 个文件，${done.bytes} 字节）`);
    } finally {
      db.close();
    }
    return 0;
  }
  if (sub === 'import') {
    if (!values.in) throw new UsageError('package import 需要 --in <迁移包.zip>');
    // Also when no database is there yet: a killed import may have left evidence partials only.
    removeLeftovers(file);
    const pkg = await verifyPackage(path.resolve(values.in));
    refuseNonEmpty(file);
    const bytes = await writePackage(pkg, file, evidenceOf(file));
    env.out(`已导入迁移包：${pkg.manifest.files.length} 个文件，${bytes} 字节，数据库 ${file}`);
    return 0;
  }
  throw new UsageError(sub ? `未知的 package 子命令“${sub}”` : 'package 需要子命令 export 或 import');
}

export const backupCommand: Command = {
  usage: `  backup [--db <文件>] [--to <文件夹>]              备份数据库（缺省备份到数据文件夹的 backups 和第二备份位置）`,
  run: (_sub, _rest, values, env) => backup(values, env),
};

export const restoreCommand: Command = {
  usage: `  restore --from <备份文件> [--db <文件>]          用备份替换数据库；恢复前的数据先另存为备份，可撤销`,
  run: (_sub, _rest, values, env) => restore(values, env),
};

export const packageCommand: Command = {
  usage: `  package export --out <迁移包.zip> [--db <文件>]  导出迁移包（数据库和全部佐证材料，附校验值清单）
  package import --in <迁移包.zip> [--db <新文件>]  在新电脑上导入迁移包：先逐个核对校验值，只导入到空数据库`,
  run: (sub, _rest, values, env) => runPackage(sub, values, env),
};
