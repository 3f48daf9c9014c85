// The Electron shell: app lifecycle, the window, the app protocol, native dialogs,
// and the CLI when the executable is started with a command. Everything else is core.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Notification, protocol, session, shell } from 'electron';
import { AppError } from '../../shared/errors';
import { createHandlers } from '../core/api';
import { CLI_COMMAND_NAMES, runCli } from '../core/cli';
import { AppContext } from '../core/context';
import { announceDueSoon } from '../core/duties/notify';
import { fontStatus } from '../core/fonts/detect';
import { bindIpc } from './ipc';
import { openedFile, openOwnFile, type OpenedFile, type OpenUi } from './openFile';
import { electronPrinter } from './printer';
import { handleAppProtocol, privilegedSchemes } from './protocol';
import { APP_ENTRY, denyPermissions, lockDown, windowOptions } from './security';

const here = path.dirname(fileURLToPath(import.meta.url));
const resourcesDir = app.isPackaged ? process.resourcesPath : path.resolve(here, '../../resources');
const rendererDir = path.resolve(here, '../renderer');
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

const CLI_COMMANDS = new Set([...CLI_COMMAND_NAMES, 'help', '--help', '-h']);
const cliArgs = process.argv.slice(app.isPackaged ? 1 : 2);

if (cliArgs[0] && CLI_COMMANDS.has(cliArgs[0])) {
  // `自查通.exe campaigns list …`: the packaged app has no separate Node. Printing
  // to PDF needs Chromium, which is ready only once the app is.
  protocol.registerSchemesAsPrivileged(privilegedSchemes);
  await app.whenReady();
  handleAppProtocol(protocol, rendererDir);
  // The hidden print window closing must not end the command.
  app.on('window-all-closed', () => undefined);
  const code = await runCli(cliArgs, {
    printer: electronPrinter(BrowserWindow),
    resourcesDir,
    version: app.getVersion(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  app.exit(code);
} else {
  protocol.registerSchemesAsPrivileged(privilegedSchemes);
  if (!app.requestSingleInstanceLock()) app.quit();
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  let window: BrowserWindow | null = null;
  const external = {
    async confirm(url: string) {
      const options = {
        type: 'question' as const,
        title: '打开外部链接',
        message: '要在系统浏览器中打开这个网址吗？',
        detail: url,
        buttons: ['在浏览器中打开', '取消'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
    open: (url: string) => shell.openExternal(url),
  };
  app.on('web-contents-created', (_event, contents) => lockDown(contents, devServerUrl, external));
  denyPermissions(session.defaultSession);
  handleAppProtocol(protocol, rendererDir);

  const printer = electronPrinter(BrowserWindow);
  let ctx: AppContext;
  try {
    ctx = await AppContext.open({
      dataDir: app.getPath('userData'),
      resourcesDir,
      version: app.getVersion(),
      dialogs: {
        async saveFile({ title, defaultName, filters }) {
          const options = { title, defaultPath: path.join(app.getPath('documents'), defaultName), filters };
          const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
        async openFiles({ title, filters, multiple }) {
          const properties: ('openFile' | 'multiSelections')[] = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
          const options = { title, filters, properties };
          const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
          return result.canceled ? [] : result.filePaths;
        },
        async chooseFolder({ title }) {
          const options = { title, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
          const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
      },
      desktop: {
        async openPath(file) {
          const failure = await shell.openPath(file);
          if (failure) throw new AppError('openFailed', `无法打开文件：${failure}`);
        },
        async showItemInFolder(file) {
          shell.showItemInFolder(file);
        },
      },
      printer,
    });
  } catch (e) {
    dialog.showErrorBox('自查通无法启动', e instanceof Error ? e.message : String(e));
    app.exit(1);
    return;
  }
  // Look for the document faces now, so 设置 and the first document find them ready.
  void fontStatus().catch(() => undefined);
  const handlers = createHandlers(ctx);
  bindIpc(ipcMain, handlers, {
    devServerUrl,
    isMainWindow: (sender) => window !== null && !window.isDestroyed() && sender === window.webContents,
  });

  const options = windowOptions(path.resolve(here, '../preload/index.cjs'));
  // Restated at the call so that static checkers (electronegativity) can see them.
  window = new BrowserWindow({ ...options, webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true } });
  window.once('ready-to-show', () => window?.show());
  const entry = devServerUrl ?? APP_ENTRY;
  const box = (type: 'info' | 'error' | 'question') => async (message: string, detail: string) => {
    const options = { type, title: '自查通', message, detail, buttons: type === 'question' ? ['导入', '取消'] : ['确定'], defaultId: 0, cancelId: 1, noLink: true };
    return (window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)).response === 0;
  };
  const ui: OpenUi = { confirm: box('question'), info: async (m, d) => void (await box('info')(m, d)), error: async (m, d) => void (await box('error')(m, d)) };
  const open = async (file: OpenedFile | null) => {
    if (!file || !window) return;
    const route = await openOwnFile(file, ctx, handlers, ui);
    if (route !== null) await window.loadURL(`${entry}#${route}`);
  };
  // The print window kept for the next print must not keep the app open.
  window.on('closed', () => printer.release());
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
    void open(openedFile(argv, workingDirectory));
  });
  app.on('window-all-closed', () => {
    ctx.close();
    app.quit();
  });
  await window.loadURL(entry);
  // What falls due within 10 days, as a system notification (the window lists it too).
  announceDueSoon(ctx, { show: (note) => Notification.isSupported() && new Notification(note).show() });
  // Started by a double-click on one of our files.
  await open(openedFile(process.argv));
}
