// A workbook comes back from another department by USB stick or chat: before
// ExcelJS parses it, make sure it is a modest .xlsx and not a zip bomb.
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import JSZip from 'jszip';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
export const MAX_ENTRIES = 1000;

export type FileCheck = { ok: true; buffer: Buffer } | { ok: false; message: string };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const BOMB = '解压后超过 100 MB，不像是科室自查表（可能是恶意构造的压缩包），已拒绝';

/** JSZip keeps the sizes from the zip's directory in a private field. */
function declaredSize(entry: JSZip.JSZipObject): number {
  const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : 0;
}

/** Inflates an entry without keeping it, stopping as soon as the budget is spent: sizes in the directory can lie. */
function inflatedSize(entry: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer') as Readable;
    let total = 0;
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        stream.destroy();
        resolve(total);
      }
    });
    stream.on('end', () => resolve(total));
    stream.on('error', reject);
  });
}

export async function checkWorkbookFile(file: string): Promise<FileCheck> {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, message: '不是文件' };
    size = stat.size;
  } catch {
    return { ok: false, message: '文件不存在或没有读取权限' };
  }
  if (size > MAX_FILE_BYTES) return { ok: false, message: `文件过大（${mb(size)}），科室自查表不应超过 10 MB，已拒绝` };
  const buffer = fs.readFileSync(file);
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return { ok: false, message: '这是旧版 Excel（.xls）文件；请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入' };
  }
  const notXlsx = { ok: false as const, message: '不是 Excel 工作簿（.xlsx）文件；请导入自查通导出、科室填好的科室自查表' };
  if (!buffer.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return notXlsx;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return { ok: false, message: '文件已损坏，无法作为 .xlsx 工作簿读取' };
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  if (entries.length > MAX_ENTRIES) return { ok: false, message: `压缩包内有 ${entries.length} 个文件，不像是科室自查表，已拒绝` };
  if (entries.reduce((n, e) => n + declaredSize(e), 0) > MAX_UNZIPPED_BYTES) return { ok: false, message: BOMB };
  if (!zip.file('xl/workbook.xml')) return notXlsx;
  let budget = MAX_UNZIPPED_BYTES;
  try {
    for (const entry of entries) {
      budget -= await inflatedSize(entry, budget);
      if (budget < 0) return { ok: false, message: BOMB };
    }
  } catch {
    return { ok: false, message: '文件已损坏，无法作为 .xlsx 工作簿读取' };
  }
  return { ok: true, buffer };
}
