// How alike two texts are (Dice coefficient over character pairs): for matching a
// row of the task table to a task of the body, and an annex title to its heading.
function bigrams(s: string): Map<string, number> {
  const t = s.replace(/[\s，。、；：“”"（）()《》]/g, '');
  const out = new Map<string, number>();
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let both = 0;
  let total = 0;
  for (const [g, n] of x) {
    both += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * both) / total;
}
