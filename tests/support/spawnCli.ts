// The command line as IT staff script it: every command a process of its own
// (`node --import tsx electron/core/cliMain.ts …`), with its own temp folder, so
// that concurrent writers and SIGKILLs are real. SOAK (npm run soak) raises the counts.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './temp';

export const SOAK = process.env.ZICHA_SOAK === '1';
/** npm run soak's counts (at least 100 each); ZICHA_SOAK_COUNT runs a shorter soak. */
export const SOAK_COUNT = Number(process.env.ZICHA_SOAK_COUNT) || 100;

export interface SpawnedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

export interface SpawnOptions {
  stdin?: string;
  env?: Record<string, string>;
  /** SIGKILL after this many ms (a random moment of the run). */
  killAfterMs?: number;
  /** Told the process id once it runs (to watch what it has open). */
  started?: (pid: number) => void;
}

const MAIN = path.join(repoRoot, 'electron', 'core', 'cliMain.ts');

export function zicha(argv: string[], options: SpawnOptions = {}): Promise<SpawnedRun> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', MAIN, ...argv], {
      cwd: repoRoot,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    if (p.pid !== undefined) options.started?.(p.pid);
    p.stdin.on('error', () => {}); // killed before it read
    p.stdin.end(options.stdin ?? '');
    const timer = options.killAfterMs === undefined ? null : setTimeout(() => p.kill('SIGKILL'), options.killAfterMs);
    p.on('error', reject);
    p.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, out, err });
    });
  });
}

/** A raw error reached the officer: an internal error, an English SQLite or Node message, or a stack. */
export function rawError(run: SpawnedRun): string | null {
  const text = `${run.out}\n${run.err}`;
  const m = /内部错误|SQLITE_|\bat .+\.ts:\d+|\bError: |ENOENT|EACCES|ENOSPC|database is locked|disk I\/O error|not a database/.exec(text);
  return m ? text.slice(Math.max(0, m.index - 200), m.index + 200) : null;
}

/** The numbers an import said it gave: "已导入 5 个问题（编号 WT2026-0046 至 WT2026-0050）". */
export function told(run: SpawnedRun): string[] {
  const m = /已导入 (\d+) 个问题（编号 ([A-Z]+\d{4})-(\d{4}) 至 [A-Z]+\d{4}-(\d{4})）/.exec(run.out);
  if (!m) return [];
  const [, , prefix, from, to] = m;
  const numbers: string[] = [];
  for (let n = Number(from); n <= Number(to); n++) numbers.push(`${prefix}-${String(n).padStart(4, '0')}`);
  return numbers;
}
