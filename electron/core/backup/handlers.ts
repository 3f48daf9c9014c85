// 设置 → 数据备份: the handlers of the backup and package channels.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupStatus, BackupView } from '../../../shared/channels/backup';
import { AppError } from '../../../shared/errors';
import { fileFilter, FILE_TYPES } from '../../../shared/fileTypes';
import type { HandlersOf } from '../handlerTypes';
import type { Services, Session } from '../ports';
import { writtenNote } from '../files';
import { listBackupFiles, type BackupFile } from './names';
import { exportPackage } from './packageExport';
import { refuseNonEmpty, verifyPackage, writePackage } from './packageImport';
import { checkBackupFile, copyDatabaseOver, summarizeBackup } from './restore';
import { readBackupSettings, writeBackupSettings } from './settings';
import { backupBefore, backupDir, copyToSecondFolder, takeBackup } from './take';

const WEEK_MS = 7 * 86_400_000;

function view(b: BackupFile, summary = false): BackupView {
  let size = 0;
  try {
    size = fs.statSync(b.file).size;
  } catch {
    // listed a moment ago, rotated since: shown with no size
  }
  return { name: b.name, reason: b.reason, at: b.at.toISOString(), size, summary: summary ? summarizeBackup(b.file) : null };
}

function mainOnly(ctx: Session, what: string): void {
  if (ctx.info().workspace !== 'main') throw new AppError('sampleWorkspace', `现在显示的是示例数据，不能${what}；请先在“设置 → 示例数据”中返回我的数据`);
}

export function backupStatus(ctx: Services & Session): BackupStatus {
  const backups = listBackupFiles(backupDir(ctx.databaseFile));
  const settings = readBackupSettings(ctx.databaseFile);
  const undo = backups.find((b) => b.reason === 'restore');
  let secondWarning: string | null = null;
  if (settings.secondFolder) {
    const reachable = fs.existsSync(settings.secondFolder);
    const written = settings.secondWrittenAt ? new Date(settings.secondWrittenAt).getTime() : null;
    if (!reachable) secondWarning = `第二备份位置“${settings.secondFolder}”现在无法访问（U 盘未插入或网络共享未连接？）`;
    else if (written === null || ctx.now().getTime() - written > WEEK_MS) {
      secondWarning = `第二备份位置“${settings.secondFolder}”已超过一周没有写入新的备份${settings.secondError ? `：${settings.secondError}` : ''}`;
    }
  }
  return {
    last: backups[0] ? view(backups[0]) : null,
    secondFolder: settings.secondFolder,
    secondWrittenAt: settings.secondWrittenAt,
    secondWarning,
    undo: undo ? view(undo) : null,
    findings: [...ctx.startupFindings],
  };
}

/** Keeps the current state as a backup, then puts `source` in place of the database. */
async function restore(ctx: Services & Session, source: BackupFile): Promise<{ restored: BackupView; undo: BackupView }> {
  mainOnly(ctx, '恢复备份');
  checkBackupFile(source.file);
  const restored = view(source, true);
  const undo = await takeBackup(ctx.db, ctx.databaseFile, 'restore', ctx.now());
  await ctx.replaceDatabase((file) => copyDatabaseOver(source.file, file, ctx.databaseKey));
  return { restored, undo: view(undo, true) };
}

export function backupHandlers(ctx: Services & Session): HandlersOf<'backup'> {
  const find = (name: string) => {
    const found = listBackupFiles(backupDir(ctx.databaseFile)).find((b) => b.name === name);
    if (!found) throw new AppError('backupNotFound', `找不到备份“${name}”（可能已按保留规则删除），请刷新列表`, 'name');
    return found;
  };
  return {
    'backup.status': () => backupStatus(ctx),
    'backup.list': () => listBackupFiles(backupDir(ctx.databaseFile)).map((b) => view(b, true)),
    'backup.now': async () => {
      mainOnly(ctx, '备份');
      const made = await takeBackup(ctx.db, ctx.databaseFile, 'manual', ctx.now());
      return { ...view(made, true), path: made.file };
    },
    'backup.restore': ({ name }) => restore(ctx, find(name)),
    'backup.undoRestore': () => {
      const undo = listBackupFiles(backupDir(ctx.databaseFile)).find((b) => b.reason === 'restore');
      if (!undo) throw new AppError('nothingToUndo', '没有可以撤销的恢复');
      return restore(ctx, undo);
    },
    'backup.chooseSecondFolder': async () => {
      const folder = await ctx.dialogs.chooseFolder({ title: '选择第二备份位置（U 盘或网络共享文件夹）' });
      if (!folder) return null;
      const inside = path.relative(path.dirname(ctx.databaseFile), path.resolve(folder));
      if (!inside.startsWith('..') && !path.isAbsolute(inside)) {
        throw new AppError('secondFolderInside', '第二备份位置不能在自查通的数据文件夹里面：请选择 U 盘或网络共享上的文件夹', 'folder');
      }
      writeBackupSettings(ctx.databaseFile, { secondFolder: folder, secondWrittenAt: null, secondError: null });
      // A first copy now, so that the officer sees at once whether the folder works.
      const newest = listBackupFiles(backupDir(ctx.databaseFile))[0] ?? (await takeBackup(ctx.db, ctx.databaseFile, 'manual', ctx.now()));
      copyToSecondFolder(ctx.databaseFile, newest, ctx.now());
      return backupStatus(ctx);
    },
    'backup.clearSecondFolder': () => {
      writeBackupSettings(ctx.databaseFile, { secondFolder: null, secondWrittenAt: null, secondError: null });
      return backupStatus(ctx);
    },
    'backup.exportPackage': async () => {
      const target = await ctx.dialogs.saveFile({
        title: '导出迁移包',
        defaultName: `自查通迁移包-${ctx.today()}.${FILE_TYPES.package.ext}`,
        filters: [fileFilter('package')],
      });
      if (!target) return null;
      const done = await exportPackage({ db: ctx.db, databaseFile: ctx.databaseFile, evidenceDir: ctx.evidenceDir, appVersion: ctx.info().version, now: ctx.now() }, target);
      return { ...done, note: writtenNote(target, done.path) };
    },
    'backup.importPackage': async () => {
      mainOnly(ctx, '导入迁移包');
      const [file] = await ctx.dialogs.openFiles({ title: '导入迁移包', filters: [fileFilter('package')], multiple: false });
      return file ? importPackageFile(ctx, file) : null;
    },
  };
}

/** Also the door for a package opened with the app (a double-click on it). */
export async function importPackageFile(ctx: Services & Session, file: string) {
  mainOnly(ctx, '导入迁移包');
  const pkg = await verifyPackage(file);
  refuseNonEmpty(ctx.databaseFile);
  await backupBefore(ctx, 'import');
  let bytes = 0;
  await ctx.replaceDatabase(async (db) => {
    bytes = await writePackage(pkg, db, ctx.evidenceDir);
  });
  return { path: file, files: pkg.manifest.files.length, bytes, note: '' };
}
