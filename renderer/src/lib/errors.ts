import { ApiError } from '../api';

/** The Chinese message to show for any failure. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error) return `出现意外错误：${e.message}`;
  return '出现意外错误';
}

/** A capability the core does not offer yet (its message says so): shown as information, not failure. */
export function isNotYet(e: unknown): boolean {
  return e instanceof ApiError && e.code === 'notYet';
}
