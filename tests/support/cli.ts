// The command line as the tests run it: the real runCli with a fixed clock,
// its output collected instead of printed.
import { runCli, type CliEnvironment } from '../../electron/core/cli';
import { resourcesDir } from './temp';

export type CliRun = { code: number; out: string; err: string };

export function cliRunner(now: string, extra: Partial<Omit<CliEnvironment, 'out' | 'err'>> = {}) {
  return async (...argv: string[]): Promise<CliRun> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, {
      resourcesDir,
      version: 'test',
      now: () => new Date(now),
      ...extra,
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}
