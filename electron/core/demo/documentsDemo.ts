// Sample document settings (the leading group, the addressee) and a drawn seal, so
// that the documents of the sample hospital draft with names and a stamped export
// works. The seal is a red double ring with a star on a transparent ground,
// encoded as a PNG with zlib (no image library).
import { deflateSync } from 'node:zlib';
import type { Db } from '../db/open';
import { importSeal } from '../documents/seal';
import { setDocumentSettings } from '../documents/settings';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An 8-bit PNG of `channels` 4 (RGBA) or 3 (RGB, opaque) from its pixel bytes, row by row. */
export function encodePng(width: number, height: number, pixels: Uint8Array, channels: 3 | 4 = 4): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]));
}

/** Inside the five-pointed star of outer radius r centred at the origin (point up). */
function inStar(x: number, y: number, r: number): boolean {
  const points = Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 ? r * 0.382 : r;
    return [radius * Math.cos(a), radius * Math.sin(a)] as const;
  });
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i] as readonly [number, number];
    const [xj, yj] = points[j] as readonly [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A round seal, `size` pixels across. */
export function drawSealPng(size = 320): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - c;
      const dy = y + 0.5 - c;
      const d = Math.hypot(dx, dy);
      const ring = (d <= c - 2 && d >= c - 14) || (d <= c - 22 && d >= c - 25);
      if (!ring && !inStar(dx, dy, c * 0.3)) continue;
      px.set([215, 0, 15, 235], (y * size + x) * 4);
    }
  }
  return encodePng(size, size, px);
}

export function buildDocumentsDemo(db: Db, at: string): void {
  setDocumentSettings(db, {
    addressee: '示例市卫生健康委员会',
    issuerMark: '示例市第一人民医院文件',
    signer: '张建国',
    group: [
      { name: '张建国', post: '院长', role: '组长' },
      { name: '李红梅', post: '党委书记', role: '组长' },
      { name: '王志强', post: '副院长', role: '副组长' },
      { name: '陈静', post: '纪委书记', role: '副组长' },
      { name: '刘洋', post: '医务科科长', role: '成员' },
      { name: '赵敏', post: '医保办主任', role: '成员' },
      { name: '周磊', post: '药剂科主任', role: '成员' },
      { name: '孙丽', post: '纪检监察室主任', role: '成员' },
      { name: '王芳', post: '行风办主任', role: '成员' },
    ],
    groupOffice: '领导小组办公室设在行风办，王芳同志兼任办公室主任',
  });
  importSeal(db, drawSealPng(), '示例印章.png', 42, '王芳', at);
}
