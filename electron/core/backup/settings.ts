// Where the second copy of every backup goes (a USB drive, a network share) and
// when it was last written. Kept in a small file beside the database rather than
// in it, so that restoring an old backup never forgets the second folder.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files';

const settingsSchema = z.object({
  secondFolder: z.string().min(1).nullable().catch(null),
  /** ISO moment of the last backup copied there. */
  secondWrittenAt: z.string().nullable().catch(null),
  /** Why the last copy failed (Chinese), or null. */
  secondError: z.string().nullable().catch(null),
});
export type BackupSettings = z.infer<typeof settingsSchema>;

const EMPTY: BackupSettings = { secondFolder: null, secondWrittenAt: null, secondError: null };

export function settingsFile(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'backup-settings.json');
}

export function readBackupSettings(databaseFile: string): BackupSettings {
  try {
    return settingsSchema.parse(JSON.parse(fs.readFileSync(settingsFile(databaseFile), 'utf8')));
  } catch {
    // Missing or unreadable: no second folder yet (the officer can choose it again).
    return { ...EMPTY };
  }
}

export function writeBackupSettings(databaseFile: string, settings: BackupSettings): void {
  writeFileAtomic(settingsFile(databaseFile), JSON.stringify(settings, null, 2));
}

/** The folder inside the chosen one that holds our copies, so that rotation only ever touches our own files. */
export function secondBackupDir(secondFolder: string): string {
  return path.join(secondFolder, '自查通备份');
}
