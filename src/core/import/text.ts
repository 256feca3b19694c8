// Bytes of a CSV to text: UTF-8 with or without BOM, or Windows-1252 (what Excel on Danish Windows saves), by the
// WHATWG Encoding Standard's TextDecoder that Node and every browser ship.
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
}

export function decodeText(bytes: Uint8Array): DecodedText {
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
 * the first 64 KB. A UTF-16 file (which has NULs) is not text for this purpose either: Excel saves CSV as UTF-8
 * or Windows-1252.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65_536);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return head.length > 0 && control / head.length > 0.01;
}
