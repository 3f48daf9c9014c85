// Preload: contextBridge and ipcRenderer only. It exposes window.zicha, one method
// per channel of shared/api.ts, built by the same function the test harness uses.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, channelNames } from '../../shared/bridge';

contextBridge.exposeInMainWorld(
  'zicha',
  buildBridge(channelNames, (channel, input) => ipcRenderer.invoke(channel, input)),
);
