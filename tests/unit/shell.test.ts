// The Electron shell, checked with a stand-in for the 'electron' module because
// the Electron binary cannot launch here: window options, lock-down, IPC sender
// checks, the app protocol, and the start-up wiring of electron/main/index.ts.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/bridge';
import { bindIpc } from '../../electron/main/ipc';
import { handleAppProtocol } from '../../electron/main/protocol';
import { APP_ENTRY, denyPermissions, isOwnUrl, lockDown, windowOptions } from '../../electron/main/security';
import type { Handlers } from '../../electron/core/handlerTypes';

const fake = vi.hoisted(() => {
  const state = {
    windows: [] as { options: unknown; webContents: unknown; url?: string }[],
    ipc: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    protocolHandler: undefined as undefined | ((req: Request) => Response | Promise<Response>),
    privileged: [] as unknown[],
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    permission: undefined as undefined | ((...args: unknown[]) => void),
    loaded: undefined as undefined | (() => void),
    userData: '',
    saveTo: null as string | null,
    shell: [] as [string, string][],
  };
  const loaded = new Promise<void>((resolve) => { state.loaded = resolve; });
  class BrowserWindow {
    readonly webContents = { id: state.windows.length + 1 };
    constructor(readonly options: unknown) { state.windows.push({ options, webContents: this.webContents }); }
    isDestroyed() { return false; }
    once() {}
    on() {}
    isMinimized() { return false; }
    async loadURL(url: string) { const w = state.windows.at(-1); if (w) w.url = url; state.loaded?.(); }
  }
  const electron = {
    app: {
      isPackaged: false,
      getVersion: () => '0.0.0-test',
      getPath: () => state.userData,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      on: (event: string, fn: (...args: unknown[]) => void) => state.appEvents.set(event, fn),
      quit: () => {},
      exit: () => {},
    },
    BrowserWindow,
    dialog: {
      showSaveDialog: async () => (state.saveTo ? { canceled: false, filePath: state.saveTo } : { canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showErrorBox: () => {},
    },
    shell: {
      openPath: async (file: string) => {
        state.shell.push(['openPath', file]);
        return '';
      },
      showItemInFolder: (file: string) => void state.shell.push(['showItemInFolder', file]),
    },
    ipcMain: { handle: (ch: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => state.ipc.set(ch, fn) },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => state.privileged.push(...s),
      handle: (_scheme: string, fn: (req: Request) => Response) => { state.protocolHandler = fn; },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: (...args: unknown[]) => void) => { state.permission = fn; },
        setPermissionCheckHandler: () => {},
        setDevicePermissionHandler: () => {},
      },
    },
  };
  return { state, electron, loaded };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (event: string, fn: (...args: unknown[]) => void) => emitter.on(event, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => { openHandler = fn; },
    navigate(event: string, url?: string) {
      let prevented = false;
      emitter.emit(event, { preventDefault: () => { prevented = true; } }, url);
      return prevented;
    },
    open: (url = 'about:blank') => openHandler?.({ url }),
  };
}

describe('the window', () => {
  it('isolates the page: context isolation, sandbox, no Node, no webview', () => {
    const prefs = windowOptions('/app/preload/index.cjs').webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
      preload: '/app/preload/index.cjs',
    });
  });

  it('denies new windows, navigation away, redirects and webviews', () => {
    const contents = fakeContents();
    lockDown(contents as never, undefined);
    expect(contents.open()).toEqual({ action: 'deny' });
    expect(contents.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///C:/Windows/win.ini')).toBe(true);
    expect(contents.navigate('will-redirect', 'http://127.0.0.1/')).toBe(true);
    expect(contents.navigate('will-navigate', `${APP_ENTRY}#/campaigns`)).toBe(false);
    expect(contents.navigate('will-attach-webview')).toBe(true);
  });

  it('grants no permission', () => {
    let granted: boolean | undefined;
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let device: (() => boolean) | undefined;
    denyPermissions({
      setPermissionRequestHandler: (fn: typeof request) => { request = fn; },
      setPermissionCheckHandler: (fn: typeof check) => { check = fn; },
      setDevicePermissionHandler: (fn: typeof device) => { device = fn; },
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      granted = undefined;
      request?.(null, permission, (ok) => { granted = ok; });
      expect(granted).toBe(false);
    }
    expect(check?.()).toBe(false);
    expect(device?.()).toBe(false);
  });

  it('knows its own pages', () => {
    expect(isOwnUrl('app://zicha/index.html')).toBe(true);
    expect(isOwnUrl('app://evil/index.html')).toBe(false);
    expect(isOwnUrl('file:///index.html')).toBe(false);
    expect(isOwnUrl(undefined)).toBe(false);
  });
});

describe('IPC', () => {
  it('binds every channel and runs it only for our own page', async () => {
    const bound = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
    const calls: string[] = [];
    const handlers = Object.fromEntries(channelNames.map((c) => [c, () => { calls.push(c); return 'done'; }])) as unknown as Handlers;
    const main = { id: 1 };
    bindIpc({ handle: (ch: string, fn: never) => bound.set(ch, fn) } as never, handlers, {
      devServerUrl: undefined,
      isMainWindow: (sender) => sender === (main as never),
    });
    expect([...bound.keys()].sort()).toEqual([...channelNames].sort());
    const run = bound.get('campaigns.list');
    const top = (url: string) => ({ url, parent: null });
    const refused = [
      { sender: main, senderFrame: top('file:///C:/evil.html') },
      { sender: main, senderFrame: top('https://zicha.example/') },
      { sender: main, senderFrame: top('app://evil/index.html') },
      { sender: main, senderFrame: null },
      { sender: main, senderFrame: { url: APP_ENTRY, parent: top(APP_ENTRY) } }, // a sub-frame
      { sender: { id: 2 }, senderFrame: top(APP_ENTRY) }, // the print window, or any other
      { sender: undefined, senderFrame: top(APP_ENTRY) },
    ];
    for (const event of refused) {
      expect(await run?.(event, undefined)).toEqual({ ok: false, error: { code: 'forbidden', message: '请求来自未知页面或窗口，已拒绝' } });
    }
    expect(calls).toEqual([]);
    expect(await run?.({ sender: main, senderFrame: top(`${APP_ENTRY}#/`) }, undefined)).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual(['campaigns.list']);
  });
});

describe('the app protocol', () => {
  it('serves the renderer with the CSP and refuses what is not a GET for its files', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-proto-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>自查通</title>');
    fs.writeFileSync(path.join(root, '..', 'zicha-secret.txt'), 'secret');
    let handler: ((req: Request) => Response | Promise<Response>) | undefined;
    handleAppProtocol({ handle: (_s: string, fn: typeof handler) => { handler = fn; } } as never, root);
    const ok = await handler?.(new Request('app://zicha/index.html'));
    expect(ok?.status).toBe(200);
    expect(ok?.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await ok?.text()).toContain('自查通');
    expect((await handler?.(new Request('app://zicha/index.html', { method: 'POST', body: 'x' })))?.status).toBe(405);
    // The URL parser folds %2e%2e away; whatever path is left must stay inside the folder.
    const escape = await handler?.(new Request('app://zicha/%2e%2e/zicha-secret.txt'));
    expect(escape?.status).toBe(404);
    fs.rmSync(path.join(root, '..', 'zicha-secret.txt'));
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe('electron/main/index.ts', () => {
  it('starts: privileged scheme, permissions denied, IPC bound, a locked-down window on app://', async () => {
    fake.state.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-userdata-'));
    await import('../../electron/main/index');
    await fake.loaded;
    expect(fake.state.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.state.permission).toBeTypeOf('function');
    expect(fake.state.protocolHandler).toBeTypeOf('function');
    expect([...fake.state.ipc.keys()].sort()).toEqual([...channelNames].sort());
    const [window] = fake.state.windows;
    expect(window?.url).toBe(APP_ENTRY);
    expect(window?.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(fake.state.appEvents.has('web-contents-created')).toBe(true);
    expect(fs.existsSync(path.join(fake.state.userData, 'zicha.sqlite'))).toBe(true);
    const list = await fake.state.ipc.get('campaigns.list')?.({ sender: window?.webContents, senderFrame: { url: APP_ENTRY, parent: null } }, undefined);
    const stranger = await fake.state.ipc.get('campaigns.list')?.({ sender: { id: 99 }, senderFrame: { url: APP_ENTRY, parent: null } }, undefined);
    expect(stranger).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(list).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ id: 'sc-2020-96' })]) });
    // 打开文件 / 打开所在文件夹 reach Electron's shell, for a file this session exported and no other.
    const own = { sender: window?.webContents, senderFrame: { url: APP_ENTRY, parent: null } };
    const call = (channel: string, input: unknown) => fake.state.ipc.get(channel)?.(own, input);
    const database = path.join(fake.state.userData, 'zicha.sqlite');
    expect(await call('app.openExported', { path: database })).toMatchObject({ ok: false, error: { code: 'notExported' } });
    fake.state.saveTo = path.join(fake.state.userData, '专项行动.json');
    expect(await call('campaigns.export', { id: 'sc-2020-96' })).toMatchObject({ ok: true, value: { path: fake.state.saveTo } });
    expect(await call('app.openExported', { path: fake.state.saveTo })).toEqual({ ok: true, value: null });
    expect(await call('app.showExported', { path: fake.state.saveTo })).toEqual({ ok: true, value: null });
    expect(fake.state.shell).toEqual([['openPath', fake.state.saveTo], ['showItemInFolder', fake.state.saveTo]]);
    fake.state.appEvents.get('window-all-closed')?.();
    fs.rmSync(fake.state.userData, { recursive: true, force: true });
  });
});
