// The UI is served from app://zicha/, never file://, through the same guard the
// harness uses (GET only, no path traversal, CSP on every response).
import type { Protocol } from 'electron';
import { serveStatic } from '../core/static';
import { printJobResponse } from './printer';
import { APP_HOST, APP_SCHEME } from './security';

export const privilegedSchemes = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not Found', { status: 404 });
    const pathname = url.pathname;
    const printPage = request.method === 'GET' ? printJobResponse(pathname) : null;
    if (printPage) return printPage;
    const res = serveStatic(rendererDir, request.method, pathname);
    return new Response(new Uint8Array(res.body), { status: res.status, headers: res.headers });
  });
}
