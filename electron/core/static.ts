// Serving the built renderer: used by the app's own protocol in Electron and by
// the test harness, so that both enforce the same rules (GET only, no path
// traversal, the same Content-Security-Policy).
import fs from 'node:fs';
import path from 'node:path';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Mantine writes its CSS variables into style attributes at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Answers a request for the renderer's files under `root`; anything else is refused. */
export function serveStatic(root: string, method: string, pathname: string): StaticResponse {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  if (method !== 'GET') return { status: 405, headers, body: Buffer.from('Method Not Allowed') };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, headers, body: Buffer.from('Bad Request') };
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  // Backslashes and colons are separators or drive letters (C:, ::$DATA) on Windows:
  // refused everywhere so the guard does not depend on the platform it runs on.
  if (/[\0\\:]/.test(decoded) || (file !== base && !file.startsWith(base + path.sep))) {
    return { status: 403, headers, body: Buffer.from('Forbidden') };
  }
  let body: Buffer;
  try {
    body = fs.readFileSync(file);
  } catch {
    return { status: 404, headers, body: Buffer.from('Not Found') };
  }
  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return { status: 200, headers: { ...headers, 'Content-Type': type }, body };
}
