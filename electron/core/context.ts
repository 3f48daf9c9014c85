// Everything a handler needs: the open database (the office's own or the sample
// one), where files live, the clock, and the ports to what only the shell can do.
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { localIsoDate } from '../../shared/dates';
import { checkDatabaseOnStart, checkRecentEvidence } from './backup/check';
import { startupBackup } from './backup/take';
import { loadBuiltinCampaigns } from './campaigns/builtin';
import { openDatabase, type Db } from './db/open';
import { buildDemo } from './demo/demo';
import { getOperator } from './org/org';
import { noPrinter, type Printer } from './print/printer';

type Filters = { name: string; extensions: string[] }[];

/** Native dialogs: Electron's in the app, a stand-in returning chosen paths in tests. */
export interface Dialogs {
  saveFile(options: { title: string; defaultName: string; filters: Filters }): Promise<string | null>;
  /** Empty when cancelled. */
  openFiles(options: { title: string; filters: Filters; multiple: boolean }): Promise<string[]>;
  chooseFolder(options: { title: string }): Promise<string | null>;
}

/** The desktop: opening a file in its own program (Word, a PDF reader …). */
export interface Desktop {
  openPath(file: string): Promise<void>;
}

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
}

export type Workspace = AppInfo['workspace'];

export const MAIN_DB_NAME = 'zicha.sqlite';
export const SAMPLE_DB_PATH = path.join('sample', 'zicha-sample.sqlite');

export class AppContext {
  readonly now: () => Date;
  /** What the start-up checks found that did not stop the start (damaged evidence files), in Chinese. */
  startupFindings: string[] = [];
  private current: { workspace: Workspace; file: string; db: Db };

  private constructor(
    readonly options: ContextOptions,
    initial: { workspace: Workspace; file: string; db: Db },
  ) {
    this.now = options.now ?? (() => new Date());
    this.current = initial;
  }

  /** Opens the office's database after the start-up checks, with a backup at most once a day (not of a brand-new file). */
  static async open(options: ContextOptions): Promise<AppContext> {
    const file = options.databaseFile ?? path.join(options.dataDir, MAIN_DB_NAME);
    const now = options.now ?? (() => new Date());
    checkDatabaseOnStart(file, now());
    const fresh = !fs.existsSync(file);
    const db = await openCatalogDatabase(file, options.resourcesDir, now);
    const ctx = new AppContext(options, { workspace: 'main', file, db });
    try {
      ctx.startupFindings = checkRecentEvidence(db, ctx.evidenceDir, now());
      if (!fresh) await startupBackup(db, file, now());
    } catch (e) {
      db.close();
      throw e;
    }
    return ctx;
  }

  get printer(): Printer {
    return this.options.printer ?? noPrinter;
  }

  get db(): Db {
    return this.current.db;
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

  get campaignsDir(): string {
    return path.join(this.options.resourcesDir, 'campaigns');
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
    const db = await openCatalogDatabase(file, this.options.resourcesDir, this.now);
    if (workspace === 'sample' && fresh) buildDemo(db, { scale: 1, evidenceDir: path.join(path.dirname(file), 'evidence') });
    this.current.db.close();
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
    this.current.db.close();
    let failure: unknown = null;
    try {
      await work(file);
    } catch (e) {
      failure = e;
    }
    const db = await openCatalogDatabase(file, this.options.resourcesDir, this.now);
    this.current = { workspace, file, db };
    if (failure) throw failure;
    return this.info();
  }

  close(): void {
    this.current.db.close();
  }
}

/** Opens (creating and migrating as needed) a database and brings its built-in campaigns up to date. */
export async function openCatalogDatabase(file: string, resourcesDir: string, now: () => Date): Promise<Db> {
  const db = await openDatabase(file, { now });
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
    },
  };
}
