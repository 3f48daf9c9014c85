// The shell's guards against hostile input, checked without Electron: the app
// protocol against a table of hostile URLs, external links (only http(s), only
// after the officer confirms), and the Electron fuses declared for packaging.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleAppProtocol } from '../../electron/main/protocol';
import { APP_ENTRY, isWebUrl, lockDown, type ExternalLinks } from '../../electron/main/security';
import { repoRoot, tempDir } from '../support/temp';

function protocolHandler() {
  const root = path.join(tempDir(), 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>自查通</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'void 0');
  fs.writeFileSync(path.join(root, '..', 'secret.txt'), 'secret');
  let handler: ((req: Request) => Response | Promise<Response>) | undefined;
  handleAppProtocol({ handle: (_s: string, fn: typeof handler) => { handler = fn; } } as never, root);
  if (!handler) throw new Error('no handler');
  return handler;
}

describe('the app protocol against hostile URLs', () => {
  // The URL parser folds plain and %2e dot segments before the handler sees them
  // (404: the folded path is simply not there); what is left is refused by the guard (403).
  const hostile: [string, number][] = [
    ['app://zicha/../secret.txt', 404],
    ['app://zicha/%2e%2e/secret.txt', 404],
    ['app://zicha/%2E%2E/secret.txt', 404],
    ['app://zicha/assets/%2e%2e%2f%2e%2e%2fsecret.txt', 403],
    ['app://zicha/assets/..%2f..%2fsecret.txt', 403],
    ['app://zicha/%2e%2e%5csecret.txt', 403],
    ['app://zicha/assets%5c..%5c..%5csecret.txt', 403],
    ['app://zicha/..%5csecret.txt', 403],
    ['app://zicha//etc/passwd', 404],
    ['app://zicha/%2fetc%2fpasswd', 404],
    ['app://zicha/C:/Windows/win.ini', 403],
    ['app://zicha/C%3a%5cWindows%5cwin.ini', 403],
    ['app://zicha/index.html::$DATA', 403],
    ['app://zicha/index.html%00.js', 403],
    ['app://zicha/%00', 403],
    ['app://zicha/%252e%252e/secret.txt', 404],
    ['app://zicha/%E0%A4%A', 400],
    ['app://evil/index.html', 404],
    ['app://zicha.evil/index.html', 404],
  ];

  it.each(hostile)('refuses %s (%i) without serving anything outside the renderer', async (url, status) => {
    const res = await protocolHandler()(new Request(url));
    expect(res.status).toBe(status);
    expect(await res.text()).not.toMatch(/secret|root:/);
  });

  it('answers 405 to every method but GET, for files and print pages alike', async () => {
    const handler = protocolHandler();
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']) {
      for (const url of ['app://zicha/index.html', 'app://zicha/print/x.html']) {
        const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? 'x' : undefined;
        expect((await handler(new Request(url, { method, body }))).status).toBe(405);
      }
    }
    expect((await handler(new Request('app://zicha/assets/app.js'))).status).toBe(200);
  });
});

function contentsWith(external: ExternalLinks) {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  lockDown(
    {
      on: (event: string, fn: (...args: unknown[]) => void) => emitter.on(event, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => { openHandler = fn; },
    } as never,
    undefined,
    external,
  );
  return {
    open: (url: string) => openHandler?.({ url }),
    navigate(url: string) {
      let prevented = false;
      emitter.emit('will-navigate', { preventDefault: () => { prevented = true; } }, url);
      return prevented;
    },
  };
}

/** Lets the confirm → open promise chain run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('external links', () => {
  function officer(answer: boolean) {
    const asked: string[] = [];
    const opened: string[] = [];
    const external: ExternalLinks = {
      confirm: async (url) => { asked.push(url); return answer; },
      open: async (url) => { opened.push(url); },
    };
    return { asked, opened, contents: contentsWith(external) };
  }

  it('opens an http(s) link in the system browser only after the officer confirms', async () => {
    const yes = officer(true);
    expect(yes.contents.open('https://www.nhc.gov.cn/yzygj/s7659/notice.shtml')).toEqual({ action: 'deny' });
    expect(yes.contents.navigate('http://wjw.example.gov.cn/')).toBe(true);
    await settle();
    expect(yes.asked).toEqual(['https://www.nhc.gov.cn/yzygj/s7659/notice.shtml', 'http://wjw.example.gov.cn/']);
    expect(yes.opened).toEqual(yes.asked);

    const no = officer(false);
    expect(no.contents.open('https://www.nhc.gov.cn/')).toEqual({ action: 'deny' });
    await settle();
    expect(no.asked).toEqual(['https://www.nhc.gov.cn/']);
    expect(no.opened).toEqual([]);
  });

  it('drops every other scheme without asking, and keeps its own pages in the window', async () => {
    const o = officer(true);
    const others = [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share/x.exe',
      'mailto:someone@example.com',
      'https://user:pass@example.com/',
      'not a url',
      '',
    ];
    for (const url of others) {
      expect(o.contents.open(url)).toEqual({ action: 'deny' });
      expect(o.contents.navigate(url)).toBe(true);
    }
    expect(o.contents.navigate(`${APP_ENTRY}#/ledger`)).toBe(false);
    await settle();
    expect(o.asked).toEqual([]);
    expect(o.opened).toEqual([]);
    expect(isWebUrl('HTTPS://EXAMPLE.COM/')).toBe(true);
  });

  it('survives a failing dialog or browser', async () => {
    const contents = contentsWith({ confirm: async () => { throw new Error('no dialog'); }, open: async () => undefined });
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    await settle();
  });
});

/** The `electronFuses:` block of electron-builder.yml: one `key: true|false` per indented line. */
function fuses(): Record<string, boolean> {
  const lines = fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8').split(/\r?\n/);
  const start = lines.findIndex((l) => /^electronFuses:\s*$/.test(l));
  expect(start).toBeGreaterThanOrEqual(0);
  const out: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^\s+([A-Za-z]+):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (!m) break;
    out[m[1]!] = m[2] === 'true';
  }
  return out;
}

describe('Electron fuses at packaging', () => {
  it('turns off Node entry points and makes the app load only from its checked ASAR', () => {
    expect(fuses()).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
