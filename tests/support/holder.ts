// Another process beside a command: rekeyHolderChild.ts holding the database alone
// (as a re-key does) until told what to do, and a look at what a process has open.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './temp';

/** The holder, once it holds the file alone; `exited` tells its exit code. */
export async function holder(db: string, password: string): Promise<{ child: ChildProcessWithoutNullStreams; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests', 'support', 'rekeyHolderChild.ts'), db, password], { cwd: repoRoot });
  let out = '';
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0) console.error(`the holder failed: ${out}`);
      resolve(code);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => void ((out += c.toString()).includes('held\n') && resolve()));
    void exited.then(() => reject(new Error(`the holder ended before it held the file: ${out}`)));
  });
  return { child, exited };
}

export const tell = (child: ChildProcessWithoutNullStreams, line: string) => new Promise<void>((resolve) => child.stdin.write(`${line}\n`, () => resolve()));

/** Whether process `pid` has `file` open (a command opens the database only after it has read the key file). */
export function hasOpen(pid: number, file: string): boolean {
  try {
    return fs.readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
      } catch {
        return false; // closed meanwhile
      }
    });
  } catch {
    return false; // exited
  }
}
