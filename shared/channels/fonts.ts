// 设置 → 公文字体: which GB/T 9704 faces this computer has, and the fallback in
// force for each role where one is missing.
import { z } from 'zod';
import { returns } from './common';

export type FontRole = 'title' | 'body' | 'heading1' | 'heading2' | 'pageNumber';

export interface FaceChoice {
  role: FontRole;
  /** 标题, 正文… */
  label: string;
  /** The face GB/T 9704 (and FORMATS.md) asks for, e.g. 方正小标宋简体. */
  standard: string;
  /** The face the documents use on this computer. */
  face: string;
  /** The standard face (or its usual Windows name, 仿宋 for 仿宋_GB2312) is installed. */
  isStandard: boolean;
  /** The fallback is set in bold (宋体 standing in for 小标宋). */
  bold: boolean;
  /** Neither the standard face nor any named fallback is installed: the documents name the standard face and the reader's computer substitutes. */
  nothingInstalled: boolean;
  /** What to install to get the standard face; null when it is installed. */
  install: string | null;
}

export interface FontStatus {
  faces: FaceChoice[];
  /** How many font families were found (0: the detection found none at all). */
  families: number;
  /** Where they were looked for: the fonts folders on Windows, fontconfig elsewhere. */
  source: string;
}

export const fontsChannels = {
  /** Detected once per run; `refresh` looks again (after the office installed a font). */
  'fonts.status': { input: z.strictObject({ refresh: z.boolean() }).optional(), output: returns<FontStatus>() },
} as const;
