// Start-up checks: the database's quick_check and the hashes of recently added
// evidence. A failure never deletes anything: the damaged file is renamed aside
// and the officer is told which backup to restore.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { openAnyKey } from '../db/cipher';
import type { Db } from '../db/open';
import { pluck, sql } from '../db/sql';
import { filesStoredSince, readEvidence, storedPath } from '../evidenceStore';
import { fileIsSealed } from '../lock/evidenceCipher';
import { keepAside, listBackupFiles, type BackupFile } from './names';
import { checkBackupFile } from './restore';
import { backupDir } from './take';

const RECENT_EVIDENCE_DAYS = 30;

/** The newest backup that passes its own check. */
export function lastGoodBackup(databaseFile: string): BackupFile | null {
  for (const b of listBackupFiles(backupDir(databaseFile))) {
    try {
      checkBackupFile(b.file);
      return b;
    } catch {
      // damaged too: try the one before
    }
  }
  return null;
}

function quickCheck(file: string): string {
  try {
    const db = openAnyKey(file, { fileMustExist: true });
    try {
      return pluck<string>(db, sql`PRAGMA quick_check`).join('；');
    } finally {
      db.close();
    }
  } catch (e) {
    // Only damage is damage: a busy or locked file, or one that is not a database at
    // all (some other file named by --db), is left to openDatabase to refuse unchanged.
    if (/^SQLITE_CORRUPT/.test((e as { code?: string }).code ?? '')) return (e as Error).message;
    return 'ok';
  }
}

/**
 * Before the database is opened for work: a file that fails quick_check is kept
 * aside and the start-up stops with the last good backup named.
 */
export function checkDatabaseOnStart(databaseFile: string, now: Date): void {
  if (!fs.existsSync(databaseFile)) return;
  const verdict = quickCheck(databaseFile);
  if (verdict === 'ok') return;
  const aside = keepAside(databaseFile, 'damaged', now);
  const good = lastGoodBackup(databaseFile);
  const offer = good
    ? `最近一次完好的备份是“${good.name}”（${good.at.toLocaleString('zh-CN')}）：重新打开自查通后在“设置 → 数据备份”中恢复它，或由信息科运行 npm run zicha -- restore --db "${databaseFile}" --from "${good.file}"。`
    : '没有找到完好的备份：请从第二备份位置或迁移包恢复。';
  throw new AppError(
    'databaseDamaged',
    `数据库文件“${path.basename(databaseFile)}”已损坏（完整性检查发现 ${verdict.split('；').length} 处问题）。原文件已改名为“${path.basename(aside)}”保留，未删除任何内容。${offer}`,
  );
}

/**
 * Checks the evidence added in the last 30 days against its hash (a sealed file
 * is decrypted first, which also checks its GCM tag). A damaged file is kept
 * aside (so it is never shown as evidence); each finding is one sentence.
 */
export function checkRecentEvidence(db: Db, evidenceDir: string, now: Date): string[] {
  const since = new Date(now.getTime() - RECENT_EVIDENCE_DAYS * 86_400_000).toISOString();
  const findings: string[] = [];
  for (const { sha256, storedAt } of filesStoredSince(db, since)) {
    const label = `佐证材料文件 ${sha256.slice(0, 12)}…（${storedAt.slice(0, 10)} 添加）`;
    try {
      readEvidence(evidenceDir, sha256);
    } catch (e) {
      const code = e instanceof AppError ? e.code : '';
      if (code === 'evidenceMissing') findings.push(`${label}已丢失，请从第二备份位置或迁移包找回`);
      else if (code === 'evidenceLocked') findings.push(`${label}已加密，但没有可用的密钥，未能校验`);
      else if (code === 'evidenceDamaged') {
        const file = storedPath(evidenceDir, sha256);
        const what = fileIsSealed(file) ? '已损坏或被改动（加密校验未通过）' : '已损坏（校验值不符）';
        const aside = keepAside(file, 'damaged', now);
        findings.push(`${label}${what}，已改名为“${path.basename(aside)}”保留，请从第二备份位置或迁移包找回`);
      } else throw e;
    }
  }
  return findings;
}
