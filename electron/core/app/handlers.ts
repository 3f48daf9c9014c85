// The channels of the app itself: what the window shows, and the switch between
// the office's database and the sample one.
import type { HandlersOf } from '../handlerTypes';
import type { Session } from '../ports';

export function appHandlers(ctx: Session): HandlersOf<'app'> {
  return {
    'app.info': () => ctx.info(),
    'app.openSample': () => ctx.useWorkspace('sample'),
    'app.closeSample': () => ctx.useWorkspace('main'),
  };
}
