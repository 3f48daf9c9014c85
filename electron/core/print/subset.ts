// One TrueType face cut down to the glyphs a print page uses. Chromium sends every
// system font a print uses, whole, from the renderer to its PDF writer, once per
// face and print: a 20 MB CJK collection costs more than laying out the pages. A
// face of a few hundred glyphs, given to the page as a web font, costs next to
// nothing. The kept glyphs are numbered anew, and every table that names glyphs is
// written again for them (glyf, loca, cmap, hmtx, vmtx, VORG, GSUB); the file is
// read in pieces, never whole. What it cannot carry (CFF outlines, positioning
// other than marks, old kern tables) leaves the face uncut.
import fs from 'node:fs';
import { cmapLookup, cmapTable, concat } from './cmap';
import { emboldenGlyph, renamedBold } from './embolden';
import { gsubClosure, readGsub, writeGsub } from './gsub';

/** Copied as they are: they name no glyph. */
const COPIED = ['OS/2', 'name', 'head', 'hhea', 'vhea', 'maxp', 'gasp', 'cvt ', 'fpgm', 'prep', 'post'];
/** Where their glyph numbers cannot be rewritten, the face is not cut. */
const UNCUT = ['kern', 'morx', 'mort', 'COLR', 'SVG ', 'CBDT', 'sbix', 'CFF ', 'CFF2', 'MATH', 'BASE', 'JSTF'];
/** GPOS features that only place combining marks, which a 公文 has none of. */
const MARKS_ONLY = new Set(['mark', 'mkmk']);

/** Bytes of the file at an offset. */
export type Reader = (offset: number, length: number) => DataView;

interface Table {
  offset: number;
  length: number;
}

/** Reads a file in pieces; closed by the caller. */
export function fileReader(fd: number): Reader {
  return (offset, length) => {
    const buffer = Buffer.alloc(length);
    if (fs.readSync(fd, buffer, 0, length, offset) < length) throw new RangeError('truncated font file');
    return new DataView(buffer.buffer, buffer.byteOffset, length);
  };
}

/**
 * The face `index` of a .ttf or .ttc with only the glyphs of `codePoints` (and
 * what they turn into: composites' parts, GSUB's substitutes such as vertical
 * forms), as a single-face TrueType file; null for a face it does not cut, which
 * then prints as it is.
 */
export function subsetFace(read: Reader, index: number, codePoints: Iterable<number>, options: { bold?: boolean } = {}): Uint8Array | null {
  try {
    return subset(read, index, codePoints, options.bold ?? false);
  } catch {
    return null;
  }
}

const tagAt = (v: DataView, at: number) => String.fromCharCode(v.getUint8(at), v.getUint8(at + 1), v.getUint8(at + 2), v.getUint8(at + 3));

function subset(read: Reader, index: number, codePoints: Iterable<number>, bold: boolean): Uint8Array | null {
  const top = read(0, 12);
  let dir = 0;
  if (tagAt(top, 0) === 'ttcf') {
    if (index >= top.getUint32(8)) return null;
    dir = read(12 + 4 * index, 4).getUint32(0);
  } else if (index !== 0) return null;
  const header = read(dir, 12);
  if (header.getUint32(0) !== 0x00010000 && tagAt(header, 0) !== 'true') return null;
  const count = header.getUint16(4);
  const records = read(dir + 12, 16 * count);
  const tables = new Map<string, Table>();
  for (let i = 0; i < count; i++) tables.set(tagAt(records, 16 * i), { offset: records.getUint32(16 * i + 8), length: records.getUint32(16 * i + 12) });
  if (UNCUT.some((t) => tables.has(t))) return null;
  const load = (name: string) => {
    const t = tables.get(name);
    return t ? read(t.offset, t.length) : null;
  };
  const [head, maxp, hhea, hmtx, loca, cmap] = ['head', 'maxp', 'hhea', 'hmtx', 'loca', 'cmap'].map(load);
  const glyf = tables.get('glyf');
  if (!head || !maxp || !hhea || !hmtx || !loca || !cmap || !glyf) return null;
  const gposTable = load('GPOS');
  if (gposTable && !gposFeatures(gposTable).every((f) => MARKS_ONLY.has(f))) return null;
  const gsubTable = load('GSUB');
  const gsub = gsubTable ? readGsub(gsubTable, 0) : null;
  if (gsubTable && !gsub) return null;

  const glyphs = maxp.getUint16(4);
  const longLoca = head.getInt16(50) === 1;
  const start = (g: number) => (longLoca ? loca.getUint32(4 * g) : 2 * loca.getUint16(2 * g));
  const outline = (g: number) => {
    const [from, to] = [start(g), start(g + 1)];
    return to > from ? read(glyf.offset + from, to - from) : new DataView(new ArrayBuffer(0));
  };
  const outlines = new Map<number, DataView>();

  const mapped = cmapLookup(cmap, new Set(codePoints));
  const keep = new Set<number>([0, ...mapped.values()]);
  for (let size = -1; size !== keep.size; ) {
    size = keep.size;
    if (gsub) gsubClosure(gsub, keep);
    for (const g of [...keep]) {
      if (g >= glyphs) {
        keep.delete(g);
        continue;
      }
      if (!outlines.has(g)) outlines.set(g, outline(g));
      for (const { glyph } of components(outlines.get(g) as DataView)) keep.add(glyph);
    }
  }
  const order = [...keep].sort((a, b) => a - b);
  // The bold face made from this one (embolden.ts): every simple outline pushed out.
  if (bold) for (const g of order) outlines.set(g, emboldenGlyph(outlines.get(g) as DataView, head.getUint16(18)));
  const newId = new Map(order.map((g, i) => [g, i]));

  const out = new Map<string, Uint8Array>();
  for (const name of COPIED) {
    const t = load(name);
    if (t) out.set(name, new Uint8Array(t.buffer.slice(t.byteOffset, t.byteOffset + t.byteLength)));
  }
  const set16 = (name: string, at: number, x: number) => new DataView((out.get(name) as Uint8Array).buffer).setUint16(at, x);
  const set32 = (name: string, at: number, x: number) => new DataView((out.get(name) as Uint8Array).buffer).setUint32(at, x);
  // A long loca; the file's checksum adjustment is set last, from zero.
  set16('head', 50, 1);
  set32('head', 8, 0);
  set16('maxp', 4, order.length);
  if (bold && out.has('name')) out.set('name', renamedBold(out.get('name') as Uint8Array));

  // glyf and loca, composites pointing at their parts' new numbers.
  const pieces = order.map((g) => {
    const o = outlines.get(g) as DataView;
    const bytes = new Uint8Array(pad4(o.byteLength));
    bytes.set(new Uint8Array(o.buffer, o.byteOffset, o.byteLength));
    const view = new DataView(bytes.buffer);
    for (const { at } of components(o)) view.setUint16(at, newId.get(view.getUint16(at)) as number);
    return bytes;
  });
  const newLoca = new DataView(new ArrayBuffer(4 * (order.length + 1)));
  let at = 0;
  pieces.forEach((p, i) => {
    newLoca.setUint32(4 * i, at);
    at += p.length;
  });
  newLoca.setUint32(4 * order.length, at);
  out.set('glyf', concat(pieces));
  out.set('loca', new Uint8Array(newLoca.buffer));

  out.set('hmtx', metrics(hmtx, hhea.getUint16(34), order));
  set16('hhea', 34, order.length);
  const [vhea, vmtx] = [load('vhea'), load('vmtx')];
  if (vhea && vmtx) {
    out.set('vmtx', metrics(vmtx, vhea.getUint16(34), order));
    set16('vhea', 34, order.length);
  } else out.delete('vhea');
  const vorg = load('VORG');
  if (vorg) out.set('VORG', vorgTable(vorg, newId));
  if (gsub) out.set('GSUB', writeGsub(gsub, newId));
  out.set('cmap', cmapTable(new Map([...mapped].map(([c, g]) => [c, newId.get(g) as number]))));
  if (out.has('post') && (out.get('post') as Uint8Array).length >= 32) {
    // Version 3: no glyph names (they were for the old numbering).
    out.set('post', (out.get('post') as Uint8Array).slice(0, 32));
    set32('post', 0, 0x00030000);
  } else out.delete('post');
  return assemble(out);
}

function gposFeatures(v: DataView): string[] {
  const list = v.getUint16(6);
  return Array.from({ length: v.getUint16(list) }, (_, i) => tagAt(v, list + 2 + 6 * i));
}

/** hmtx or vmtx for the kept glyphs, every one with its own advance. */
function metrics(table: DataView, longCount: number, order: number[]): Uint8Array {
  const out = new DataView(new ArrayBuffer(4 * order.length));
  order.forEach((g, i) => {
    const advance = table.getUint16(4 * Math.min(g, longCount - 1));
    const side = g < longCount ? table.getInt16(4 * g + 2) : table.getInt16(4 * longCount + 2 * (g - longCount));
    out.setUint16(4 * i, advance);
    out.setInt16(4 * i + 2, side);
  });
  return new Uint8Array(out.buffer);
}

function vorgTable(v: DataView, newId: Map<number, number>): Uint8Array {
  const kept: [number, number][] = [];
  for (let i = 0; i < v.getUint16(6); i++) {
    const g = newId.get(v.getUint16(8 + 4 * i));
    if (g !== undefined) kept.push([g, v.getInt16(10 + 4 * i)]);
  }
  kept.sort((a, b) => a[0] - b[0]);
  const out = new DataView(new ArrayBuffer(8 + 4 * kept.length));
  out.setUint16(0, 1);
  out.setInt16(4, v.getInt16(4));
  out.setUint16(6, kept.length);
  kept.forEach(([g, y], i) => {
    out.setUint16(8 + 4 * i, g);
    out.setInt16(10 + 4 * i, y);
  });
  return new Uint8Array(out.buffer);
}

const pad4 = (n: number) => (n + 3) & ~3;

/** A composite glyph's parts: each one's glyph and where its number stands in the outline. */
function components(v: DataView): { glyph: number; at: number }[] {
  if (v.byteLength < 10 || v.getInt16(0) >= 0) return [];
  const parts: { glyph: number; at: number }[] = [];
  let at = 10;
  for (;;) {
    const flags = v.getUint16(at);
    parts.push({ glyph: v.getUint16(at + 2), at: at + 2 });
    at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    if (!(flags & 0x20)) return parts;
  }
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(pad4(bytes.length));
  padded.set(bytes);
  const v = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

/** A single-face TrueType file of the tables, in tag order, with their checksums and head's adjustment. */
function assemble(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const power = 2 ** Math.floor(Math.log2(n));
  let at = 12 + 16 * n;
  const offsets = tags.map((t) => {
    const o = at;
    at += pad4((tables.get(t) as Uint8Array).length);
    return o;
  });
  const out = new Uint8Array(at);
  const v = new DataView(out.buffer);
  [0x0001, 0x0000, n, 16 * power, Math.log2(power), 16 * n - 16 * power].forEach((x, i) => v.setUint16(2 * i, x));
  tags.forEach((t, i) => {
    const data = tables.get(t) as Uint8Array;
    const r = 12 + 16 * i;
    for (let k = 0; k < 4; k++) v.setUint8(r + k, t.charCodeAt(k));
    v.setUint32(r + 4, checksum(data));
    v.setUint32(r + 8, offsets[i] as number);
    v.setUint32(r + 12, data.length);
    out.set(data, offsets[i]);
  });
  const head = offsets[tags.indexOf('head')] as number;
  v.setUint32(head + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
