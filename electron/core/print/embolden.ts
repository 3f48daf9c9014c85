// A bold face made from a regular one, as Chromium makes it where a page asks for
// bold and the font has none (a title in 宋体 standing in for 小标宋): each outline
// pushed out by 1/24 em, FreeType's FT_Outline_Embolden, which Skia applies for
// synthetic bold. Done by Chromium, every such glyph becomes a Type 3 font in the
// PDF (a drawn shape, some 13 KB a character, slow to print); done here, the bold
// face embeds as TrueType like any other. Advances stay as they are, as they do
// under synthetic bold, so nothing moves.

interface Point {
  x: number;
  y: number;
  on: boolean;
}

/** A simple glyph's contours; null for a composite or empty glyph (its parts are emboldened on their own). */
function decode(g: DataView): Point[][] | null {
  if (g.byteLength < 10) return null;
  const contours = g.getInt16(0);
  if (contours <= 0) return null;
  const ends = Array.from({ length: contours }, (_, i) => g.getUint16(10 + 2 * i));
  const count = (ends.at(-1) as number) + 1;
  let at = 10 + 2 * contours;
  at += 2 + g.getUint16(at);
  const flags: number[] = [];
  while (flags.length < count) {
    const f = g.getUint8(at++);
    flags.push(f);
    if (f & 0x8) for (let r = g.getUint8(at++); r > 0; r--) flags.push(f);
  }
  const coords = (short: number, same: number) => {
    let value = 0;
    return flags.map((f) => {
      if (f & short) {
        const d = g.getUint8(at++);
        value += f & same ? d : -d;
      } else if (!(f & same)) {
        value += g.getInt16(at);
        at += 2;
      }
      return value;
    });
  };
  const xs = coords(0x2, 0x10);
  const ys = coords(0x4, 0x20);
  const points = flags.map((f, i) => ({ x: xs[i] as number, y: ys[i] as number, on: Boolean(f & 1) }));
  return ends.map((end, i) => points.slice(i ? (ends[i - 1] as number) + 1 : 0, end + 1));
}

/** Twice the signed area: TrueType's outer contours run clockwise, negative here. */
const area = (contours: Point[][]) =>
  contours.flat().length && contours.reduce((sum, c) => sum + c.reduce((s, p, i) => s + p.x * (c[(i + 1) % c.length] as Point).y - (c[(i + 1) % c.length] as Point).x * p.y, 0), 0);

function unit(a: Point, b: Point): { x: number; y: number; l: number } {
  const l = Math.hypot(b.x - a.x, b.y - a.y);
  return { x: l ? (b.x - a.x) / l : 0, y: l ? (b.y - a.y) / l : 0, l };
}

/** FT_Outline_EmboldenXY with both strengths `strength`, in font units. */
function embolden(contours: Point[][], strength: number): Point[][] {
  const half = strength / 2;
  const trueType = area(contours) < 0;
  const out: Point[][] = [];
  for (const c of contours) {
    const n = c.length;
    const moved: Point[] = [];
    for (let i = 0; i < n; i++) {
      const p = c[i] as Point;
      const into = unit(c[(i + n - 1) % n] as Point, p);
      const next = unit(p, c[(i + 1) % n] as Point);
      let [sx, sy] = [0, 0];
      const d = into.x * next.x + into.y * next.y;
      // Shifted only where the outline turns by less than about 160 degrees.
      if (d > -0.9375) {
        const dd = d + 1;
        sx = trueType ? -(into.y + next.y) : into.y + next.y;
        sy = trueType ? into.x + next.x : -(into.x + next.x);
        const q = (trueType ? -1 : 1) * (next.x * into.y - next.y * into.x);
        const l = Math.min(into.l, next.l);
        // Shorter segments limit the shift, so thin strokes do not collapse.
        const scale = half * q <= l * dd ? half / dd : l / q;
        sx *= scale;
        sy *= scale;
      }
      moved.push({ x: Math.round(p.x + half + sx), y: Math.round(p.y + half + sy), on: p.on });
    }
    out.push(moved);
  }
  return out;
}

/** The glyph written again with its points as plain 16-bit coordinates and no hinting instructions (print lays out unhinted). */
function encode(contours: Point[][]): Uint8Array {
  const points = contours.flat();
  const bytes = new DataView(new ArrayBuffer(12 + 2 * contours.length + 5 * points.length));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  bytes.setInt16(0, contours.length);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) [x0, y0, x1, y1] = [Math.min(x0, p.x), Math.min(y0, p.y), Math.max(x1, p.x), Math.max(y1, p.y)];
  [x0, y0, x1, y1].forEach((v, i) => bytes.setInt16(2 + 2 * i, v));
  let at = 10;
  let end = -1;
  for (const c of contours) {
    end += c.length;
    bytes.setUint16(at, end);
    at += 2;
  }
  bytes.setUint16(at, 0);
  at += 2;
  for (const p of points) bytes.setUint8(at++, p.on ? 1 : 0);
  for (const axis of [xs, ys]) {
    let last = 0;
    for (const v of axis) {
      bytes.setInt16(at, v - last);
      at += 2;
      last = v;
    }
  }
  return new Uint8Array(bytes.buffer);
}

/** The outline made bold by 1/24 of `unitsPerEm`; a composite or empty glyph as it was. */
export function emboldenGlyph(glyph: DataView, unitsPerEm: number): DataView {
  const contours = decode(glyph);
  if (!contours) return glyph;
  const bold = encode(embolden(contours, unitsPerEm / 24));
  return new DataView(bold.buffer);
}

/**
 * The name table of the bold face: its own family, full and PostScript names
 * ("UMingCN-Bold" in the PDF, beside the regular "UMingCN"), in Windows Unicode records.
 */
export function renamedBold(name: Uint8Array): Uint8Array {
  const v = new DataView(name.buffer, name.byteOffset, name.byteLength);
  const strings = v.getUint16(4);
  const read = (id: number) => {
    for (let i = 0; i < v.getUint16(2); i++) {
      const r = 6 + 12 * i;
      if (v.getUint16(r) !== 3 || v.getUint16(r + 2) !== 1 || v.getUint16(r + 6) !== id) continue;
      const bytes = Buffer.from(name.subarray(strings + v.getUint16(r + 10), strings + v.getUint16(r + 10) + v.getUint16(r + 8)));
      return bytes.swap16().toString('utf16le');
    }
    return null;
  };
  const postscript = `${(read(6) ?? 'Face').replace(/-.*$/, '')}-Bold`;
  const family = read(1) ?? postscript;
  const records: [number, string][] = [[1, family], [2, 'Bold'], [4, `${family} Bold`], [6, postscript]];
  const texts = records.map(([, t]) => Buffer.from(t, 'utf16le').swap16());
  const out = new DataView(new ArrayBuffer(6 + 12 * records.length + texts.reduce((n, t) => n + t.length, 0)));
  out.setUint16(2, records.length);
  out.setUint16(4, 6 + 12 * records.length);
  let at = 0;
  records.forEach(([id], i) => {
    const r = 6 + 12 * i;
    [3, 1, 0x409, id, (texts[i] as Buffer).length, at].forEach((x, k) => out.setUint16(r + 2 * k, x));
    new Uint8Array(out.buffer).set(texts[i] as Buffer, 6 + 12 * records.length + at);
    at += (texts[i] as Buffer).length;
  });
  return new Uint8Array(out.buffer);
}
