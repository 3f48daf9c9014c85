// The family names inside a TrueType/OpenType file or collection (.ttf, .otf, .ttc),
// read from its 'name' table with positioned reads: the Windows fonts folder holds
// hundreds of files, some of 20 MB, and the names are all we need. File names say
// little (仿宋_GB2312 ships as FS_GB2312.ttf, SIMFANG_GB2312.TTF, 仿宋_GB2312.ttf…).
import fs from 'node:fs/promises';

const FAMILY = 1;
const TYPOGRAPHIC_FAMILY = 16;

type Reader = (offset: number, length: number) => Promise<Buffer>;

/** Every family name (Chinese and English) of the fonts in the file; [] for anything that is not a font. */
export async function fontFileFamilies(file: string): Promise<string[]> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    const h = handle;
    const read: Reader = async (offset, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await h.read(buffer, 0, length, offset);
      if (bytesRead < length) throw new RangeError('truncated font file');
      return buffer;
    };
    const head = await read(0, 12);
    const offsets = head.toString('latin1', 0, 4) === 'ttcf' ? await collectionOffsets(read, head.readUInt32BE(8)) : [0];
    const names = new Set<string>();
    for (const offset of offsets) for (const name of await familiesAt(read, offset)) names.add(name);
    return [...names];
  } catch {
    return []; // not a font, or a damaged one: it simply offers no face
  } finally {
    await handle?.close();
  }
}

async function collectionOffsets(read: Reader, count: number): Promise<number[]> {
  const table = await read(12, 4 * Math.min(count, 64));
  return Array.from({ length: table.length / 4 }, (_, i) => table.readUInt32BE(4 * i));
}

async function familiesAt(read: Reader, offset: number): Promise<string[]> {
  const numTables = (await read(offset + 4, 2)).readUInt16BE(0);
  const records = await read(offset + 12, 16 * numTables);
  for (let i = 0; i < numTables; i++) {
    if (records.toString('latin1', 16 * i, 16 * i + 4) !== 'name') continue;
    const at = records.readUInt32BE(16 * i + 8);
    const length = records.readUInt32BE(16 * i + 12);
    return nameTableFamilies(await read(at, Math.min(length, 1 << 20)));
  }
  return [];
}

export function nameTableFamilies(table: Buffer): string[] {
  const count = table.readUInt16BE(2);
  const strings = table.readUInt16BE(4);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = 6 + 12 * i;
    const [platform, encoding, , nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((d) => table.readUInt16BE(r + d)) as number[];
    if (nameId !== FAMILY && nameId !== TYPOGRAPHIC_FAMILY) continue;
    const bytes = table.subarray(strings + offset!, strings + offset! + length!);
    const name = decode(platform!, encoding!, bytes)?.replace(/\0/g, '').trim();
    if (name) out.push(name);
  }
  return out;
}

function decode(platform: number, encoding: number, bytes: Buffer): string | null {
  if (platform === 0 || (platform === 3 && (encoding === 0 || encoding === 1 || encoding === 10))) return utf16be(bytes);
  // Windows PRC: GB2312 codes stored as 16-bit values (older Chinese fonts, the _GB2312 ones among them).
  if (platform === 3 && encoding === 3) return new TextDecoder('gbk').decode(Buffer.from([...pairs(bytes)].flatMap(([hi, lo]) => (hi ? [hi, lo] : [lo]))));
  if (platform === 1 && encoding === 0) return bytes.toString('latin1');
  if (platform === 1 && encoding === 25) return new TextDecoder('gbk').decode(bytes); // Mac simplified Chinese
  return null;
}

function* pairs(bytes: Buffer): Generator<[number, number]> {
  for (let i = 0; i + 1 < bytes.length; i += 2) yield [bytes[i]!, bytes[i + 1]!];
}

function utf16be(bytes: Buffer): string {
  const swapped = Buffer.from(bytes.subarray(0, bytes.length & ~1));
  swapped.swap16();
  return swapped.toString('utf16le');
}
