// The channels of the app itself: what the window shows, the switch between the
// office's database and the sample one, and opening what this session exported.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { HandlersOf } from '../handlerTypes';
import type { ExportedFiles, Services, Session } from '../ports';

/** `exported`: the files this session wrote for the officer (duties/exportLog.ts fills it). */
export function appHandlers(ctx: Session & Pick<Services, 'desktop'>, exported: ExportedFiles): HandlersOf<'app'> {
  // Only what this session exported: the window must not become a way to open any file on the PC.
  const ownExport = (file: string) => {
    const full = path.resolve(file);
    if (!exported.has(full)) throw new AppError('notExported', `只能打开本次运行中导出的文件，“${path.basename(full)}”不是`, file);
    if (!fs.existsSync(full)) throw new AppError('fileUnreadable', `文件“${path.basename(full)}”已不在原处（可能已被移动或删除）：${full}`, file);
    return full;
  };
  return {
    'app.info': () => ctx.info(),
    'app.openSample': () => ctx.useWorkspace('sample'),
    'app.closeSample': () => ctx.useWorkspace('main'),
    'app.openExported': async ({ path: file }) => {
      await ctx.desktop.openPath(ownExport(file));
      return null;
    },
    'app.showExported': async ({ path: file }) => {
      await ctx.desktop.showItemInFolder(ownExport(file));
      return null;
    },
  };
}
