// The channels of department workbooks (科室自查表).
import { AppError } from '../../../shared/errors';
import type { HandlersOf } from '../api';
import type { AppContext } from '../context';

type WorkbookChannels = 'inspection.exportWorkbooks' | 'inspection.planImport' | 'inspection.applyImport';

export function workbookHandlers(_ctx: AppContext): Pick<HandlersOf<'inspection'>, WorkbookChannels> {
  const soon = () => {
    throw new AppError('notYet', '科室自查表的导出和导入即将推出');
  };
  return { 'inspection.exportWorkbooks': soon, 'inspection.planImport': soon, 'inspection.applyImport': soon };
}
