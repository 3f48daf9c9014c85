// Money is stored as integer fen (分) and shown in 万元 (DESIGN.md "Storage").
// 1 万元 = 1,000,000 分; the notices ask for up to 4 decimals of 万元 (one yuan).
export const FEN_PER_WAN = 1_000_000;
export const WAN_DECIMALS = 4;

/** "12.3456" → 12345600 fen; null when the text is not a non-negative amount with ≤ 4 decimals. */
export function parseWan(text: string): number | null {
  const t = text.trim().replace(/,/g, '');
  const m = /^(\d{1,9})(?:\.(\d{1,4}))?$/.exec(t);
  if (!m) return null;
  const whole = Number(m[1]);
  const frac = Number((m[2] ?? '').padEnd(WAN_DECIMALS, '0'));
  return whole * FEN_PER_WAN + frac * (FEN_PER_WAN / 10 ** WAN_DECIMALS);
}

/** 12345600 → "12.3456"; trailing zeros dropped ("12.3", "12"). */
export function formatWan(fen: number): string {
  const whole = Math.floor(fen / FEN_PER_WAN);
  const frac = String(Math.round((fen % FEN_PER_WAN) / (FEN_PER_WAN / 10 ** WAN_DECIMALS))).padStart(WAN_DECIMALS, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

/** True for a fen amount that 万元 with ≤ 4 decimals can express. */
export function isWanPrecision(fen: number): boolean {
  return Number.isSafeInteger(fen) && fen >= 0 && fen % (FEN_PER_WAN / 10 ** WAN_DECIMALS) === 0;
}
