// The period a piece of evidence covers (e.g. 2023—2024年, 2020年1—6月), kept apart
// from the day it was added: the same meeting minutes may prove last year's work.

export const MAX_COVERS_CHARS = 40;

/**
 * The officer's wording, tidied: "2023-2024" → "2023—2024年", "2023~2024年" →
 * "2023—2024年", "2020" → "2020年"; '' for none. Null when it names no year.
 */
export function normalizeCovers(text: string): string | null {
  const t = text.trim().replace(/\s+/g, '');
  if (!t) return '';
  if (t.length > MAX_COVERS_CHARS || !/^(19|20)\d{2}/.test(t)) return null;
  const dashed = t.replace(/([\d年月])\s*(?:-|–|—|－|~|～|至|到)+\s*(?=\d)/g, '$1—');
  return /\d$/.test(dashed) && /^\d{4}(—\d{4})?$/.test(dashed) ? `${dashed}年` : dashed;
}
