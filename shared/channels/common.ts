// Pieces every channel file uses: the phantom output marker and the small schemas.
import { z } from 'zod';

/** A phantom marker carrying a channel's output type. */
export const returns = <T>() => undefined as unknown as T;

export const noInput = z.undefined();
export const rowId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD 格式');
export const shortText = (max: number) => z.string().max(max, `不能超过 ${max} 个字`);
