// The renderer's only way out: window.zicha (defined by preload in the app and by
// the harness in tests), wrapped so that callers get values or a thrown ApiError.
import type { Bridge, Channel, Input, Output } from '../../shared/api';
import { fromWire, type AppErrorData, type ErrorCode } from '../../shared/errors';

declare global {
  interface Window {
    zicha: Bridge;
  }
}

/** Raised on window whenever the core answers that it is locked. */
export const LOCKED_EVENT = 'zicha:locked';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly where: string | undefined;
  constructor(data: AppErrorData) {
    super(data.message);
    this.code = data.code;
    this.where = data.where;
  }
}

type WireError = { code: string; message: string; where?: string };

export async function call<C extends Channel>(channel: C, ...input: Input<C> extends undefined ? [] : [Input<C>]): Promise<Output<C>> {
  // What comes back crossed the IPC door: its error code is narrowed to the closed set here.
  const method = window.zicha[channel] as (input: unknown) => Promise<{ ok: true; value: Output<C> } | { ok: false; error: WireError }>;
  const result = await method(input[0]);
  if (!result.ok) {
    // The core locked itself (an imported encrypted package, another door): the lock gate asks again.
    const error = fromWire(result.error);
    if (error.code === 'locked') window.dispatchEvent(new Event(LOCKED_EVENT));
    throw new ApiError(error);
  }
  return result.value;
}
