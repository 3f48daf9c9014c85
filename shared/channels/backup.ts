// The channels of 设置 → 数据备份: backups (taken, listed, restored, undone), the
// second folder, and the package that moves everything to a new PC.
import { z } from 'zod';
import { noInput, returns } from './common';

export const BACKUP_REASONS = ['startup', 'migration', 'import', 'bulk', 'restore', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const backupReasonLabel: Record<BackupReason, string> = {
  startup: '启动时自动备份',
  migration: '升级数据结构前',
  import: '导入前',
  bulk: '批量修改前',
  restore: '恢复备份前',
  manual: '手动备份',
};

export interface BackupView {
  name: string;
  reason: BackupReason;
  /** ISO moment (UTC). */
  at: string;
  size: number;
  /** What the backup holds; null when it could not be read. */
  summary: { campaigns: number | null; problems: number | null; cases: number | null } | null;
}

export interface BackupStatus {
  last: BackupView | null;
  secondFolder: string | null;
  /** ISO moment of the last copy written to the second folder. */
  secondWrittenAt: string | null;
  /** Why the workbench should warn about the second folder (Chinese), or null. */
  secondWarning: string | null;
  /** The state kept before the last restore: restoring it undoes that restore. */
  undo: BackupView | null;
  /** What the start-up checks found (damaged evidence files), in Chinese. */
  findings: string[];
}

export interface PackageOutcome {
  path: string;
  files: number;
  bytes: number;
  /** Said to the officer when the package went under another name (the old one open elsewhere); else empty. */
  note: string;
}

const backupName = z.string().regex(/^[^/\\]{1,200}\.sqlite$/, '备份文件名不正确');

export const backupChannels = {
  'backup.status': { input: noInput, output: returns<BackupStatus>() },
  /** Every backup in the data folder, newest first, with what each holds. */
  'backup.list': { input: noInput, output: returns<BackupView[]>() },
  /** `path`: where the backup was written (打开所在文件夹). */
  'backup.now': { input: noInput, output: returns<BackupView & { path: string }>() },
  /** Keeps the current state as a backup, then puts the chosen backup in its place. */
  'backup.restore': { input: z.strictObject({ name: backupName }), output: returns<{ restored: BackupView; undo: BackupView }>() },
  'backup.undoRestore': { input: noInput, output: returns<{ restored: BackupView; undo: BackupView }>() },
  /** Asks for the second folder (a folder dialog) and copies the newest backup there; null when cancelled. */
  'backup.chooseSecondFolder': { input: noInput, output: returns<BackupStatus | null>() },
  'backup.clearSecondFolder': { input: noInput, output: returns<BackupStatus>() },
  /** Asks where to save (a native dialog) and writes the migration package; null when cancelled. */
  'backup.exportPackage': { input: noInput, output: returns<PackageOutcome | null>() },
  /** Asks for a package (a file dialog), verifies it whole, then puts it in place of an empty database; null when cancelled. */
  'backup.importPackage': { input: noInput, output: returns<PackageOutcome | null>() },
} as const;
