// A backup is one SQLite file whose name says everything the list needs: the
// database it came from, its schema version, why it was taken and when (UTC),
// e.g. zicha-v4-before-import-20261123T080000-042-k3f9.sqlite (milliseconds and
// a random part, so that two processes writing in the same instant never collide).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_REASONS, type BackupReason } from '../../../shared/channels/backup';

export type { BackupReason };

/** How a reason reads in a file name: before what, or when. */
const LABELS: Record<BackupReason, string> = {
  startup: 'startup',
  manual: 'manual',
  migration: 'before-migration',
  import: 'before-import',
  bulk: 'before-bulk',
  restore: 'before-restore',
};

export interface BackupFile {
  name: string;
  file: string;
  reason: BackupReason;
  at: Date;
  schemaVersion: number;
  /** Names from before the random part: 1, or 2, 3 … for further backups taken in the same second. */
  seq: number;
}

const PATTERN = /^(.+)-v(\d+)-(startup|manual|before-(?:migration|import|bulk|restore))-(\d{8}T\d{6})(?:-(\d{3})-[0-9a-z]{4}|-(\d+))?\.sqlite$/;

/** UTC, to the second, without separators: sorts as text and is safe in every file system. */
export function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
}

function dateOfStamp(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(stamp);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : new Date(NaN);
}

export function parseBackupName(name: string, dir: string): BackupFile | null {
  const m = PATTERN.exec(name);
  if (!m) return null;
  const reason = BACKUP_REASONS.find((r) => LABELS[r] === m[3]);
  const at = dateOfStamp(m[4] ?? '');
  if (!reason || Number.isNaN(at.getTime())) return null;
  if (m[5]) at.setUTCMilliseconds(Number(m[5]));
  return { name, file: path.join(dir, name), reason, at, schemaVersion: Number(m[2]), seq: Number(m[6] ?? 1) };
}

/** A name no other backup has or will have: the instant to the millisecond and a random part. */
export function newBackupName(databaseFile: string, schemaVersion: number, reason: BackupReason, at: Date): string {
  const ms = String(at.getUTCMilliseconds()).padStart(3, '0');
  const random = randomBytes(4).readUInt32BE(0).toString(36).padStart(4, '0').slice(-4);
  return `${path.basename(databaseFile, '.sqlite')}-v${schemaVersion}-${LABELS[reason]}-${stampOf(at)}-${ms}-${random}.sqlite`;
}

/** Every backup in a folder, newest first (a missing folder has none). */
export function listBackupFiles(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((n) => parseBackupName(n, dir))
    .filter((b): b is BackupFile => b !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.seq - a.seq);
}

/** Renames a file (and a database's -wal and -shm) to <name>.<label>-<stamp>; returns the new path. */
export function keepAside(file: string, label: string, now: Date): string {
  const aside = `${file}.${label}-${stampOf(now)}`;
  for (const extra of ['-wal', '-shm']) {
    if (fs.existsSync(`${file}${extra}`)) fs.renameSync(`${file}${extra}`, `${aside}${extra}`);
  }
  fs.renameSync(file, aside);
  return aside;
}
