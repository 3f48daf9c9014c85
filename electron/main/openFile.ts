// A campaign file or a migration package double-clicked in Explorer: Windows starts
// 自查通 with its path (or hands it to the running one, 'second-instance'). The
// campaign file goes through the same import as the 导入 button; the package, after
// a confirmation, through the same import as 设置 → 迁移包. The answer says where
// the window goes next.
import fs from 'node:fs';
import path from 'node:path';
import type { Output } from '../../shared/api';
import { ownFileKind, type OwnFileKind } from '../../shared/fileTypes';
import { invoke } from '../core/api';
import type { Handlers } from '../core/handlerTypes';
import { importPackageFile } from '../core/backup/handlers';
import type { AppContext } from '../core/context';

export type OpenedFile = { kind: OwnFileKind; path: string };

/** The first argument that is an existing file of ours (Windows quotes paths with spaces; they arrive whole). */
export function openedFile(argv: readonly string[], cwd = process.cwd()): OpenedFile | null {
  for (const arg of argv.slice(1)) {
    const kind = ownFileKind(arg);
    if (!kind || arg.startsWith('-')) continue;
    const file = path.resolve(cwd, arg);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return { kind, path: file };
  }
  return null;
}

export type OpenUi = {
  confirm(message: string, detail: string): Promise<boolean>;
  info(message: string, detail: string): Promise<void>;
  error(message: string, detail: string): Promise<void>;
};

/** Returns the route to show afterwards, or null to stay where the window is. */
export async function openOwnFile(file: OpenedFile, ctx: AppContext, handlers: Handlers, ui: OpenUi): Promise<string | null> {
  const name = path.basename(file.path);
  try {
    if (file.kind === 'campaign') {
      const text = fs.readFileSync(file.path, 'utf8');
      const result = await invoke(handlers, 'campaigns.import', { fileName: name, text });
      if (!result.ok) throw new Error(result.error.message);
      const done = result.value as Output<'campaigns.import'>;
      const what = { added: '已导入', updated: '已更新', unchanged: '已在目录中，没有变化' }[done.outcome];
      await ui.info(`专项行动${what}`, `${done.title}\n（${name}）`);
      return `/campaigns/${encodeURIComponent(done.id)}`;
    }
    const ok = await ui.confirm(
      `要导入迁移包“${name}”吗？`,
      '迁移包只能导入到还没有本院数据的数据库；导入前会先备份当前数据库。',
    );
    if (!ok) return null;
    const done = await importPackageFile(ctx, file.path);
    await ui.info('迁移包已导入', `${done.files} 个文件，来自“${name}”。`);
    return '/';
  } catch (e) {
    await ui.error(file.kind === 'campaign' ? '无法导入专项行动文件' : '无法导入迁移包', e instanceof Error ? e.message : String(e));
    return null;
  }
}
