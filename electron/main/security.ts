// The window's security, kept apart from app start-up so that tests can check it
// with a stand-in for the 'electron' module (Electron cannot launch here).
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'zicha';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 860,
    minWidth: 1100,
    minHeight: 680,
    title: '自查通',
    show: false,
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** True only for our own page, served from the app's protocol (never file://). */
export function isOwnUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** In development the renderer comes from electron-vite's dev server instead. */
export function isTrustedUrl(url: string | undefined, devServerUrl: string | undefined): boolean {
  if (isOwnUrl(url)) return true;
  if (!url || !devServerUrl) return false;
  try {
    return new URL(url).origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** Only plain web addresses may leave the app, and only for the system browser. */
export function isWebUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** The system browser, behind the officer's say-so (a native dialog in the app). */
export interface ExternalLinks {
  confirm(url: string): Promise<boolean>;
  open(url: string): Promise<void>;
}

/**
 * No navigation away, no new windows, no webviews. A link to an http(s) address
 * is offered to the system browser after the officer confirms; anything else
 * (file:, javascript:, custom schemes) is dropped without asking.
 */
export function lockDown(contents: WebContents, devServerUrl: string | undefined, external?: ExternalLinks): void {
  const offer = (url: string | undefined) => {
    if (!external || !isWebUrl(url)) return;
    void external
      .confirm(url)
      .then((yes) => (yes ? external.open(url) : undefined))
      .catch(() => undefined);
  };
  contents.setWindowOpenHandler(({ url }) => {
    offer(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isTrustedUrl(url, devServerUrl)) return;
    event.preventDefault();
    offer(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
