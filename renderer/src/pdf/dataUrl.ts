// The bytes of a base64 data URL, decoded in the page: the policy (connect-src
// 'self') does not let the window fetch data: URLs.
type FromBase64 = (text: string) => Uint8Array;

export function bytesOfDataUrl(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('not a base64 data URL');
  }
  const text = dataUrl.slice(comma + 1);
  // Uint8Array.fromBase64 is newer than the TypeScript lib in use; much faster where present.
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;
  if (fromBase64) return fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
