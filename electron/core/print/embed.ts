// A print page that carries its own fonts: for each font-family list in its CSS,
// the face the printer's Chromium would take is cut down to the characters of the
// page (subset.ts) and declared under the same name as a web font. The page lays
// out exactly as before, with the same faces; Chromium only no longer sends each
// whole system font file to its PDF writer, which was most of a 公文's print time.
import fs from 'node:fs';
import type { FaceFile } from '../ports';
import { fileReader, subsetFace } from './subset';
import { toWoff } from './woff';

/** Where the printer's Chromium finds the face for a family name, or null. */
export type FontLocator = (family: string) => Promise<FaceFile | null>;

const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'inherit', 'initial']);
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const familyNames = (list: string) => list.split(',').map((n) => n.trim().replace(/^["']|["']$/g, '')).filter(Boolean);

/** Every character the page can show: its text and CSS (generated content such as "— " counter(page) " —"), entities decoded, and the digits counters print. */
function pageCodePoints(html: string): Set<number> {
  const points = new Set<number>();
  const add = (text: string) => {
    for (const ch of text) points.add(ch.codePointAt(0) as number);
  };
  add(html.replace(/data:[^"')]+/g, ''));
  add('0123456789');
  for (const [, name] of html.matchAll(ENTITY)) {
    const n = (name as string).toLowerCase();
    add(n.startsWith('#x') ? String.fromCodePoint(parseInt(n.slice(2), 16)) : n.startsWith('#') ? String.fromCodePoint(Number(n.slice(1))) : (NAMED[n] ?? ''));
  }
  return points;
}

function cutFace(face: FaceFile, points: Set<number>, bold = false): Uint8Array | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(face.file, 'r');
    return subsetFace(fileReader(fd), face.index, points, { bold });
  } catch {
    return null; // gone or unreadable: Chromium finds what it finds, as before
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

const faceRule = (family: string, font: Uint8Array, weight?: number) =>
  `@font-face { font-family: "${family}";${weight ? ` font-weight: ${weight};` : ''} src: url(data:font/woff;base64,${Buffer.from(toWoff(font)).toString('base64')}); }`;

const FAMILY_LIST = /font-family:\s*([^;}"']*(?:(?:"[^"]*"|'[^']*')[^;}"']*)*)/g;

/**
 * The page with its faces cut to its characters, as web fonts: each font-family
 * list gets, before the first name the printer has a face for, that face under a
 * name of ours (ZichaFace0…), one per face however many names lead to it (here
 * 仿宋 and 宋体 both do, to AR PL UMing). Names of the page's own @font-face rules
 * and generic families are passed over, as is a face that cannot be cut, which
 * Chromium then finds as before. `boldText`, all the text the page sets bold, gets
 * each face's bold too (embolden.ts); a bold character outside it falls through to
 * the system face, printed as before.
 */
export async function withEmbeddedFonts(html: string, locate: FontLocator, options: { boldText?: string } = {}): Promise<string> {
  const declared = new Set([...html.matchAll(/@font-face\s*\{[^}]*?font-family:\s*([^;}]+)/g)].flatMap((m) => familyNames(m[1] as string)));
  const lists = new Set([...html.matchAll(FAMILY_LIST)].map((m) => (m[1] as string).trim()));
  let points: Set<number> | undefined;
  const aliases = new Map<string, string | null>();
  const rules: string[] = [];
  const choices = new Map<string, { name: string; alias: string }>();
  for (const list of lists) {
    for (const name of familyNames(list)) {
      if (GENERIC.has(name.toLowerCase())) break;
      if (declared.has(name)) continue; // the page's own face, which may or may not load: the next name is its fallback
      const face = await locate(name);
      if (!face) continue;
      const key = `${face.file}#${face.index}`;
      if (!aliases.has(key)) {
        const cut = cutFace(face, (points ??= pageCodePoints(html)));
        const alias = cut ? `ZichaFace${rules.length}` : null;
        if (cut) rules.push(faceRule(alias as string, cut));
        // Its bold, made here for the text the page sets bold, where Chromium would embolden each glyph into a Type 3 font.
        const bold = alias && options.boldText ? cutFace(face, pageCodePoints(options.boldText), true) : null;
        if (bold) rules.push(faceRule(alias as string, bold, 700));
        aliases.set(key, alias);
      }
      const alias = aliases.get(key);
      if (alias) choices.set(list, { name, alias });
      break;
    }
  }
  if (!rules.length) return html;
  const rewritten = html.replace(FAMILY_LIST, (whole, list: string) => {
    const choice = choices.get(list.trim());
    if (!choice) return whole;
    const names = list.trim().split(',').map((token) => (familyNames(token)[0] === choice.name ? `"${choice.alias}", ${token.trim()}` : token.trim()));
    return `font-family: ${names.join(', ')}${/\s*$/.exec(list)?.[0] ?? ''}`;
  });
  const style = `<style>${rules.join('\n')}</style>`;
  return /<\/head>/i.test(rewritten) ? rewritten.replace(/<\/head>/i, () => `${style}</head>`) : `${style}${rewritten}`;
}
