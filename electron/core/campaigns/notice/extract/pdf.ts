// A PDF's text layer → lines: pdf.js gives positioned runs, pdfLines lays them out.
// A PDF without text (a scan) is refused: there is nothing to read without OCR.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../../../shared/errors';
import { plainRadicals } from '../lines';
import { pdfLines, type PageRuns, type Run } from './pdfLines';

async function loadPdfjs() {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // In Node pdf.js runs its worker in-process; it must be told where the module is.
  const require = createRequire(import.meta.url);
  pdfjs.GlobalWorkerOptions.workerSrc ||= pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  return pdfjs;
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
    const pages: PageRuns[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        runs.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 });
      }
      pages.push({ runs, x0: page.view[0] ?? 0, x1: page.view[2] ?? 0 });
    }
    const text = plainRadicals(pdfLines(pages));
    if (text.replace(/\s/g, '').length < 20) {
      throw new AppError('pdfWithoutText', `PDF“${name}”没有文字层（可能是扫描件或图片），无法识别；请用 Word 或 WPS 打开原文件另存为 .docx，或导出带文字的 PDF 后再打开`);
    }
    return text;
  } finally {
    await doc.destroy();
  }
}
