// Passwords on the command line: from standard input, one per line (never from the
// arguments, which other users can see), or ZICHA_PASSWORD for a locked database.
// A leaf beside common.ts (which opens every database with cliSecret) and lock.ts.
import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { keyFilePath } from '../db/cipher';

/** The part of the CLI's environment read here (tests hand in standard input). */
type Stdin = { stdin?: () => Promise<string> };

async function processStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function stdinLines(env: Stdin, needed: number, what: string): Promise<string[]> {
  const lines = (await (env.stdin ?? processStdin)()).split(/\r?\n/);
  if (lines.length < needed || lines.slice(0, needed).some((l) => l === '')) {
    throw new AppError('passwordMissing', `请从标准输入提供${what}，每行一个（例如 printf '%s\\n' "$密码" | npm run zicha -- …）`);
  }
  return lines.slice(0, needed);
}

/** The password of a locked database, or undefined when it has no lock. */
export async function cliSecret(databaseFile: string, env: Stdin): Promise<string | undefined> {
  if (!fs.existsSync(keyFilePath(databaseFile))) return undefined;
  const fromEnv = process.env.ZICHA_PASSWORD;
  if (fromEnv) return fromEnv;
  const [line] = await stdinLines(env, 1, '应用锁密码（或设置环境变量 ZICHA_PASSWORD）');
  return line;
}
