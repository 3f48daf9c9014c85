// Writing a file the officer asked for: under a temporary name, then renamed, so a
// crash never leaves half a file; and when Windows refuses, a reason in Chinese.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

const REASONS: Record<string, string> = {
  EBUSY: '文件可能正在 Excel、WPS 或 PDF 阅读器中打开，请关闭后重试',
  EPERM: '文件可能正在其他程序中打开，或没有写入权限',
  EACCES: '没有写入该位置的权限，请换一个文件夹',
  ENOSPC: '磁盘空间不足',
  ENOENT: '保存位置不存在',
  EROFS: '该位置只读',
};

export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  const temp = `${target}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    const code = (e as { code?: string }).code ?? '';
    const reason = REASONS[code] ?? `系统错误 ${code || '未知'}`;
    throw new AppError('fileNotWritable', `无法写入“${path.basename(target)}”：${reason}`);
  }
}
