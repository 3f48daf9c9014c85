// Traditional characters (a notice reposted by a mirror site) read as simplified, one
// character for one, so that every offset into the original text still holds: the
// review screen shows the original, the parser reads 關於開展 as 关于开展.
import { Converter } from 'opencc-js/t2cn';
import type { Mapped } from './mapped';

let convert: ((s: string) => string) | null = null;
const toSimplified = (s: string) => (convert ??= Converter({ from: 't', to: 'cn' }))(s);

export function simplified(m: Mapped): Mapped {
  if (!/[\u3400-\u9fff]/.test(m.text)) return m;
  const whole = toSimplified(m.text);
  if (whole.length === m.text.length) return whole === m.text ? m : { text: whole, at: m.at };
  // A phrase rule changed the length: fall back on single characters, keeping those that stay one unit.
  const text = m.text.replace(/[\s\S]/g, (ch) => {
    const s = toSimplified(ch);
    return s.length === ch.length ? s : ch;
  });
  return { text, at: m.at };
}
