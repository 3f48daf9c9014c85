// Door 1: Electron IPC. Each channel of shared/api.ts is bound to the same
// `invoke` the other doors use, after checking who asks: the top frame of our
// own main window, showing our own page. Anything else gets an AppError.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Result } from '../../shared/api';
import { channelNames } from '../../shared/bridge';
import { AppError } from '../../shared/errors';
import { invoke } from '../core/api';
import type { Handlers } from '../core/handlerTypes';
import { isTrustedUrl } from './security';

export interface Senders {
  /** The electron-vite dev server, trusted like app://zicha in development. */
  devServerUrl: string | undefined;
  /** True only for the main window's webContents (print windows and others are refused). */
  isMainWindow(sender: WebContents): boolean;
}

const FORBIDDEN = new AppError('forbidden', '请求来自未知页面或窗口，已拒绝').toData();

export function isTrustedSender(event: IpcMainInvokeEvent, senders: Senders): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!isTrustedUrl(frame.url, senders.devServerUrl)) return false;
  return Boolean(event.sender) && senders.isMainWindow(event.sender);
}

export function bindIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, senders: Senders): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, senders)) return { ok: false, error: FORBIDDEN };
      return invoke(handlers, channel, input);
    });
  }
}
