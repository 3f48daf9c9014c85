// build/: the icon as Windows reads it (every ICO entry a valid 32-bit PNG of its
// stated size, drawn with a transparent corner and an opaque middle), and the
// installer settings read back from electron-builder.yml: Chinese pages, the
// Chinese license, our icons and the two file associations.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FILE_TYPES } from '../../shared/fileTypes';
import { repoRoot } from '../support/temp';

const build = (name: string) => path.join(repoRoot, 'build', name);

type Entry = { size: number; bpp: number; planes: number; png: Buffer };

function readIco(file: string): Entry[] {
  const ico = fs.readFileSync(file);
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]); // reserved, type 1 = icon
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const [w, h] = [ico.readUInt8(at), ico.readUInt8(at + 1)];
    expect(w).toBe(h);
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    expect(offset + length).toBeLessThanOrEqual(ico.length);
    return { size: w || 256, planes: ico.readUInt16LE(at + 4), bpp: ico.readUInt16LE(at + 6), png: ico.subarray(offset, offset + length) };
  });
}

/** The alpha channel of an 8-bit RGBA PNG, unfiltered (PNG filter types 0–4). */
function pngAlpha(png: Buffer): { width: number; height: number; alpha: (x: number, y: number) => number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
      expect([data[8], data[9], data[12]]).toEqual([8, 6, 0]); // 8 bits, RGBA, not interlaced
    }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter] ?? NaN;
      out[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return { width, height, alpha: (x, y) => out[y * stride + x * 4 + 3]! };
}

describe('build resources', () => {
  it('icon.ico holds 16 to 256 px, each a 32-bit PNG of its size with a transparent corner', () => {
    const entries = readIco(build('icon.ico'));
    expect(entries.map((e) => e.size)).toEqual([16, 20, 24, 32, 40, 48, 64, 128, 256]);
    for (const e of entries) {
      expect([e.planes, e.bpp]).toEqual([1, 32]);
      const png = pngAlpha(e.png);
      expect([png.width, png.height]).toEqual([e.size, e.size]);
      expect(png.alpha(0, 0)).toBe(0);
      expect(png.alpha(e.size >> 1, e.size >> 1)).toBe(255);
    }
  });

  it('the icon is drawn from the SVG kept beside it', () => {
    const svg = fs.readFileSync(build('icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 256 256"/);
    expect(svg).not.toMatch(/<text|<image|href="http/); // paths only: the same on every machine
  });

  it('electron-builder.yml builds a Chinese NSIS installer with our icon, license and file types', () => {
    const config = parse(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8'));
    expect(config.directories.buildResources).toBe('build');
    expect(config.win.icon).toBe('build/icon.ico');
    expect(config.nsis).toMatchObject({
      language: '2052',
      installerLanguages: ['zh_CN'],
      multiLanguageInstaller: false,
      unicode: true,
      oneClick: false,
      perMachine: false,
      license: 'build/license.txt',
      installerIcon: 'build/icon.ico',
      uninstallerIcon: 'build/icon.ico',
      deleteAppDataOnUninstall: false,
    });
    for (const key of ['license', 'installerIcon', 'uninstallerIcon']) expect(fs.existsSync(path.join(repoRoot, config.nsis[key]))).toBe(true);

    const license = fs.readFileSync(path.join(repoRoot, config.nsis.license));
    expect(license.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // NSIS shows UTF-8 only with a BOM
    const text = license.toString('utf8');
    expect(text).toContain('自查通 软件使用许可');
    expect(text).toContain('不随本软件分发');

    expect(config.fileAssociations).toEqual(
      Object.values(FILE_TYPES).map((t) => ({ ext: t.ext, name: t.name, description: t.name, icon: 'icon.ico', role: 'Editor' })),
    );
    expect(fs.existsSync(path.join(repoRoot, config.directories.buildResources, 'icon.ico'))).toBe(true);
  });
});
