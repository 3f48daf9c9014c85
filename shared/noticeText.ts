// Comparing campaign texts with the notice they came from: whitespace, page
// watermarks and the stray PAGE field of the extracted text are ignored, and
// brackets and quotes are compared by kind, not by width.
// 002 carries a reader's watermark (诸静2020-07-204704), sometimes split over lines.
const WATERMARKS = [/诸静2020[-0-9]*/g, /07-204704/g];

export function normalizeNoticeText(s: string): string {
  return WATERMARKS.reduce((t, re) => t.replace(re, ''), s)
    .replace(/PAGE/g, '')
    .replace(/[\s\u3000]/g, '')
    .replace(/[“”"]/g, '"')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')');
}
