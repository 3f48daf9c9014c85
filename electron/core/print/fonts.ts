// A fontconfig file that maps the Windows font names our documents and UI ask for
// to Debian's TrueType CJK faces, so that screenshots and PDFs made here look as
// they will on Windows (FORMATS.md, "Measured on this workplace's machines").
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { processTempDir } from '../files';
import type { FaceFile } from '../ports';

const ALIASES: [string[], string][] = [
  [['仿宋', '仿宋_GB2312', 'FangSong', 'FangSong_GB2312', 'STFangsong'], 'AR PL UMing CN'],
  [['楷体', '楷体_GB2312', 'KaiTi', 'KaiTi_GB2312', 'STKaiti'], 'AR PL UKai CN'],
  [['黑体', 'SimHei'], 'WenQuanYi Zen Hei'],
  [['宋体', 'SimSun'], 'AR PL UMing CN'],
  [['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK'], 'Noto Serif CJK SC'],
  [['微软雅黑', 'Microsoft YaHei'], 'Noto Sans CJK SC'],
];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function fontconfigXml(): string {
  const rules = ALIASES.flatMap(([names, face]) =>
    names.map(
      (n) => `  <match target="pattern">
    <test name="family"><string>${escapeXml(n)}</string></test>
    <edit name="family" mode="assign" binding="strong"><string>${escapeXml(face)}</string></edit>
  </match>`,
    ),
  );
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${rules.join('\n')}
</fontconfig>
`;
}

/** Writes the file once per process, in a folder removed when the process exits, and returns its path, for FONTCONFIG_FILE. */
let written: string | undefined;
export function fontconfigFile(): string {
  if (!written) {
    const dir = processTempDir('fonts');
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    written = path.join(dir, 'fonts.conf');
    fs.writeFileSync(written, fontconfigXml());
  }
  return written;
}

const faces = new Map<string, Promise<FaceFile | null>>();

/**
 * The face Chromium takes for a family name under our fontconfig file: fc-match's
 * answer when it is that family or our alias for it (fc-match always answers, with
 * some default face, where Chromium would go on to the next name); null otherwise
 * or without fontconfig. Asked once per name and process.
 */
export function fontconfigFace(family: string): Promise<FaceFile | null> {
  let found = faces.get(family);
  if (!found) {
    found = (async () => {
      const alias = ALIASES.find(([names]) => names.includes(family))?.[1];
      try {
        const { stdout } = await promisify(execFile)('fc-match', ['--format', '%{file}\t%{index}\t%{family}', family], { env: { ...process.env, FONTCONFIG_FILE: fontconfigFile() } });
        const [file, index, families] = stdout.split('\t');
        const names = (families ?? '').split(',').map((n) => n.trim().toLowerCase());
        return file && (names.includes(family.toLowerCase()) || (alias && names.includes(alias.toLowerCase()))) ? { file, index: Number(index) || 0 } : null;
      } catch {
        return null;
      }
    })();
    faces.set(family, found);
  }
  return found;
}
