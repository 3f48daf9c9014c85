// The GB/T 9704-2012 page in numbers (FORMATS.md §A, §C, §D). Both writers take
// every measure from here, so the docx and the PDF cannot drift apart.

/** Paper and margins in mm: 天头 37, 订口 28 → 版心 156 × 225. */
export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
export const TEXT_MM = { width: 156, height: 225 } as const;
/** 22 lines of 28 characters fill the 版心. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** 字号 in points: 2号 title, 3号 body, 4号 page numbers and 版记. */
export const PT = { size2: 22, size3: 16, size4: 14 } as const;

/**
 * 2号 characters a title line holds: the 版心's width, or its height on a landscape
 * page, less half a character, or LibreOffice wraps a line that fills it exactly.
 */
export const TITLE_CHARS = {
  portrait: Math.floor(TEXT_MM.width / ((PT.size2 * 25.4) / 72) - 0.5),
  landscape: Math.floor(TEXT_MM.height / ((PT.size2 * 25.4) / 72) - 0.5),
} as const;

/** 版记 rules: the first and last 0.35 mm, the one between 抄送 and 印发 0.25 mm. */
export const COLOPHON_RULE_MM = { thick: 0.35, thin: 0.25 } as const;

/** The seal's real diameter unless 设置 says otherwise. */
export const SEAL_DIAMETER_MM = 42;
/** The page number's dashes sit 7 mm below the 版心, one 4号 character in from its edge. */
export const PAGE_NUMBER_BELOW_TEXT_MM = 7;

const TWIPS_PER_MM = 1440 / 25.4;
const mmToTwips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const FOOTER_LINE = 336;

/** The docx page, in twips (1/20 pt) and half-points (FORMATS.md §C). */
export const DOCX = {
  page: { width: 11906, height: 16838 },
  margin: { top: mmToTwips(MARGIN_MM.top), bottom: mmToTwips(MARGIN_MM.bottom), left: mmToTwips(MARGIN_MM.left), right: mmToTwips(MARGIN_MM.right) },
  /** 12756 / 22 = 579.8; 580 would leave Word room for only 21 lines. */
  linePitch: 579,
  /**
   * Character spacing of body text (document defaults and Normal), in 1/20 pt: −0.3 pt makes 3号 characters 15.7 pt
   * wide, 28 to the 156 mm line in Word and in LibreOffice, which ignores a
   * linesAndChars grid's negative charSpace (FORMATS.md, measured).
   */
  charSpacing: -6,
  /** Two 3号 characters. */
  firstLine: 640,
  /** One 3号 character, for indents counted in characters. */
  char: 320,
  /** One 4号 character: the page number's and 版记's 1-char gaps. */
  char4: 280,
  /**
   * Footer distance from the paper's bottom edge: the footer line ends there, so
   * its middle, the dashes, sits 7 mm below the 版心 (LibreOffice: 269.6 mm).
   * Landscape pages have the 版心's right side, 26 mm, below.
   */
  footer: mmToTwips(MARGIN_MM.bottom - PAGE_NUMBER_BELOW_TEXT_MM) - FOOTER_LINE / 2,
  landscapeFooter: mmToTwips(MARGIN_MM.right - PAGE_NUMBER_BELOW_TEXT_MM) - FOOTER_LINE / 2,
  /** A landscape page's number stands this far out from the 版心, down its left side. */
  landscapeNumberOut: mmToTwips(PAGE_NUMBER_BELOW_TEXT_MM),
  /** The page number's line: exact, a little over 4号 so Word does not clip it. */
  footerLine: FOOTER_LINE,
  header: mmToTwips(15),
  halfPoints: { size2: PT.size2 * 2, size3: PT.size3 * 2, size4: PT.size4 * 2 },
  /** 版记 rules: 0.35 mm and 0.25 mm as eighths of a point. */
  ruleThick: 8,
  ruleThin: 6,
  /** The gap between a 版记 rule and its text: 1 pt, in twips. */
  ruleSpace: 20,
  /** The red separator under 发文字号, about 0.5 mm. */
  redRule: 11,
  /** 发文机关标志: its top edge 35 mm below the 版心's. */
  issuerMarkBefore: mmToTwips(35),
} as const;

/**
 * Font names: the Windows fonts users have (docx names one, CSS lists fallbacks).
 * `fallback` is each role's chain after its own face, in order; the last is a face
 * every Chinese Windows has. A title falling back from 小标宋 to 宋体 is set bold
 * (FORMATS.md §C), which `boldWhenFallback` says.
 */
export const FONTS = {
  fangsong: { docx: '仿宋', fallback: ['仿宋_GB2312', 'FangSong_GB2312', 'FangSong'], boldWhenFallback: false, css: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'AR PL UMing CN'] },
  kaiti: { docx: '楷体', fallback: ['楷体_GB2312', 'KaiTi_GB2312', 'KaiTi'], boldWhenFallback: false, css: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'AR PL UKai CN'] },
  heiti: { docx: '黑体', fallback: ['SimHei'], boldWhenFallback: false, css: ['黑体', 'SimHei', 'WenQuanYi Zen Hei'] },
  songti: { docx: '宋体', fallback: ['SimSun'], boldWhenFallback: false, css: ['宋体', 'SimSun', 'AR PL UMing CN'] },
  xiaobiaosong: {
    docx: '方正小标宋简体',
    fallback: ['方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', '华文中宋', '宋体'],
    boldWhenFallback: true,
    css: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK'],
  },
  /** Digits and Latin letters in the docx. */
  latin: 'Times New Roman',
} as const;
export type FontKey = Exclude<keyof typeof FONTS, 'latin'>;

export function cssFontFamily(key: FontKey, generic = key === 'heiti' ? 'sans-serif' : 'serif'): string {
  return [...FONTS[key].css.map((n) => `"${n}"`), generic].join(', ');
}

/** The HTML page (FORMATS.md §D): the same grid as CSS lengths. */
export const CSS = {
  pageMargin: `${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm`,
  /** Landscape pages turn the 版心 on its side: 订口 and 天头 swap. */
  landscapeMargin: `${MARGIN_MM.left}mm ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm`,
  lineHeight: `calc(${TEXT_MM.height}mm / ${LINES_PER_PAGE})`,
  char: `calc(${TEXT_MM.width}mm / ${CHARS_PER_LINE})`,
  letterSpacing: `calc(${TEXT_MM.width}mm / ${CHARS_PER_LINE} - ${PT.size3}pt)`,
  lineMm: TEXT_MM.height / LINES_PER_PAGE,
  charMm: TEXT_MM.width / CHARS_PER_LINE,
  pageNumberTopMm: PAGE_NUMBER_BELOW_TEXT_MM - (PT.size4 * 25.4) / 72 / 2,
} as const;

/** Display width in 3号 characters: CJK and full-width count 1, ASCII ½. */
export function textWidthChars(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return w;
}

/**
 * Where 署名 and 成文日期 end, in characters from the 版心's right edge (GB/T 9704
 * §7.3.5). Not sealed: 署名 2 in, the date starting 2 characters right of the
 * 署名's start (or the date 2 in, when it is the longer). Sealed: the date 4 in and
 * the 署名 centred on it.
 */
export function signatureRightGaps(signature: string, date: string, sealed: boolean): { signature: number; date: number } {
  const s = textWidthChars(signature);
  const d = textWidthChars(date);
  if (sealed) return { date: 4, signature: Math.max(0, 4 + (d - s) / 2) };
  if (s >= d + 2) return { signature: 2, date: 2 + s - 2 - d };
  return { date: 2, signature: 2 + d + 2 - s };
}
