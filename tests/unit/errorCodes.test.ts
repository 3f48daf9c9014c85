// Error codes are a closed set (shared/errors.ts): every code in it is thrown
// somewhere, a branch on a code outside it does not compile, and a code arriving
// through a door is narrowed to the set.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, fromWire, type ErrorCode } from '../../shared/errors';
import { repoRoot } from '../support/temp';

const SOURCES = ['electron', 'shared', 'renderer/src'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(e.name) ? [file] : [];
  });
}

/** The codes written where an error is made: `new AppError('code', …)`, `new ApiError({ code: 'code', … })`, `error: { code: 'code', … }`. */
function thrownCodes(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/AppError\(|ApiError\(|error: \{ code:/g)) {
    // Up to the message: the codes come first, the message is Chinese or a template.
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const head = rest.slice(0, rest.search(/[`\u4e00-\u9fff]|$/));
    found.push(...[...head.matchAll(/'([A-Za-z]+)'/g)].map((c) => c[1]!));
  }
  return found;
}

describe('error codes', () => {
  // That nothing throws a code outside them, tsc checks: AppError's constructor takes only these.
  it('are each thrown somewhere, once listed', () => {
    const thrown = new Set(SOURCES.flatMap((d) => sourceFiles(path.join(repoRoot, d))).flatMap((f) => thrownCodes(fs.readFileSync(f, 'utf8'))));
    expect(ERROR_CODES.filter((c) => !thrown.has(c))).toEqual([]);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it('finds the codes of a ternary and of a multi-line call, and not the message', () => {
    expect(thrownCodes("throw new AppError(locked ? 'pdfLocked' : 'corruptFile', locked ? `PDF“${name}”` : '文件')")).toEqual(['pdfLocked', 'corruptFile']);
    expect(thrownCodes("new AppError(\n  'olderRevision',\n  '专项行动较旧', 'x')")).toEqual(['olderRevision']);
  });

  it('narrows a code arriving through a door to the set', () => {
    expect(fromWire({ code: 'locked', message: '已锁定' })).toEqual({ code: 'locked', message: '已锁定' });
    expect(fromWire({ code: 'notYet', message: '即将推出', where: 'x' })).toEqual({ code: 'internal', message: '即将推出', where: 'x' });
    expect(new AppError('invalid', '格式不正确').toData()).toEqual({ code: 'invalid', message: '格式不正确' });
  });

  it('refuses at compile time a code nobody throws (checked by tsc)', () => {
    // @ts-expect-error 'notYet' is not an error code: nothing throws it.
    const made = new AppError('notYet', '即将推出');
    // @ts-expect-error no overlap: the window cannot branch on a code nothing throws.
    const branch = (code: ErrorCode) => code === 'notYet';
    expect(made.code).toBe('notYet');
    expect(branch('locked')).toBe(false);
  });
});
