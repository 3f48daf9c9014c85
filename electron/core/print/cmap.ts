// cmap for a cut face (subset.ts): reading the face's Unicode subtables, and
// writing one that maps only the page's characters, so that any other character
// falls through to the next family in the page's list instead of an empty glyph.

/** The glyph of each code point the face maps (format 12 or 4 subtables of the Unicode encodings). */
export function cmapLookup(v: DataView, codePoints: Set<number>): Map<number, number> {
  const cmap = 0;
  const found = new Map<number, number>();
  const subtables: { format: number; at: number }[] = [];
  for (let i = 0; i < v.getUint16(cmap + 2); i++) {
    const r = cmap + 4 + 8 * i;
    const [platform, encoding] = [v.getUint16(r), v.getUint16(r + 2)];
    if (platform !== 0 && !(platform === 3 && (encoding === 1 || encoding === 10))) continue;
    const at = cmap + v.getUint32(r + 4);
    subtables.push({ format: v.getUint16(at), at });
  }
  // The full-repertoire table first; a BMP table fills in what is left.
  subtables.sort((a, b) => (b.format === 12 ? 1 : 0) - (a.format === 12 ? 1 : 0));
  for (const { format, at } of subtables) {
    for (const c of codePoints) {
      if (found.has(c)) continue;
      const g = format === 12 ? format12(v, at, c) : format === 4 ? format4(v, at, c) : 0;
      if (g) found.set(c, g);
    }
  }
  return found;
}

function format12(v: DataView, at: number, c: number): number {
  let [lo, hi] = [0, v.getUint32(at + 12) - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = at + 16 + 12 * mid;
    if (c < v.getUint32(r)) hi = mid - 1;
    else if (c > v.getUint32(r + 4)) lo = mid + 1;
    else return v.getUint32(r + 8) + c - v.getUint32(r);
  }
  return 0;
}

function format4(v: DataView, at: number, c: number): number {
  if (c > 0xffff) return 0;
  const segments = v.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const ranges = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    if (c > v.getUint16(ends + 2 * s)) continue;
    if (c < v.getUint16(starts + 2 * s)) return 0;
    const range = v.getUint16(ranges + 2 * s);
    if (!range) return (c + v.getUint16(deltas + 2 * s)) & 0xffff;
    const g = v.getUint16(ranges + 2 * s + range + 2 * (c - v.getUint16(starts + 2 * s)));
    return g ? (g + v.getUint16(deltas + 2 * s)) & 0xffff : 0;
  }
  return 0;
}

/** A cmap of the mapped code points only: format 4 for the BMP, format 12 as well past it. */
export function cmapTable(mapped: Map<number, number>): Uint8Array {
  const pairs = [...mapped].sort((a, b) => a[0] - b[0]);
  const bmp = pairs.filter(([c]) => c <= 0xffff);
  // Runs of consecutive code points with consecutive glyphs share a segment.
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const [c, g] of bmp) {
    const last = segments.at(-1);
    if (last && c === last.end + 1 && ((g - c) & 0xffff) === last.delta && c !== 0xffff) last.end = c;
    else if (c !== 0xffff) segments.push({ start: c, end: c, delta: (g - c) & 0xffff });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const n = segments.length;
  const f4 = new DataView(new ArrayBuffer(16 + 8 * n));
  const power = 2 ** Math.floor(Math.log2(n));
  [4, f4.byteLength, 0, 2 * n, 2 * power, Math.log2(power), 2 * n - 2 * power].forEach((x, i) => f4.setUint16(2 * i, x));
  segments.forEach((s, i) => {
    f4.setUint16(14 + 2 * i, s.end);
    f4.setUint16(16 + 2 * n + 2 * i, s.start);
    f4.setUint16(16 + 4 * n + 2 * i, s.delta);
  });
  const astral = pairs.filter(([c]) => c > 0xffff);
  const f12 = astral.length ? new DataView(new ArrayBuffer(16 + 12 * pairs.length)) : null;
  if (f12) {
    f12.setUint16(0, 12);
    f12.setUint32(4, f12.byteLength);
    f12.setUint32(12, pairs.length);
    pairs.forEach(([c, g], i) => [c, c, g].forEach((x, k) => f12.setUint32(16 + 12 * i + 4 * k, x)));
  }
  const records = f12 ? 2 : 1;
  const head = new DataView(new ArrayBuffer(4 + 8 * records));
  head.setUint16(2, records);
  head.setUint16(4, 3);
  head.setUint16(6, 1);
  head.setUint32(8, head.byteLength);
  if (f12) {
    head.setUint16(12, 3);
    head.setUint16(14, 10);
    head.setUint32(16, head.byteLength + f4.byteLength);
  }
  return concat([head, f4, ...(f12 ? [f12] : [])].map((d) => new Uint8Array(d.buffer)));
}


export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
