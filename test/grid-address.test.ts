// A1 addresses: kept once made (up to a bound), always the same text as made anew, and read back to their cell.
import fc from 'fast-check';
import { a1, colLetters, parseA1 } from '../src/core/grid';
import './fast-check-seed';

/** The address as written out, letter by letter, without any kept text. */
function plainA1(row: number, col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

describe('A1 addresses', () => {
  it('the columns at the edges of one, two and three letters', () => {
    expect([0, 25, 26, 701, 702, 16383].map(colLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(a1(0, 0)).toBe('A1');
    expect(a1(1_048_575, 16_383)).toBe('XFD1048576');
  });

  it('is the plain address whether made, kept or asked again, past the bound of kept addresses too', () => {
    // More addresses than are kept (100.000), each asked twice: the second answer comes from the kept ones while
    // there is room, and is made anew after.
    for (let row = 0; row < 2_100; row++)
      for (let col = 0; col < 60; col++) {
        const want = plainA1(row, col);
        if (a1(row, col) !== want || a1(row, col) !== want) throw new Error(`${row},${col}: ${a1(row, col)} ≠ ${want}`);
      }
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16_383), (row, col) => {
        expect(a1(row, col)).toBe(plainA1(row, col));
        expect(parseA1(a1(row, col))).toEqual({ row, col });
      }),
      { numRuns: 3000 },
    );
  });
});
