// The one composition root (issue 17): it builds the `Services` every feature
// receives and the `Session` that opens, switches, locks and replaces the
// database, both as one AppContext. Only the doors (api.ts, cli/, cli.ts,
// cliMain.ts, electron/main) and tests import it; features see ports.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { localIsoDate } from '../../shared/dates';
import { checkDatabaseOnStart, checkRecentEvidence } from './backup/check';
import { protectCopies } from './backup/protect';
import { backupBeforeMigration, removeLeftovers, startupBackup, takeBackup } from './backup/take';
import { loadBuiltinCampaigns } from './campaigns/builtin';
import { forgetKeys, keyFilePath, rememberKeys, type Key } from './db/cipher';
import { openDatabase, type Db } from './db/open';
import { buildDemo } from './demo/demo';
import { clearOpenCopies } from './evidenceStore';
import { forgetEvidence, unlockEvidence } from './lock/evidenceConvert';
import { openWithKeysNow } from './lock/keysNow';
import { settleKeySwitch } from './lock/switchKey';
import { getOperator } from './org/org';
import { noPrinter } from './print/printer';
import type { Desktop, Dialogs, FontSource, Printer, Services, Session, Workspace } from './ports';

export interface ContextOptions {
  dataDir: string;
  /** The office's database; defaults to zicha.sqlite in dataDir. */
  databaseFile?: string;
  resourcesDir: string;
  version: string;
  dialogs: Dialogs;
  desktop: Desktop;
  /** Chromium's print path; PDFs and printouts are refused without it. */
  printer?: Printer;
  now?: () => Date;
  /** The app lock's password (or a recovery key file's text); without it an encrypted database opens locked. */
  secret?: string;
  /** Where installed fonts are looked for; this computer's own when omitted (tests give a stand-in folder). */
  fonts?: FontSource;
}

export const MAIN_DB_NAME = 'zicha.sqlite';
export const SAMPLE_DB_PATH = path.join('sample', 'zicha-sample.sqlite');

export class AppContext implements Services, Session {
  readonly now: () => Date;
  /** What the start-up checks found that did not stop the start (damaged evidence files), in Chinese. */
  startupFindings: string[] = [];
  private current: { workspace: Workspace; file: string; db: Db | null };
  /** The office database's key while unlocked; null when it is plain (or locked). */
  private key: Key | null = null;

  private constructor(
    readonly options: ContextOptions,
    initial: { workspace: Workspace; file: string; db: Db | null },
  ) {
    this.now = options.now ?? (() => new Date());
    this.current = initial;
  }

  /**
   * Opens the office's database after the start-up checks, with a backup at most
   * once a day (not of a brand-new file). An encrypted one stays locked (no
   * database open) until `unlock`, unless the options carry its password.
   */
  static async open(options: ContextOptions): Promise<AppContext> {
    const file = options.databaseFile ?? path.join(options.dataDir, MAIN_DB_NAME);
    settleKeySwitch(file);
    removeLeftovers(file);
    clearOpenCopies(path.join(path.dirname(file), 'evidence'));
    const ctx = new AppContext(options, { workspace: 'main', file, db: null });
    if (!ctx.lockEnabled) await ctx.start(null);
    else if (options.secret !== undefined) await ctx.unlock(options.secret);
    return ctx;
  }

  private async start(key: Key | null): Promise<void> {
    const file = this.current.file;
    checkDatabaseOnStart(file, this.now());
    const fresh = !fs.existsSync(file);
    const db = await openCatalogDatabase(file, this.options.resourcesDir, this.now, key);
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

  get lockEnabled(): boolean {
    return fs.existsSync(this.keyFile);
  }

  get locked(): boolean {
    return this.current.db === null;
  }

  get keyFile(): string {
    return keyFilePath(this.options.databaseFile ?? path.join(this.options.dataDir, MAIN_DB_NAME));
  }

  /**
   * Opens the office's database with its password or recovery key text; "密码不正确" changes nothing.
   * A key switched by another process meanwhile is followed where the secret still opens it (lock/keysNow.ts).
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
    const file = this.options.databaseFile ?? path.join(this.options.dataDir, MAIN_DB_NAME);
    this.current = { workspace: 'main', file, db: null };
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
        this.current.db = await openCatalogDatabase(file, this.options.resourcesDir, this.now, key);
      } catch {
        continue;
      }
      if (key) rememberKeys([key]);
      this.key = key;
      return;
    }
  }

  get printer(): Printer {
    return this.options.printer ?? noPrinter;
  }

  get dialogs(): Dialogs {
    return this.options.dialogs;
  }

  get desktop(): Desktop {
    return this.options.desktop;
  }

  get fontSource(): FontSource | undefined {
    return this.options.fonts;
  }

  get workspace(): Workspace {
    return this.current.workspace;
  }

  get db(): Db {
    if (!this.current.db) throw new AppError('locked', '自查通已锁定：请先输入应用锁密码解锁');
    return this.current.db;
  }

  /** The office database's key (null: plain), for copies that must stay under it. */
  get databaseKey(): Key | null {
    return this.current.workspace === 'main' ? this.key : null;
  }

  get databaseFile(): string {
    return this.current.file;
  }

  /** Evidence files live beside the database they belong to. */
  get evidenceDir(): string {
    return path.join(path.dirname(this.current.file), 'evidence');
  }

  /** Who is working: recorded with answers, files and sign-offs. */
  operator(): string {
    return getOperator(this.db);
  }

  /** Moments are stored as ISO text in UTC. */
  stamp(): string {
    return this.now().toISOString();
  }

  today(): string {
    return localIsoDate(this.now());
  }

  info(): AppInfo {
    return {
      version: this.options.version,
      workspace: this.current.workspace,
      databaseFile: this.current.file,
      today: this.today(),
    };
  }

  /** The sample database lives in its own file and is built on first use; the office's own is never touched. */
  async useWorkspace(workspace: Workspace): Promise<AppInfo> {
    if (workspace === this.current.workspace) return this.info();
    const file =
      workspace === 'main'
        ? (this.options.databaseFile ?? path.join(this.options.dataDir, MAIN_DB_NAME))
        : path.join(this.options.dataDir, SAMPLE_DB_PATH);
    const fresh = !fs.existsSync(file);
    const db = await openCatalogDatabase(file, this.options.resourcesDir, this.now, workspace === 'main' ? this.key : null);
    if (workspace === 'sample' && fresh) buildDemo(db, { scale: 1, evidenceDir: path.join(path.dirname(file), 'evidence') });
    this.db.close();
    this.current = { workspace, file, db };
    return this.info();
  }

  /**
   * Closes the current database, lets `work` replace its file (a restore, a
   * package import), and opens the result in its place. When `work` fails, the
   * untouched file is opened again.
   */
  async replaceDatabase(work: (file: string) => Promise<void>): Promise<AppInfo> {
    const { workspace, file } = this.current;
    this.db.close();
    let failure: unknown = null;
    try {
      await work(file);
    } catch (e) {
      failure = e;
    }
    if (workspace === 'main' && this.lockEnabled && !this.key) {
      // An encrypted package came in: it opens with its own password, on the unlock screen.
      this.current = { workspace, file, db: null };
      if (failure) throw failure;
      return this.info();
    }
    const db = await openCatalogDatabase(file, this.options.resourcesDir, this.now, workspace === 'main' ? this.key : null);
    this.current = { workspace, file, db };
    if (failure) throw failure;
    return this.info();
  }

  close(): void {
    this.current.db?.close();
    forgetEvidence(path.join(path.dirname(this.keyFile), 'evidence'));
  }
}

/** Opens (creating and migrating as needed) a database and brings its built-in campaigns up to date. */
export async function openCatalogDatabase(file: string, resourcesDir: string, now: () => Date, key: Key | null = null): Promise<Db> {
  const db = await openDatabase(file, { now, key, beforeMigrate: backupBeforeMigration });
  try {
    loadBuiltinCampaigns(db, path.join(resourcesDir, 'campaigns'), now().toISOString());
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/**
 * Ports whose answers are fixed in advance: the command line names its files up
 * front, and tests choose for the officer. Opening a file in its own program is
 * refused, as there is no desktop to open it on.
 */
export function fixedPorts(choices: { saveTo?: string | null; openFiles?: string[]; folder?: string | null } = {}): {
  dialogs: Dialogs;
  desktop: Desktop;
} {
  return {
    dialogs: {
      saveFile: async () => choices.saveTo ?? null,
      openFiles: async () => choices.openFiles ?? [],
      chooseFolder: async () => choices.folder ?? null,
    },
    desktop: {
      openPath: async () => {
        throw new AppError('noDesktop', '命令行下不能用其他程序打开文件');
      },
      showItemInFolder: async () => {
        throw new AppError('noDesktop', '命令行下不能打开文件所在的文件夹');
      },
    },
  };
}
