// Bytes of a CSV to text: UTF-8 with or without BOM, UTF-16 with its BOM (Excel's "Unicode-tekst"), or
// Windows-1252 (what Excel on Danish Windows saves), by the WHATWG Encoding Standard's TextDecoder that Node and
// every browser ship.
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16' | 'windows-1252';
}

/** A UTF-16 byte order mark: little-endian (Excel's "Unicode-tekst") or big-endian. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Of(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: a Danish export from Excel is Windows-1252 ("æøå" as single bytes).
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Bytes that are not text: a NUL byte, or more than 1 % control characters other than tab and line breaks, in
 * the first 64 KB. UTF-16 with its byte order mark (Excel's "Unicode-tekst", which has NULs) is text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Of(bytes)) return false;
  const head = bytes.subarray(0, 65_536);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return head.length > 0 && control / head.length > 0.01;
}
