// Hostile inputs for the channels, from a seeded PRNG so that every run is the
// same: some are anything at all (wrong types, deep nesting), the rest follow the
// channel's zod schema in shape but carry hostile leaves, so that they get past
// validation and reach the handlers.

export { seededRandom as prng } from '../../electron/core/demo/random';

const MB = 'A'.repeat(1024 * 1024);

export const HOSTILE_TEXT = [
  '',
  ' ',
  '../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  'C:\\Windows\\System32\\config\\SAM',
  '/etc/passwd',
  'CON',
  'a\u0000b',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  ']]>&<!ENTITY x SYSTEM "file:///etc/passwd">&x;',
  '=cmd|\' /C calc\'!A0',
  '=HYPERLINK("http://evil.example/","点此")',
  '+1+1',
  "'; DROP TABLE problem; --",
  '\u202e\ufeff\ud800',
  '检查问题第1项',
  'sc-2020-96',
  '2026-02-30',
  '9999-99-99',
  '2026-03-01',
];

export const HOSTILE_NUMBERS = [0, -1, 1.5, -0, NaN, Infinity, -Infinity, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e308];

/** Mostly ids and amounts that exist in the demo, so that the input reaches the handler. */
function number(rand: () => number): number {
  return rand() < 0.7 ? 1 + Math.floor(rand() * 8) : pick(rand, HOSTILE_NUMBERS);
}

/** Now and then a megabyte, which the schemas must refuse before anything is done. */
function text(rand: () => number): string {
  return rand() < 0.04 ? MB : pick(rand, HOSTILE_TEXT);
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function nested(depth: number): unknown {
  let v: unknown = { x: 1 };
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Anything at all: the wrong type for nearly every channel. */
export function anyValue(rand: () => number): unknown {
  const kinds: (() => unknown)[] = [
    () => undefined,
    () => null,
    () => number(rand),
    () => text(rand),
    () => rand() < 0.5,
    () => [pick(rand, HOSTILE_TEXT), pick(rand, HOSTILE_NUMBERS)],
    () => ({ __proto__: { admin: true }, constructor: { prototype: { polluted: true } } }),
    () => JSON.parse('{"__proto__": {"polluted": true}, "id": 1}'),
    () => nested(5000),
    () => ({ extra: pick(rand, HOSTILE_TEXT) }),
    () => new Array(100_000).fill(1),
  ];
  return pick(rand, kinds)();
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;

/** A value shaped like the schema, with hostile leaves; now and then a key too many or too few. */
export function shaped(schema: unknown, rand: () => number, depth = 0): unknown {
  const def = defOf(schema);
  if (depth > 6) return undefined;
  switch (def.type) {
    case 'string':
      return text(rand);
    case 'number':
    case 'int':
      return number(rand);
    case 'boolean':
      return rand() < 0.5;
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'literal':
      return pick(rand, def.values as unknown[]);
    case 'enum':
      return rand() < 0.9 ? pick(rand, Object.values(def.entries as object)) : pick(rand, HOSTILE_TEXT);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      if (rand() < 0.25) return def.type === 'nullable' ? null : undefined;
      return shaped(def.innerType, rand, depth + 1);
    case 'pipe':
      return shaped(def.in, rand, depth + 1);
    case 'lazy':
      return shaped((def.getter as () => unknown)(), rand, depth + 1);
    case 'union':
    case 'discriminatedUnion':
      return shaped(pick(rand, def.options as unknown[]), rand, depth + 1);
    case 'array': {
      const n = rand() < 0.1 ? 0 : 1 + Math.floor(rand() * 3);
      return Array.from({ length: n }, () => shaped(def.element, rand, depth + 1));
    }
    case 'record':
      return { [String(pick(rand, HOSTILE_TEXT)).slice(0, 40)]: shaped(def.valueType, rand, depth + 1) };
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) {
        if (rand() < 0.05) continue; // a key missing
        out[key] = shaped(value, rand, depth + 1);
      }
      if (rand() < 0.05) out.extra = pick(rand, HOSTILE_TEXT);
      return out;
    }
    case 'tuple':
      return (def.items as unknown[]).map((item) => shaped(item, rand, depth + 1));
    default:
      return anyValue(rand);
  }
}
