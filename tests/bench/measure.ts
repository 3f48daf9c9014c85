// Timing helpers for `npm run bench`: each figure is the median of several runs.
import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  runs: number[];
  target?: number;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function measure(name: string, times: number, fn: () => Promise<void> | void, target?: number): Promise<Figure> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    runs.push(performance.now() - start);
  }
  return { name, runs, target };
}
