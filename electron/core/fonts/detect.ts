// The font families installed on this computer. Windows: the names inside every
// font file of the system and the per-user fonts folder (no registry: a font
// copied in by hand counts too). Elsewhere: fontconfig's list (fc-list).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FontStatus } from '../../../shared/channels/fonts';
import type { FontSource } from '../ports';
import { chooseFaces } from './faces';
import { fontFileFamilies } from './sfnt';

const FONT_FILE = /\.(ttf|ttc|otf|otc)$/i;


export function defaultFontSource(platform = process.platform, env = process.env): FontSource {
  if (platform !== 'win32') return { kind: 'fontconfig', command: 'fc-list' };
  const windir = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows';
  const dirs = [path.join(windir, 'Fonts')];
  if (env.LOCALAPPDATA) dirs.push(path.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
  return { kind: 'folders', dirs };
}

export async function installedFamilies(source: FontSource): Promise<string[]> {
  const names = new Set<string>();
  if (source.kind === 'folders') {
    for (const dir of source.dirs) {
      let files: string[] = [];
      try {
        files = fs.readdirSync(dir).filter((f) => FONT_FILE.test(f));
      } catch {
        // No per-user fonts folder (before Windows 10 1809), or one we may not read.
      }
      for (const file of files) for (const name of await fontFileFamilies(path.join(dir, file))) names.add(name);
    }
  } else {
    try {
      const { stdout } = await promisify(execFile)(source.command, ['--format', '%{family}\n'], { maxBuffer: 32 * 1024 * 1024 });
      for (const line of stdout.split('\n')) for (const name of line.split(',')) if (name.trim()) names.add(name.trim());
    } catch {
      // No fontconfig: nothing detected, and 设置 says so.
    }
  }
  return [...names].sort();
}

export function describeSource(source: FontSource): string {
  return source.kind === 'folders' ? source.dirs.join('；') : `fontconfig（${source.command}）`;
}

const cache = new Map<string, Promise<string[]>>();

/** The installed families, looked for once per run and source; `refresh` looks again (a font was installed since). */
export function installedFonts({ refresh = false, source = defaultFontSource() }: { refresh?: boolean; source?: FontSource } = {}): Promise<string[]> {
  const key = JSON.stringify(source);
  let found = cache.get(key);
  if (!found || refresh) {
    found = installedFamilies(source);
    cache.set(key, found);
  }
  return found;
}

/**
 * What changes when a font is installed or removed, found without reading the
 * fonts (their files' names, sizes and times; fontconfig's list): the 文书 preview's
 * printouts kept on disk are keyed by it. Once per process, like installedFonts.
 */
export function fontsStamp(source: FontSource = defaultFontSource()): Promise<string> {
  const key = JSON.stringify(source);
  let found = stamps.get(key);
  if (!found) {
    found = source.kind === 'folders' ? Promise.resolve(source.dirs.flatMap(folderStamp).join('|')) : installedFonts({ source }).then((n) => n.join('|'));
    stamps.set(key, found);
  }
  return found;
}
const stamps = new Map<string, Promise<string>>();

function folderStamp(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((f) => FONT_FILE.test(f))
      .map((f) => {
        const st = fs.statSync(path.join(dir, f));
        return `${f}:${st.size}:${st.mtimeMs}`;
      });
  } catch {
    return [];
  }
}

/** What 设置 shows: the face in force for each role, and what to install. */
export async function fontStatus(options: { refresh?: boolean; source?: FontSource } = {}): Promise<FontStatus> {
  const source = options.source ?? defaultFontSource();
  const families = await installedFonts({ refresh: options.refresh, source });
  return { faces: chooseFaces(families), families: families.length, source: describeSource(source) };
}
