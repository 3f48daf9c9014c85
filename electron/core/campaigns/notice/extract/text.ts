// Plain text files as offices save them: UTF-8 with or without BOM, UTF-16 with a
// BOM (Windows Notepad's "Unicode"), or GB18030/GBK (Notepad's "ANSI" on Chinese Windows).
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the Chinese Windows code page (GB18030 is a superset of GBK and GB2312).
    return new TextDecoder('gb18030').decode(bytes);
  }
}
