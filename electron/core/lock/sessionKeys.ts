// The session's key, for the composition root (context.ts delegates here): what is
// open and under which key, the start of the office's database (start-up checks, the
// daily backup), unlocking, locking, and switching the key (a lock set, changed or
// removed). The workspace switch and the replacement of the file stay in context.ts
// and work on the same state.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { checkDatabaseOnStart, checkRecentEvidence } from '../backup/check';
import { protectCopies } from '../backup/protect';
import { startupBackup, takeBackup } from '../backup/take';
import { forgetKeys, keyFilePath, rememberKeys, type Key } from '../db/cipher';
import type { Db } from '../db/open';
import type { Workspace } from '../ports';
import { forgetEvidence, unlockEvidence } from './evidenceConvert';
import { openWithKeysNow } from './keysNow';
import { settleKeySwitch } from './switchKey';

/** What is open: a workspace's file and its connection (null: locked). */
export interface Opened {
  workspace: Workspace;
  file: string;
  db: Db | null;
}

/** Opens (creating and migrating as needed) a file under a key: the composition root's openCatalogDatabase. */
export type OpenFile = (file: string, key: Key | null) => Promise<Db>;

export class SessionKeys {
  /** What the start-up checks found that did not stop the start (damaged evidence files), in Chinese. */
  startupFindings: string[] = [];
  current: Opened;
  /** The office database's key while unlocked; null when it is plain (or locked). */
  key: Key | null = null;

  constructor(
    /** The office's database, whichever workspace is shown. */
    readonly mainFile: string,
    private readonly openFile: OpenFile,
    private readonly now: () => Date,
  ) {
    this.current = { workspace: 'main', file: mainFile, db: null };
  }

  get keyFile(): string {
    return keyFilePath(this.mainFile);
  }

  get lockEnabled(): boolean {
    return fs.existsSync(this.keyFile);
  }

  get locked(): boolean {
    return this.current.db === null;
  }

  get db(): Db {
    if (!this.current.db) throw new AppError('locked', '自查通已锁定：请先输入应用锁密码解锁');
    return this.current.db;
  }

  /** Evidence files live beside the database they belong to. */
  get evidenceDir(): string {
    return path.join(path.dirname(this.current.file), 'evidence');
  }

  /** Opens the office's database under `key` after the start-up checks, with a backup at most once a day (not of a brand-new file). */
  async start(key: Key | null): Promise<void> {
    const file = this.current.file;
    checkDatabaseOnStart(file, this.now());
    const fresh = !fs.existsSync(file);
    const db = await this.openFile(file, key);
    try {
      this.startupFindings = checkRecentEvidence(db, this.evidenceDir, this.now());
      if (!fresh) await this.dailyBackup(db, file);
    } catch (e) {
      db.close();
      throw e;
    }
    this.current = { workspace: 'main', file, db };
    this.key = key;
    // Finishes what a crash during `lock set` left plain (backups encrypted at the next unlock).
    if (key && this.lockEnabled) protectCopies(file, key);
  }

  /** The daily backup failing (a full disk) does not stop the start: the officer is told, and can still read and export. */
  private async dailyBackup(db: Db, file: string): Promise<void> {
    try {
      await startupBackup(db, file, this.now());
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'fileFault') throw e;
      this.startupFindings.push(`今天的自动备份未能完成：${e.message}`);
    }
  }

  /**
   * Opens the office's database with its password or recovery key text; "密码不正确" changes nothing.
   * A key switched by another process meanwhile is followed where the secret still opens it (keysNow.ts).
   */
  async unlock(secret: string): Promise<void> {
    if (!this.locked) return;
    await openWithKeysNow(this.current.file, async () => secret, async (keys) => {
      rememberKeys(keys);
      // Again on each try: after `lock remove` no evidence key may stay in use (new files would be sealed under none kept).
      unlockEvidence(this.evidenceDir, this.keyFile, keys[0]);
      await this.start(keys[0] ?? null);
    });
    // A re-key cut short under the old key was rolled back by that open: its leftovers can go now.
    settleKeySwitch(this.current.file);
  }

  /** Closes the database and forgets its keys; the window shows the unlock screen. */
  lock(): void {
    if (!this.lockEnabled) throw new AppError('noLock', '尚未设置应用锁密码，无法锁定');
    this.current.db?.close();
    this.current = { workspace: 'main', file: this.mainFile, db: null };
    this.key = null;
    forgetKeys();
    forgetEvidence(this.evidenceDir);
  }

  /**
   * Puts the office's database under `key` (null: decrypted) after a backup under
   * the old key; `commit` re-keys it and writes its key file. A failure leaves the old state.
   */
  async switchKey(key: Key | null, commit: (db: Db, file: string) => Promise<void>): Promise<void> {
    const { workspace, file } = this.current;
    const db = this.db;
    if (workspace !== 'main') throw new AppError('sampleWorkspace', '现在显示的是示例数据：请先在“设置 → 示例数据”中返回我的数据，再设置应用锁');
    await takeBackup(db, file, 'bulk', this.now());
    try {
      await commit(db, file);
    } catch (e) {
      // A re-key that failed was rolled back by SQLite, but a failure after its commit (the key file, the
      // way back to WAL) left the file under the new key: settled, it opens under whichever key now agrees.
      db.close();
      this.current = { workspace, file, db: null };
      settleKeySwitch(file);
      await this.reopenUnder(file, [this.key, key]);
      throw e;
    }
    if (key) rememberKeys([key]);
    this.key = key;
  }

  /**
   * Opens the file with the first of `keys` that agrees with the key file (a key
   * while there is one, none without) and opens it. When none does, it stays closed
   * (the unlock screen), never a closed connection left in place.
   */
  private async reopenUnder(file: string, keys: readonly (Key | null)[]): Promise<void> {
    this.key = null;
    for (const key of keys.filter((k) => (k !== null) === this.lockEnabled)) {
      try {
        this.current.db = await this.openFile(file, key);
      } catch {
        continue;
      }
      if (key) rememberKeys([key]);
      this.key = key;
      return;
    }
  }
}
