// The renderer's only way out: window.zicha (defined by preload in the app and by
// the harness in tests), wrapped so that callers get values or a thrown ApiError.
import type { Bridge, Channel, Input, Output } from '../../shared/api';
import type { AppErrorData } from '../../shared/errors';

declare global {
  interface Window {
    zicha: Bridge;
  }
}

/** Raised on window whenever the core answers that it is locked. */
export const LOCKED_EVENT = 'zicha:locked';

export class ApiError extends Error {
  readonly code: string;
  readonly where: string | undefined;
  constructor(data: AppErrorData) {
    super(data.message);
    this.code = data.code;
    this.where = data.where;
  }
}

export async function call<C extends Channel>(channel: C, ...input: Input<C> extends undefined ? [] : [Input<C>]): Promise<Output<C>> {
  const method = window.zicha[channel] as (input: unknown) => Promise<{ ok: true; value: Output<C> } | { ok: false; error: AppErrorData }>;
  const result = await method(input[0]);
  if (!result.ok) {
    // The core locked itself (an imported encrypted package, another door): the lock gate asks again.
    if (result.error.code === 'locked') window.dispatchEvent(new Event(LOCKED_EVENT));
    throw new ApiError(result.error);
  }
  return result.value;
}
