// build/icon.ico from build/icon.svg: Chromium (through playwright-core, the print
// path's browser) draws the SVG at each size with a transparent background, and the
// PNGs are packed into one ICO (PNG entries, which Windows reads from Vista on).
// Run after changing the SVG: `npx tsx scripts/make-icons.ts`; the .ico is committed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../electron/core/print/chromium';

export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256];

/** ICONDIR + one ICONDIRENTRY per image, then the PNGs (sizes ≤ 256; 256 is stored as 0). */
export function packIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2); // no palette
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4); // planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

async function main(): Promise<void> {
  const buildDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../build');
  const svg = fs.readFileSync(path.join(buildDir, 'icon.svg'), 'utf8');
  const browser = await launchChromium();
  try {
    const images = [];
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      images.push({ size, png: await page.screenshot({ omitBackground: true }) });
      await page.close();
    }
    fs.writeFileSync(path.join(buildDir, 'icon.ico'), packIco(images));
    console.log(`build/icon.ico: ${images.map((i) => i.size).join(', ')} px`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
