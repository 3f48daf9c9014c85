// Mirror sites' copies: doubled punctuation and keycap numbers (1️⃣, or 1?? after a bad
// copy) read as the page meant them, every character keeping its source offset.
import { describe, expect, it } from 'vitest';
import { noticeLines } from '../../electron/core/campaigns/notice/lines';

describe('a mirror site’s lines', () => {
  it('drops the comma before another mark and reads keycap numbers as list numbers', () => {
    const source = '1\ufe0f\u20e3有48家医疗机构\n2??有46家,,医疗机构,。\n';
    const [a, b] = noticeLines(source).map((l) => l.m);
    expect(a?.text).toBe('1、有48家医疗机构');
    expect(b?.text).toBe('2、有46家,医疗机构。');
    // "有" still points at its own character in the source.
    const at = b?.at[b.text.indexOf('有')] ?? -1;
    expect(source[at]).toBe('有');
  });

  it('leaves a question mark inside a sentence alone', () => {
    expect(noticeLines('是否存在重复收费?是否串换?')[0]?.m.text).toBe('是否存在重复收费?是否串换?');
  });
});
