// The harness's door carries answers as JSON text: they must come out in the page
// as they do over Electron's IPC, bytes as a Uint8Array included.
import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from '../harness/harness';

const BYTES_KEY = '\u0000bytes';

describe('the harness door', () => {
  it('gives back an answer as it was, with its bytes (a Uint8Array or a Buffer) as a Uint8Array', () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x80]);
    // A Buffer that views part of a larger one, as Node's pooled Buffers do.
    const pooled = Buffer.from([9, 9, 1, 2, 3, 9]).subarray(2, 5);
    const answer = { ok: true, value: { pdf, parts: [pooled], pages: 2, title: '关于开展专项整治的总结', none: null } };
    const back = fromWire(toWire(answer), BYTES_KEY) as typeof answer;
    expect(back.value.pdf).toBeInstanceOf(Uint8Array);
    expect([...back.value.pdf]).toEqual([...pdf]);
    expect([...(back.value.parts[0] ?? [])]).toEqual([1, 2, 3]);
    expect({ ...back, value: { ...back.value, pdf: null, parts: null } }).toEqual({ ...answer, value: { ...answer.value, pdf: null, parts: null } });
  });
});
