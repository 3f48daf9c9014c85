// Door 1: Electron IPC. Each channel of shared/api.ts is bound to the same
// `invoke` the other doors use, after checking that the sender is our own page.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../shared/api';
import { channelNames } from '../../shared/bridge';
import { invoke, type Handlers } from '../core/api';
import { isTrustedUrl } from './security';

export function bindIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, devServerUrl: string | undefined): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedUrl(event.senderFrame?.url, devServerUrl)) {
        return { ok: false, error: { code: 'forbidden', message: '请求来自未知页面，已拒绝' } };
      }
      return invoke(handlers, channel, input);
    });
  }
}
