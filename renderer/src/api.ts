// The renderer's only way out: window.zicha (defined by preload in the app and by
// the harness in tests), wrapped so that callers get values or a thrown ApiError.
import type { Bridge, Channel, Input, Output } from '../../shared/api';
import type { AppErrorData } from '../../shared/errors';

declare global {
  interface Window {
    zicha: Bridge;
  }
}

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
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
