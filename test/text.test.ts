// Trimming without new strings (core/text.ts) must be String.prototype.trim, whitespace for whitespace.
import fc from 'fast-check';
import { isBlankString, isSpace, trimText } from '../src/core/text';
import './fast-check-seed';

/** Every code unit trim removes, and some it keeps, in strings that mix them. */
const SPACES = [...Array(0x10000).keys()].filter((c) => String.fromCharCode(c).trim() === '').map((c) => String.fromCharCode(c));
const text = fc
  .array(fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom('a', 'Æ', '1', '-', '\u200b', '\u180e', '\u0085'), fc.string({ maxLength: 3 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

describe('text without new strings', () => {
  it('isSpace is what trim removes, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== (String.fromCharCode(c).trim() === '')) differ.push(c);
    expect(differ).toEqual([]);
    expect(SPACES.length).toBeGreaterThan(20);
  });

  it('trimText is trim', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(trimText(s)).toBe(s.trim());
      }),
      { numRuns: 2000 },
    );
    expect(trimText('')).toBe('');
    expect(trimText('\u00a0 Døgn\u3000')).toBe('Døgn');
  });

  it('isBlankString is trim() === ""', () => {
    fc.assert(
      fc.property(text, (s) => expect(isBlankString(s)).toBe(s.trim() === '')),
      { numRuns: 2000 },
    );
    expect(isBlankString(SPACES.join(''))).toBe(true);
    expect(isBlankString('\u200b')).toBe(false);
  });
});
