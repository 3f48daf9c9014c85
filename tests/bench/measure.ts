// Timing helpers for `npm run bench`: each figure is the median of several runs.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  runs: number[];
  target?: number;
  /** What else the figure says (peak memory, a ratio, a growth), with its own verdict where it has a target. */
  notes?: { text: string; ok?: boolean }[];
  /** A run that could not finish: said instead of a time. */
  failed?: string;
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

/**
 * Resident memory (MB) of this process and every process it started (Chromium's),
 * summed as PSS: memory the processes share (Chromium's shared-memory print data
 * above all) counts once, where summing RSS would count it in every process.
 */
export function treeRssMb(): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const rollup = fs.readFileSync(`/proc/${entry}/smaps_rollup`, 'utf8');
      rss.set(Number(entry), Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0));
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let kb = rss.get(process.pid) ?? 0;
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      kb += rss.get(child) ?? 0;
      visit(child);
    }
  };
  visit(process.pid);
  return kb / 1024;
}

/**
 * CPU time (ms) this process and the processes it started have used so far: the
 * live ones' own, and what ended children left to their parents. On a machine
 * shared with other work, it says what a figure cost where the wall clock cannot.
 */
export function treeCpuMs(): number {
  const tick = 1000 / 100; // USER_HZ on Linux
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command's closing parenthesis: state ppid … utime(14) stime(15) cutime(16) cstime(17).
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(f[1]);
      ticks.set(Number(entry), Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]));
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const visit = (pid: number) => {
    total += ticks.get(pid) ?? 0;
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(process.pid);
  return total * tick;
}

/** Runs `fn` while sampling treeRssMb; the highest sample, in MB. */
export async function peakRssMb(fn: () => Promise<void>): Promise<number> {
  let peak = treeRssMb();
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMb())), 100);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, treeRssMb());
}

/**
 * How a cost grows with the data: the exponent k in time ∝ size^k between the two
 * largest sizes (1 is linear; fixed costs make small sizes look better than linear).
 */
export function growthNote(sizes: number[], times: number[]): { text: string; ok: boolean } {
  const n = sizes.length;
  const k = Math.log((times[n - 1] ?? NaN) / (times[n - 2] ?? NaN)) / Math.log((sizes[n - 1] ?? NaN) / (sizes[n - 2] ?? NaN));
  // Timing noise on a shared machine: up to 1.15 still reads as linear.
  const ok = k <= 1.15;
  return { text: `增长指数 ${k.toFixed(2)}（${ok ? (k < 0.85 ? '优于线性' : '线性') : '超线性'}）`, ok };
}
