// The channel of 设置 → 公文字体: which GB/T 9704 faces this computer has.
import type { HandlersOf } from '../api';
import type { AppContext } from '../context';
import { fontStatus } from './detect';

export function fontsHandlers(ctx: AppContext): HandlersOf<'fonts'> {
  return {
    'fonts.status': (input) => fontStatus({ refresh: input?.refresh, source: ctx.options.fonts }),
  };
}
