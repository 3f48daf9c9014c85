// Stand-in font files: an sfnt (.ttf) or collection (.ttc) holding only a real
// 'name' table, in the encodings Chinese fonts use, for the font detection tests.
export type NameRecord = { platform: number; encoding: number; language: number; nameId: number; bytes: Buffer };
export const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
export const win = (s: string, language = 0x0804, nameId = 1): NameRecord => ({ platform: 3, encoding: 1, language, nameId, bytes: utf16be(s) });

function nameTable(records: NameRecord[]): Buffer {
  const header = Buffer.alloc(6 + 12 * records.length);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(records.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  records.forEach((r, i) => {
    [r.platform, r.encoding, r.language, r.nameId, r.bytes.length, offset].forEach((v, j) => header.writeUInt16BE(v, 6 + 12 * i + 2 * j));
    offset += r.bytes.length;
  });
  return Buffer.concat([header, ...records.map((r) => r.bytes)]);
}

/** An sfnt with a 'name' table only (and a dummy 'head' before it), placed at `base` in its file. */
export function sfnt(records: NameRecord[], base = 0): Buffer {
  const name = nameTable(records);
  const dir = Buffer.alloc(12 + 32);
  dir.writeUInt32BE(0x00010000, 0);
  dir.writeUInt16BE(2, 4);
  dir.write('head', 12, 'latin1');
  dir.writeUInt32BE(base + dir.length, 12 + 8);
  dir.writeUInt32BE(0, 12 + 12);
  dir.write('name', 28, 'latin1');
  dir.writeUInt32BE(base + dir.length, 28 + 8);
  dir.writeUInt32BE(name.length, 28 + 12);
  return Buffer.concat([dir, name]);
}

export function ttc(fonts: NameRecord[][]): Buffer {
  const header = Buffer.alloc(12 + 4 * fonts.length);
  header.write('ttcf', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt32BE(fonts.length, 8);
  const parts: Buffer[] = [];
  let at = header.length;
  fonts.forEach((records, i) => {
    header.writeUInt32BE(at, 12 + 4 * i);
    const font = sfnt(records, at);
    parts.push(font);
    at += font.length;
  });
  return Buffer.concat([header, ...parts]);
}

// 仿宋_GB2312 in the Windows PRC encoding: GB2312 codes as 16-bit values, ASCII with a zero high byte.
export const prc = (s: string) => {
  const gb = [...s].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [0, ch.charCodeAt(0)] : [...GB[ch]!]));
  return { platform: 3, encoding: 3, language: 0x0804, nameId: 1, bytes: Buffer.from(gb) };
};
const GB: Record<string, number[]> = { 仿: [0xb7, 0xc2], 宋: [0xcb, 0xce] };
