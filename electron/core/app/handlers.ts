// The channels of the app itself: what the window shows, and the switch between
// the office's database and the sample one.
import type { HandlersOf } from '../api';
import type { AppContext } from '../context';

export function appHandlers(ctx: AppContext): HandlersOf<'app'> {
  return {
    'app.info': () => ctx.info(),
    'app.openSample': () => ctx.useWorkspace('sample'),
    'app.closeSample': () => ctx.useWorkspace('main'),
  };
}
