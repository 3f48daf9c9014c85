// The channels of the app itself: what the window shows (version, workspace, the
// office's date), the switch between the office's database and the sample one, and
// opening what this session exported.
import { z } from 'zod';
import { noInput, returns } from './common';

/** A file this session exported (the path its export returned); any other is refused. */
const exportedFile = z.strictObject({ path: z.string().min(1, '请指定文件').max(4096, '路径过长') });

export interface AppInfo {
  version: string;
  /** Which database the window shows: the office's own, or the sample one. */
  workspace: 'main' | 'sample';
  databaseFile: string;
  /** The office's calendar date (YYYY-MM-DD), from the app's clock. */
  today: string;
}

export const appChannels = {
  'app.info': { input: noInput, output: returns<AppInfo>() },
  /** Builds (if needed) and switches to the separate sample database. */
  'app.openSample': { input: noInput, output: returns<AppInfo>() },
  'app.closeSample': { input: noInput, output: returns<AppInfo>() },
  /** 打开文件: hands an exported file (or an exported folder) to its own program. */
  'app.openExported': { input: exportedFile, output: returns<null>() },
  /** 打开所在文件夹: shows an exported file in its folder. */
  'app.showExported': { input: exportedFile, output: returns<null>() },
} as const;
