// Writing a file the officer asked for: under a temporary name, then renamed, so a
// crash never leaves half a file; when the target is open in Word or Excel
// (locked on Windows), the new file is kept under another name instead of failing;
// and when Windows refuses otherwise, a reason in Chinese.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';

const REASONS: Record<string, string> = {
  EBUSY: '文件可能正在 Excel、WPS 或 PDF 阅读器中打开，请关闭后重试',
  EPERM: '文件可能正在其他程序中打开，或没有写入权限',
  EACCES: '没有写入该位置的权限，请换一个文件夹',
  ENOSPC: '磁盘空间不足',
  ENOENT: '保存位置不存在',
  EROFS: '该位置只读',
};

/** What Windows answers when renaming onto a file another program holds open. */
const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);

export interface WriteOptions {
  /** The rename step; tests pass one that refuses as a locked file on Windows does. */
  rename?: (from: string, to: string) => void;
}

/** 问题台账.xlsx → 问题台账（新）.xlsx, then 问题台账（新2）.xlsx … */
export function alternativeName(target: string, n: number): string {
  const ext = path.extname(target);
  return path.join(path.dirname(target), `${path.basename(target, ext)}（新${n === 1 ? '' : n}）${ext}`);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Writes `content` to `target` and answers the path actually written: `target`,
 * or, when an existing target is locked, the first free alternative name (the
 * caller tells the officer; see `writtenNote`).
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, options: WriteOptions = {}): string {
  const rename = options.rename ?? fs.renameSync;
  const temp = `${target}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, content);
    try {
      rename(temp, target);
      return target;
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (!LOCKED.has(code) || !isFile(target)) throw e;
      for (let n = 1; n < 100; n++) {
        const other = alternativeName(target, n);
        if (fs.existsSync(other)) continue;
        rename(temp, other);
        return other;
      }
      throw e;
    }
  } catch (e) {
    fs.rmSync(temp, { force: true });
    const code = (e as { code?: string }).code ?? '';
    const reason = REASONS[code] ?? `系统错误 ${code || '未知'}`;
    throw new AppError('fileNotWritable', `无法写入“${path.basename(target)}”：${reason}`);
  }
}

/** The sentence an export handler adds when the file went under another name (empty otherwise). */
export function writtenNote(target: string, written: string): string {
  return written === target ? '' : `“${path.basename(target)}”正在其他程序（如 Excel、Word）中打开，无法覆盖；新文件已另存为“${path.basename(written)}”`;
}

/** Whether a process (of this machine) still runs: what a dead one left may be removed. */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

const WRITE_FAULTS: [RegExp, string][] = [
  [/^(ENOSPC|SQLITE_FULL)/, '磁盘空间不足'],
  [/^(EROFS|SQLITE_READONLY)/, '该位置只读'],
  [/^(EACCES|EPERM|SQLITE_PERM)/, '没有写入权限'],
  [/^(ENOENT|ENOTDIR)/, '文件夹不存在（U 盘未插入或网络共享未连接？）'],
  [/^SQLITE_CANTOPEN/, '无法在该位置创建文件（文件夹不存在或没有权限）'],
  [/^(EIO|SQLITE_IOERR)/, '无法写入磁盘（磁盘已满、已拔出或出现故障）'],
];

/**
 * A fault while writing `what` into `folder`, in words naming the folder, or null
 * when `e` is no fault of the disk (then it is passed on as it is).
 */
export function writeFault(e: unknown, folder: string, what: string): AppError | null {
  if (e instanceof AppError) return null;
  const code = (e as { code?: string }).code ?? '';
  const reason = WRITE_FAULTS.find(([pattern]) => pattern.test(code))?.[1];
  return reason ? new AppError('fileFault', `无法把${what}写入文件夹“${folder}”：${reason}；未作任何修改`) : null;
}

/** The database folder of this process, for faults SQLite reports without a path. */
let databaseFolder: string | null = null;

export function noteDatabaseFolder(dir: string): void {
  databaseFolder = dir;
}

const SQLITE_FAULTS: Record<string, string> = {
  SQLITE_FULL: '磁盘空间不足',
  SQLITE_IOERR: '无法读写磁盘（磁盘已满、已拔出或出现故障）',
  SQLITE_READONLY: '该位置只读或没有写入权限',
  SQLITE_CANTOPEN: '无法打开数据库文件（文件夹不存在或没有权限）',
  SQLITE_PERM: '没有写入权限',
};

const FILE_FAULTS: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EROFS: '该位置只读',
  EACCES: '没有权限',
  EPERM: '没有权限',
  ENOENT: '文件夹或文件不存在',
  ENOTDIR: '路径中有一项不是文件夹',
  EIO: '无法读写磁盘（磁盘已拔出或出现故障）',
  EBUSY: '文件正被其他程序占用',
  EMFILE: '打开的文件过多',
};

/**
 * A fault of the disk or the file system in words (what and which folder), or
 * null when `e` is not one: the officer gets a sentence instead of "内部错误".
 */
export function faultError(e: unknown): AppError | null {
  const { code = '', path: where } = e as { code?: string; path?: string };
  if (/^SQLITE_BUSY/.test(code)) {
    return new AppError('databaseBusy', '另一个自查通窗口或命令正在写入数据库，等待后仍未完成：请稍后重试；本次操作未作任何修改');
  }
  const sqlite = Object.keys(SQLITE_FAULTS).find((k) => code === k || code.startsWith(`${k}_`));
  if (sqlite) {
    const folder = databaseFolder ? `数据库所在文件夹“${databaseFolder}”` : '数据库所在位置';
    return new AppError('diskFault', `${folder}${SQLITE_FAULTS[sqlite]}，操作未能完成，已写入的内容未受影响：请腾出空间或检查磁盘后重试`);
  }
  const reason = FILE_FAULTS[code];
  if (reason) {
    const folder = where ? `“${path.dirname(where)}”` : '目标位置';
    return new AppError('fileFault', `无法写入${folder}中的“${where ? path.basename(where) : '文件'}”：${reason}；操作未能完成`);
  }
  return null;
}

/** zicha-<label>-<pid>-XXXXXX: the pid tells a dead process's folder from a live one's. */
const TEMP_DIR = /^zicha-[a-z]+-(\d+)-/;

/** A fresh temporary folder of this process; the caller removes it in `finally`. */
export function processTempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `zicha-${label}-${process.pid}-`));
}

/** At start-up: the temporary folders that processes killed before their `finally` left behind. */
export function removeStaleTempDirs(): void {
  let names: string[];
  try {
    names = fs.readdirSync(os.tmpdir());
  } catch {
    return;
  }
  for (const n of names) {
    const pid = TEMP_DIR.exec(n)?.[1];
    if (pid !== undefined && !processAlive(Number(pid))) fs.rmSync(path.join(os.tmpdir(), n), { recursive: true, force: true });
  }
}
