// The channels of the app itself: what the window shows (version, workspace, the
// office's date) and the switch between the office's database and the sample one.
import { noInput, returns } from './common';

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
} as const;
