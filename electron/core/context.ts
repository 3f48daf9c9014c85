// The one composition root (issue 17): it builds the `Services` every feature
// receives and the `Session` that opens, switches, locks and replaces the
// database, both as one AppContext; the start, unlocking, locking and the key
// switch are lock/sessionKeys.ts's, on the state both share. Only the doors (api.ts,
// cli/, cli.ts, cliMain.ts, electron/main) and tests import it; features see ports.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { localIsoDate } from '../../shared/dates';
import { backupBeforeMigration, removeLeftovers } from './backup/take';
import { loadBuiltinCampaigns } from './campaigns/builtin';
import type { Key } from './db/cipher';
import { openDatabase, type Db } from './db/open';
import { buildDemo } from './demo/demo';
import { clearOpenCopies } from './evidenceStore';
import { forgetEvidence } from './lock/evidenceConvert';
import { SessionKeys } from './lock/sessionKeys';
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
  /** What is open and under which key: unlocking, locking and switching the key are there. */
  private readonly keys: SessionKeys;

  private constructor(
    readonly options: ContextOptions,
    file: string,
  ) {
    this.now = options.now ?? (() => new Date());
    this.keys = new SessionKeys(file, (f, key) => openCatalogDatabase(f, options.resourcesDir, this.now, key), this.now);
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
    const ctx = new AppContext(options, file);
    if (!ctx.lockEnabled) await ctx.keys.start(null);
    else if (options.secret !== undefined) await ctx.unlock(options.secret);
    return ctx;
  }

  get startupFindings(): readonly string[] {
    return this.keys.startupFindings;
  }

  get lockEnabled(): boolean {
    return this.keys.lockEnabled;
  }

  get locked(): boolean {
    return this.keys.locked;
  }

  get keyFile(): string {
    return this.keys.keyFile;
  }

  unlock(secret: string): Promise<void> {
    return this.keys.unlock(secret);
  }

  lock(): void {
    this.keys.lock();
  }

  switchKey(key: Key | null, commit: (db: Db, file: string) => Promise<void>): Promise<void> {
    return this.keys.switchKey(key, commit);
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
    return this.keys.current.workspace;
  }

  get db(): Db {
    return this.keys.db;
  }

  /** The office database's key (null: plain), for copies that must stay under it. */
  get databaseKey(): Key | null {
    return this.keys.current.workspace === 'main' ? this.keys.key : null;
  }

  get databaseFile(): string {
    return this.keys.current.file;
  }

  get evidenceDir(): string {
    return this.keys.evidenceDir;
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
      workspace: this.keys.current.workspace,
      databaseFile: this.keys.current.file,
      today: this.today(),
    };
  }

  /** The sample database lives in its own file and is built on first use; the office's own is never touched. */
  async useWorkspace(workspace: Workspace): Promise<AppInfo> {
    if (workspace === this.keys.current.workspace) return this.info();
    const file =
      workspace === 'main' ? this.keys.mainFile : path.join(this.options.dataDir, SAMPLE_DB_PATH);
    const fresh = !fs.existsSync(file);
    const db = await openCatalogDatabase(file, this.options.resourcesDir, this.now, workspace === 'main' ? this.keys.key : null);
    if (workspace === 'sample' && fresh) buildDemo(db, { scale: 1, evidenceDir: path.join(path.dirname(file), 'evidence') });
    this.db.close();
    this.keys.current = { workspace, file, db };
    return this.info();
  }

  /**
   * Closes the current database, lets `work` replace its file (a restore, a
   * package import), and opens the result in its place. When `work` fails, the
   * untouched file is opened again.
   */
  async replaceDatabase(work: (file: string) => Promise<void>): Promise<AppInfo> {
    const { workspace, file } = this.keys.current;
    this.db.close();
    let failure: unknown = null;
    try {
      await work(file);
    } catch (e) {
      failure = e;
    }
    if (workspace === 'main' && this.lockEnabled && !this.keys.key) {
      // An encrypted package came in: it opens with its own password, on the unlock screen.
      this.keys.current = { workspace, file, db: null };
      if (failure) throw failure;
      return this.info();
    }
    const db = await openCatalogDatabase(file, this.options.resourcesDir, this.now, workspace === 'main' ? this.keys.key : null);
    this.keys.current = { workspace, file, db };
    if (failure) throw failure;
    return this.info();
  }

  close(): void {
    this.keys.current.db?.close();
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
