// Which face each part of an official document is set in, given the font families
// installed (pure: the document writers call it with detect.ts's list). GB/T 9704
// wants 方正小标宋简体 for the title, 仿宋_GB2312 for the body, 黑体 and 楷体_GB2312 for
// the first two heading levels; page numbers are in 宋体 (FORMATS.md). Where a face
// is missing, a named fallback that Windows ships is used, and 设置 says so.
import type { FaceChoice, FontRole } from '../../../shared/channels/fonts';

type Rule = {
  label: string;
  /** The standard face first, then other names of the same design (Windows' 仿宋 is 仿宋_GB2312's). */
  standard: string[];
  fallbacks: string[];
  boldFallback?: boolean;
  install: string;
};

const WINDOWS_SUPPLEMENT = '在 Windows“设置 → 应用 → 可选功能”中添加“中文(简体)补充字体”';

const RULES: Record<FontRole, Rule> = {
  title: {
    label: '标题',
    standard: ['方正小标宋简体', '方正小标宋_GBK'],
    fallbacks: ['宋体'],
    boldFallback: true,
    install: '安装方正小标宋简体（方正字库的商用字体，需向方正电子取得授权；本软件不附带）',
  },
  body: {
    label: '正文',
    standard: ['仿宋_GB2312', '仿宋'],
    fallbacks: ['宋体'],
    install: `安装仿宋_GB2312，或${WINDOWS_SUPPLEMENT}（含“仿宋”）`,
  },
  heading1: { label: '一级标题', standard: ['黑体'], fallbacks: ['微软雅黑', '宋体'], install: `${WINDOWS_SUPPLEMENT}（含“黑体”）` },
  heading2: {
    label: '二级标题',
    standard: ['楷体_GB2312', '楷体'],
    fallbacks: ['仿宋_GB2312', '仿宋', '宋体'],
    install: `安装楷体_GB2312，或${WINDOWS_SUPPLEMENT}（含“楷体”）`,
  },
  pageNumber: { label: '页码', standard: ['宋体'], fallbacks: ['仿宋_GB2312', '仿宋'], install: `${WINDOWS_SUPPLEMENT}（含“宋体”）` },
};

export const FONT_ROLES = Object.keys(RULES) as FontRole[];

/** The English and older names under which the same faces are installed. */
const ALIASES: Record<string, string[]> = {
  方正小标宋简体: ['FZXiaoBiaoSong-B05S', 'FZXiaoBiaoSong-B05'],
  方正小标宋_GBK: ['FZXiaoBiaoSong-B05'],
  仿宋_GB2312: ['FangSong_GB2312'],
  仿宋: ['FangSong'],
  楷体_GB2312: ['KaiTi_GB2312'],
  楷体: ['KaiTi'],
  黑体: ['SimHei'],
  宋体: ['SimSun'],
  微软雅黑: ['Microsoft YaHei'],
};

function has(installed: ReadonlySet<string>, face: string): boolean {
  return [face, ...(ALIASES[face] ?? [])].some((n) => installed.has(n.toLowerCase()));
}

export function chooseFace(role: FontRole, installed: readonly string[]): FaceChoice {
  const rule = RULES[role];
  const set = new Set(installed.map((n) => n.trim().toLowerCase()));
  const base = { role, label: rule.label, standard: rule.standard[0]! };
  const standard = rule.standard.find((f) => has(set, f));
  if (standard) return { ...base, face: standard, isStandard: true, bold: false, nothingInstalled: false, install: null };
  const fallback = rule.fallbacks.find((f) => has(set, f));
  return {
    ...base,
    face: fallback ?? base.standard,
    isStandard: false,
    bold: fallback !== undefined && rule.boldFallback === true,
    nothingInstalled: fallback === undefined,
    install: rule.install,
  };
}

export function chooseFaces(installed: readonly string[]): FaceChoice[] {
  return FONT_ROLES.map((role) => chooseFace(role, installed));
}

/** For the document writers: the face name to set for a role on this computer. */
export function faceFor(role: FontRole, installed: readonly string[]): string {
  return chooseFace(role, installed).face;
}
