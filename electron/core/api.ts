// The handlers: one plain function per channel of shared/api.ts. Every door calls
// `invoke`, which validates the input with the channel's schema and turns any
// failure into an AppError result, never a stack trace.
import { channels, type Channel, type Result } from '../../shared/api';
import { AppError, fromZodError } from '../../shared/errors';
import { appHandlers } from './app/handlers';
import { backupHandlers } from './backup/handlers';
import { campaignsHandlers } from './campaigns/handlers';
import { casesHandlers } from './cases/handlers';
import type { AppContext } from './context';
import { documentsHandlers } from './documents/handlers';
import { dutiesHandlers } from './duties/handlers';
import { withExportLog } from './duties/exportLog';
import { faultError } from './files';
import { fontsHandlers } from './fonts/handlers';
import type { Handlers } from './handlerTypes';
import { inspectionHandlers } from './inspection/handlers';
import { ledgerHandlers } from './ledger/handlers';
import { lockHandlers } from './lock/handlers';
import { orgHandlers } from './org/handlers';
import { statsHandlers } from './stats/handlers';

/** Every channel, answered by the handlers of its feature (electron/core/<feature>/handlers.ts). */
export function createHandlers(ctx: AppContext): Handlers {
  // The files this session wrote for the officer: the only ones the window may open.
  const exported = new Set<string>();
  return withExportLog(ctx, {
    ...appHandlers(ctx, exported),
    ...backupHandlers(ctx),
    ...campaignsHandlers(ctx),
    ...casesHandlers(ctx),
    ...documentsHandlers(ctx),
    ...dutiesHandlers(ctx),
    ...fontsHandlers(ctx),
    ...inspectionHandlers(ctx),
    ...ledgerHandlers(ctx),
    ...lockHandlers(ctx),
    ...orgHandlers(ctx),
    ...statsHandlers(ctx),
  } satisfies Handlers, exported);
}

export async function invoke(handlers: Handlers, channel: string, input: unknown): Promise<Result<unknown>> {
  if (!Object.hasOwn(channels, channel)) {
    return { ok: false, error: { code: 'unknownChannel', message: `未知的请求“${channel.slice(0, 60)}”` } };
  }
  const name = channel as Channel;
  const parsed = channels[name].input.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, error: fromZodError(parsed.error, '请求参数').toData() };
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    return { ok: false, error: toAppError(e).toData() };
  }
}

export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const fault = faultError(e);
  if (fault) return fault;
  // Unexpected: keep the details for the log, give the officer a plain sentence.
  console.error(e);
  const detail = e instanceof Error ? e.message : String(e);
  return new AppError('internal', `操作未能完成（内部错误：${detail.slice(0, 200)}）`);
}
