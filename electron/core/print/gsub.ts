// GSUB for a cut face (subset.ts): the same scripts, features and lookups, over the
// kept glyphs under their new numbers. Only single and ligature substitutions are
// carried (a CJK face's ccmp, liga, fwid, vert and vrt2 are of these kinds); a face
// with other kinds is not cut, and Chromium prints it whole as before.

/** The GSUB parsed: each lookup's flag and its substitutions, in old glyph numbers. */
export interface Gsub {
  scripts: string[];
  features: { tag: string; lookups: number[] }[];
  lookups: { flag: number; single: Map<number, number>; ligatures: Map<number, number[][]>; results: Map<string, number> }[];
}

const u16 = (v: DataView, at: number) => v.getUint16(at);

function coverage(v: DataView, at: number): number[] {
  const out: number[] = [];
  const n = u16(v, at + 2);
  if (u16(v, at) === 1) for (let i = 0; i < n; i++) out.push(u16(v, at + 4 + 2 * i));
  else for (let i = 0; i < n; i++) for (let g = u16(v, at + 4 + 6 * i); g <= u16(v, at + 6 + 6 * i); g++) out.push(g);
  return out;
}

/** The table at `at`, or null where it holds a kind of substitution (or a mark filtering set) this cannot carry. */
export function readGsub(v: DataView, at: number): Gsub | null {
  const scripts = at + u16(v, at + 4);
  const featureList = at + u16(v, at + 6);
  const lookupList = at + u16(v, at + 8);
  const tag = (p: number) => String.fromCharCode(v.getUint8(p), v.getUint8(p + 1), v.getUint8(p + 2), v.getUint8(p + 3));
  const gsub: Gsub = { scripts: [], features: [], lookups: [] };
  for (let i = 0; i < u16(v, scripts); i++) gsub.scripts.push(tag(scripts + 2 + 6 * i));
  for (let i = 0; i < u16(v, featureList); i++) {
    const r = featureList + 2 + 6 * i;
    const f = featureList + u16(v, r + 4);
    gsub.features.push({ tag: tag(r), lookups: Array.from({ length: u16(v, f + 2) }, (_, k) => u16(v, f + 4 + 2 * k)) });
  }
  for (let l = 0; l < u16(v, lookupList); l++) {
    const lookup = lookupList + u16(v, lookupList + 2 + 2 * l);
    const flag = u16(v, lookup + 2);
    if (flag & 0x10) return null;
    const entry = { flag, single: new Map<number, number>(), ligatures: new Map<number, number[][]>(), results: new Map<string, number>() };
    for (let s = 0; s < u16(v, lookup + 4); s++) {
      let type = u16(v, lookup);
      let sub = lookup + u16(v, lookup + 6 + 2 * s);
      if (type === 7) {
        type = u16(v, sub + 2);
        sub += v.getUint32(sub + 4);
      }
      const covered = coverage(v, sub + u16(v, sub + 2));
      const format = u16(v, sub);
      if (type === 1) {
        covered.forEach((g, i) => entry.single.set(g, format === 1 ? (g + v.getInt16(sub + 4)) & 0xffff : u16(v, sub + 6 + 2 * i)));
      } else if (type === 4) {
        covered.forEach((g, i) => {
          const set = sub + u16(v, sub + 6 + 2 * i);
          for (let k = 0; k < u16(v, set); k++) {
            const lig = set + u16(v, set + 2 + 2 * k);
            const seq = [g, ...Array.from({ length: u16(v, lig + 2) - 1 }, (_, p) => u16(v, lig + 4 + 2 * p))];
            entry.ligatures.set(g, [...(entry.ligatures.get(g) ?? []), seq]);
            entry.results.set(seq.join(','), u16(v, lig));
          }
        });
      } else return null;
    }
    gsub.lookups.push(entry);
  }
  return gsub;
}

/** Adds to `keep` what the substitutions make of kept glyphs (in any context: a few glyphs too many do no harm). */
export function gsubClosure(gsub: Gsub, keep: Set<number>): void {
  for (const lookup of gsub.lookups) {
    for (const [from, to] of lookup.single) if (keep.has(from)) keep.add(to);
    for (const [seq, to] of lookup.results) if (seq.split(',').every((g) => keep.has(Number(g)))) keep.add(to);
  }
}

class Writer {
  bytes: number[] = [];
  u16(x: number) {
    this.bytes.push((x >> 8) & 0xff, x & 0xff);
  }
  tag(t: string) {
    for (let i = 0; i < 4; i++) this.bytes.push(t.charCodeAt(i));
  }
  at(offset: number, x: number) {
    this.bytes[offset] = (x >> 8) & 0xff;
    this.bytes[offset + 1] = x & 0xff;
  }
}

/** The table again over the glyphs `newId` keeps, numbered as it says. */
export function writeGsub(gsub: Gsub, newId: Map<number, number>): Uint8Array {
  const w = new Writer();
  [1, 0, 10, 0, 0].forEach((x) => w.u16(x));
  // ScriptList: every script with one default LangSys holding every feature, as a CJK face's have.
  const scriptList = w.bytes.length;
  w.u16(gsub.scripts.length);
  gsub.scripts.forEach((t) => {
    w.tag(t);
    w.u16(0);
  });
  gsub.scripts.forEach((_, i) => {
    w.at(scriptList + 2 + 6 * i + 4, w.bytes.length - scriptList);
    [4, 0, 0, 0xffff, gsub.features.length, ...gsub.features.map((_f, k) => k)].forEach((x) => w.u16(x));
  });
  const featureList = w.bytes.length;
  w.at(6, featureList);
  w.u16(gsub.features.length);
  gsub.features.forEach((f) => {
    w.tag(f.tag);
    w.u16(0);
  });
  gsub.features.forEach((f, i) => {
    w.at(featureList + 2 + 6 * i + 4, w.bytes.length - featureList);
    [0, f.lookups.length, ...f.lookups].forEach((x) => w.u16(x));
  });
  const lookupList = w.bytes.length;
  w.at(8, lookupList);
  w.u16(gsub.lookups.length);
  gsub.lookups.forEach(() => w.u16(0));
  gsub.lookups.forEach((lookup, i) => {
    const start = w.bytes.length;
    w.at(lookupList + 2 + 2 * i, start - lookupList);
    const single = [...lookup.single].filter(([a, b]) => newId.has(a) && newId.has(b)).map(([a, b]) => [newId.get(a) as number, newId.get(b) as number]);
    const ligatures = [...lookup.ligatures]
      .filter(([g]) => newId.has(g))
      .map(([g, seqs]) => [
        newId.get(g) as number,
        seqs.filter((s) => s.every((x) => newId.has(x)) && newId.has(lookup.results.get(s.join(',')) as number)),
      ] as const)
      .filter(([, seqs]) => seqs.length);
    const isLigature = lookup.single.size === 0 && lookup.ligatures.size > 0;
    [isLigature ? 4 : 1, lookup.flag, 1, 8].forEach((x) => w.u16(x));
    const sub = w.bytes.length;
    if (!isLigature) {
      single.sort((a, b) => (a[0] as number) - (b[0] as number));
      // Format 2: coverage after the substitutes.
      [2, 0, single.length, ...single.map((p) => p[1] as number)].forEach((x) => w.u16(x));
      w.at(sub + 2, w.bytes.length - sub);
      [1, single.length, ...single.map((p) => p[0] as number)].forEach((x) => w.u16(x));
      return;
    }
    ligatures.sort((a, b) => a[0] - b[0]);
    [1, 0, ligatures.length, ...ligatures.map(() => 0)].forEach((x) => w.u16(x));
    ligatures.forEach(([, seqs], k) => {
      const set = w.bytes.length;
      w.at(sub + 6 + 2 * k, set - sub);
      w.u16(seqs.length);
      seqs.forEach(() => w.u16(0));
      seqs.forEach((seq, m) => {
        w.at(set + 2 + 2 * m, w.bytes.length - set);
        [newId.get(lookup.results.get(seq.join(',')) as number) as number, seq.length, ...seq.slice(1).map((x) => newId.get(x) as number)].forEach((x) => w.u16(x));
      });
    });
    w.at(sub + 2, w.bytes.length - sub);
    [1, ligatures.length, ...ligatures.map((l) => l[0])].forEach((x) => w.u16(x));
  });
  return new Uint8Array(w.bytes);
}
