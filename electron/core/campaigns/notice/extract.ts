// A notice file → its text. Word (.docx), PDF with a text layer, plain text in any
// encoding Chinese offices use, and an annex workbook (.xlsx). Old binary formats
// and scans are refused with a message saying how to convert them.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import { extractDocx } from './extract/docx';
import { extractPdf } from './extract/pdf';
import { decodeText } from './extract/text';
import { extractXlsx } from './extract/xlsx';

const MAX_NOTICE_FILE_BYTES = 20 * 1024 * 1024;
export const NOTICE_EXTENSIONS = ['docx', 'pdf', 'txt', 'xlsx'];

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const OLD_FORMATS: Record<string, string> = {
  '.doc': '旧版 Word 文件（.doc）',
  '.wps': 'WPS 文字文件（.wps）',
  '.et': 'WPS 表格文件（.et）',
  '.xls': '旧版 Excel 文件（.xls）',
  '.rtf': 'RTF 文件',
  '.ofd': 'OFD 版式文件',
};

export async function extractNoticeFile(file: string): Promise<{ name: string; text: string }> {
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new AppError('fileUnreadable', `无法读取文件“${name}”：文件不存在或没有读取权限`);
  }
  if (size > MAX_NOTICE_FILE_BYTES) throw new AppError('tooLarge', `文件“${name}”超过 20 MB，不像是一份通知，未打开`);
  const buffer = fs.readFileSync(file);
  const old = OLD_FORMATS[ext] ?? (buffer.subarray(0, 4).equals(OLE) ? '旧版 Office/WPS 文件' : undefined);
  if (old) {
    throw new AppError('oldFormat', `“${name}”是${old}，无法直接识别；请用 Word 或 WPS 打开后“另存为” .docx，或导出为带文字的 PDF，再打开`);
  }
  if (ext === '.docx') return { name, text: await extractDocx(buffer, name) };
  if (ext === '.pdf') return { name, text: await extractPdf(buffer, name) };
  if (ext === '.xlsx') return { name, text: await extractXlsx(file, name) };
  if (ext === '.txt' || ext === '') return { name, text: decodeText(buffer) };
  throw new AppError('unsupportedFile', `不支持的文件类型“${ext}”（${name}）；请打开 .docx、.pdf、.txt 或 .xlsx 文件`);
}
