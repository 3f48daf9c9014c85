// The app's core as a test opens it: a fresh data folder, a fixed clock, dialog
// stand-ins that choose the given files, and calls through the real `invoke`.
import { createHandlers, invoke } from '../../electron/core/api';
import { AppContext, fixedPorts } from '../../electron/core/context';
import type { Printer } from '../../electron/core/ports';
import { resourcesDir, tempDir } from './temp';

export interface OpenAppOptions {
  saveTo?: string;
  openFiles?: string[];
  /** ISO moment of the app clock; 2020-11-20 10:00 in Beijing unless given. */
  now?: string;
  printer?: Printer;
  dataDir?: string;
}

export async function openApp(options: OpenAppOptions = {}) {
  const dataDir = options.dataDir ?? tempDir();
  const ctx = await AppContext.open({
    dataDir,
    resourcesDir,
    version: '0.0.0-test',
    now: () => new Date(options.now ?? '2020-11-20T10:00:00+08:00'),
    ...fixedPorts({ saveTo: options.saveTo ?? null, openFiles: options.openFiles ?? [] }),
    ...(options.printer ? { printer: options.printer } : {}),
  });
  const handlers = createHandlers(ctx);
  const call = async (channel: string, input: unknown) => {
    const r = await invoke(handlers, channel, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as never;
  };
  /** The Chinese message of a refused call. */
  const refused = async (channel: string, input: unknown) => {
    const r = await invoke(handlers, channel, input);
    if (r.ok) throw new Error(`${channel} was expected to fail`);
    return r.error.message;
  };
  return { ctx, dataDir, call, refused };
}
