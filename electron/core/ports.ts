// What a feature receives (issue 17): the ports to what only the shell can do
// (native dialogs, the desktop, Chromium's print path, system notifications), the
// narrow `Services` every feature works with, and the `Session` that only backup/,
// lock/ and app/ (the switch to the sample data) use to open, lock or replace the database.
// context.ts builds both; this file is a leaf: no feature is imported here, so
// importing it never pulls a feature (or a cycle) in.
import type { AppInfo } from '../../shared/api';
import type { Key } from './db/cipher';
import type { Db } from './db/open';

type Filters = { name: string; extensions: string[] }[];

/** Native dialogs: Electron's in the app, a stand-in returning chosen paths in tests. */
export interface Dialogs {
  saveFile(options: { title: string; defaultName: string; filters: Filters }): Promise<string | null>;
  /** Empty when cancelled. */
  openFiles(options: { title: string; filters: Filters; multiple: boolean }): Promise<string[]>;
  chooseFolder(options: { title: string }): Promise<string | null>;
}

/** The desktop: opening a file in its own program (Word, a PDF reader …), or its folder. */
export interface Desktop {
  openPath(file: string): Promise<void>;
  /** Opens the file's folder in the file manager with the file selected. */
  showItemInFolder(file: string): Promise<void>;
}

/** The files this session exported (absolute paths): the only ones 打开文件 / 打开所在文件夹 may open. */
export type ExportedFiles = Set<string>;

/** The Chromium print path (DESIGN.md): Electron's printToPDF in the app, Playwright's page.pdf() in tests and on the CLI. */
export interface Printer {
  /** Prints a self-contained page (no scripts; its CSS @page sets paper and margins) to PDF. */
  pdf(html: string): Promise<Uint8Array>;
  /** Shows the system print dialog for the page; false when the officer cancelled. */
  print(html: string): Promise<boolean>;
  /**
   * The face this printer's Chromium takes for a CSS family name, or null where it
   * has none; a printer that can tell lets a page carry only the glyphs it uses (print/embed.ts).
   */
  fontFace?(family: string): Promise<FaceFile | null>;
}

/** A face in a font file (a .ttc holds several). */
export interface FaceFile {
  file: string;
  index: number;
}

/** The shell's system notifications. */
export interface Notifier {
  show(note: { title: string; body: string }): void;
}

/** Where installed fonts are looked for: folders of font files, or fontconfig's fc-list. */
export type FontSource = { kind: 'folders'; dirs: string[] } | { kind: 'fontconfig'; command: string };

export type Workspace = AppInfo['workspace'];

/** Everything a feature's handlers need: the open database, the clock, who is working, and the ports. */
export interface Services {
  /** The open database (the office's own or the sample one); reading it while locked is refused. */
  readonly db: Db;
  readonly now: () => Date;
  /** The local calendar date, YYYY-MM-DD. */
  today(): string;
  /** This moment as stored: ISO text in UTC. */
  stamp(): string;
  /** Who is working: recorded with answers, files and sign-offs. */
  operator(): string;
  /** Evidence files live beside the database they belong to. */
  readonly evidenceDir: string;
  readonly dialogs: Dialogs;
  readonly desktop: Desktop;
  readonly printer: Printer;
  /** Where 设置 → 公文字体 looks for installed fonts; undefined: this computer's own. */
  readonly fontSource: FontSource | undefined;
  /** Which database is open; the sample one is disposable and gets no backups. */
  readonly workspace: Workspace;
  /** The open database's file (its backups live beside it). */
  readonly databaseFile: string;
}

/** The session: which database is open and under which key. Only backup/, lock/ and app/ use it. */
export interface Session {
  info(): AppInfo;
  /** An encrypted database stays closed until unlocked. */
  readonly locked: boolean;
  /** A key file lies beside the office's database. */
  readonly lockEnabled: boolean;
  /** Where the office database's key file is (or would be). */
  readonly keyFile: string;
  /** The office database's key (null: plain), for copies that must stay under it. */
  readonly databaseKey: Key | null;
  /** What the start-up checks found that did not stop the start (damaged evidence files), in Chinese. */
  readonly startupFindings: readonly string[];
  /** Opens the office's database with its password or recovery key text; "密码不正确" changes nothing. */
  unlock(secret: string): Promise<void>;
  /** Closes the database and forgets its keys; the window shows the unlock screen. */
  lock(): void;
  /**
   * Puts the office's database under `key` (null: decrypted) after a backup under
   * the old key; `commit` re-keys the file and writes its key file. A failure leaves the old state.
   */
  switchKey(key: Key | null, commit: (db: Db, file: string) => Promise<void>): Promise<void>;
  /** Switches between the office's database and the sample one (built on first use). */
  useWorkspace(workspace: Workspace): Promise<AppInfo>;
  /** Closes the database, lets `work` replace its file (a restore, a package import), and opens the result. */
  replaceDatabase(work: (file: string) => Promise<void>): Promise<AppInfo>;
}
