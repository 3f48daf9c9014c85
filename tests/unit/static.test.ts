import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, serveStatic } from '../../electron/core/static';
import { tempDir } from '../support/temp';

function site() {
  const root = path.join(tempDir(), 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, '..', 'secret.txt'), 'secret');
  return root;
}

describe('serving the renderer', () => {
  it('serves its files with a type and the CSP', () => {
    const root = site();
    const index = serveStatic(root, 'GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toMatch(/text\/html/);
    expect(index.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(serveStatic(root, 'GET', '/assets/app.js').headers['Content-Type']).toMatch(/javascript/);
  });

  it('refuses everything but GET, paths outside the folder, and missing files', () => {
    const root = site();
    expect(serveStatic(root, 'POST', '/index.html').status).toBe(405);
    expect(serveStatic(root, 'GET', '/../secret.txt').status).toBe(403);
    expect(serveStatic(root, 'GET', '/%2e%2e/secret.txt').status).toBe(403);
    expect(serveStatic(root, 'GET', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt').status).toBe(403);
    expect(serveStatic(root, 'GET', '/index.html%00.js').status).toBe(403);
    expect(serveStatic(root, 'GET', '/%E0%A4%A').status).toBe(400);
    expect(serveStatic(root, 'GET', '/nope.js').status).toBe(404);
  });

  it('has a CSP that allows no inline or remote script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:)/);
  });
});
