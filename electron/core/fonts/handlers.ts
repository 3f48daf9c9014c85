// The channel of 设置 → 公文字体: which GB/T 9704 faces this computer has.
import type { HandlersOf } from '../handlerTypes';
import type { Services } from '../ports';
import { fontStatus } from './detect';

export function fontsHandlers(ctx: Services): HandlersOf<'fonts'> {
  return {
    'fonts.status': (input) => fontStatus({ refresh: input?.refresh, source: ctx.fontSource }),
  };
}
