// Trimming without new strings: V8 makes a new string at every String.prototype.trim call, even when there is
// nothing to trim, and the layout reader asks whether a cell is blank for every cell of every block row (docs/bench.md,
// the fifth pass). The whitespace is trim's own: ECMAScript's WhiteSpace and LineTerminator.

/** Whether a UTF-16 code unit is whitespace as String.prototype.trim sees it. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `s.trim()`, and the string itself when it has nothing to trim. */
export function trimText(s: string): string {
  return s.length > 0 && (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1))) ? s.trim() : s;
}

/** `s.trim() === ''`, without making the trimmed string. */
export function isBlankString(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}
