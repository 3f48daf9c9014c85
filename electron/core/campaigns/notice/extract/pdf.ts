// A PDF's text layer → lines. pdf.js gives positioned runs; runs on one baseline
// make a line, a wide gap between runs becomes a tab (table cells), and a gap
// between lines wider than usual a blank line (a new paragraph). A PDF without
// text (a scan) is refused: there is nothing to read without OCR.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../../../shared/errors';
import { plainRadicals } from '../lines';

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

async function loadPdfjs() {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // In Node pdf.js runs its worker in-process; it must be told where the module is.
  const require = createRequire(import.meta.url);
  pdfjs.GlobalWorkerOptions.workerSrc ||= pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  return pdfjs;
}

function pageLines(runs: Run[]): string[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; runs: Run[] }[] = [];
  for (const r of sorted) {
    const line = lines.find((l) => Math.abs(l.y - r.y) <= Math.max(l.size, r.size) * 0.4);
    if (line) line.runs.push(r);
    else lines.push({ y: r.y, size: r.size, runs: [r] });
  }
  lines.sort((a, b) => b.y - a.y);
  const out: string[] = [];
  let previous: { y: number; size: number } | null = null;
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x);
    let text = '';
    let end: number | null = null;
    for (const r of line.runs) {
      const gap = end === null ? 0 : r.x - end;
      if (end !== null && gap > r.size) text += '\t';
      else if (end !== null && gap > r.size * 0.25) text += ' ';
      text += r.str;
      end = r.x + r.width;
    }
    if (previous && previous.y - line.y > Math.max(previous.size, line.size) * 2.2) out.push('');
    out.push(text);
    previous = line;
  }
  return out;
}

export async function extractPdf(buffer: Buffer, name: string): Promise<string> {
  const pdfjs = await loadPdfjs();
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch (e) {
    const locked = (e as { name?: string }).name === 'PasswordException';
    throw new AppError(locked ? 'pdfLocked' : 'corruptFile', locked ? `PDF“${name}”设置了打开密码，请先取消密码后再打开` : `文件“${name}”已损坏，无法作为 PDF 读取`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        runs.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 });
      }
      pages.push(pageLines(runs).join('\n'));
    }
    const text = plainRadicals(pages.join('\n\n'));
    if (text.replace(/\s/g, '').length < 20) {
      throw new AppError('pdfWithoutText', `PDF“${name}”没有文字层（可能是扫描件或图片），无法识别；请用 Word 或 WPS 打开原文件另存为 .docx，或导出带文字的 PDF 后再打开`);
    }
    return text;
  } finally {
    await doc.destroy();
  }
}
