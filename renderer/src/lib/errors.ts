import { ApiError } from '../api';

/** The Chinese message to show for any failure. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error) return `出现意外错误：${e.message}`;
  return '出现意外错误';
}
