// Reading one entry of a .docx without trusting the sizes its directory declares:
// a crafted file can inflate to gigabytes, so inflation stops at a budget.
import type { Readable } from 'node:stream';
import JSZip from 'jszip';
import { AppError } from '../../../../../shared/errors';

const MAX_ENTRY_BYTES = 50 * 1024 * 1024;
const MAX_ENTRIES = 2000;

export async function openZip(buffer: Buffer, name: string): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw new AppError('corruptFile', `文件“${name}”已损坏，无法作为 .docx 读取`);
  }
  if (Object.keys(zip.files).length > MAX_ENTRIES) throw new AppError('zipBomb', `文件“${name}”内含文件过多，不像是 Word 文档，已拒绝`);
  if (Object.keys(zip.files).some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) {
    throw new AppError('macro', `文件“${name}”含有宏（VBA 代码），可能不安全，已拒绝；请另存为不含宏的 .docx 后再导入`);
  }
  return zip;
}

export function readEntry(zip: JSZip, path: string, name: string): Promise<string | null> {
  const entry = zip.file(path);
  if (!entry) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer') as Readable;
    const chunks: Buffer[] = [];
    let total = 0;
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > MAX_ENTRY_BYTES) {
        stream.destroy();
        reject(new AppError('zipBomb', `文件“${name}”解压后超过 50 MB，不像是一份通知（可能是恶意构造的文件），已拒绝`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', () => reject(new AppError('corruptFile', `文件“${name}”已损坏，无法读取其中的 ${path}`)));
  });
}
