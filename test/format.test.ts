// Danish number display: the hand-written formatter gives Intl's da-DK text for every number and number of decimals.
import fc from 'fast-check';
import { compareDanish, danishFormatter, formatNumber, formatPercent } from '../src/core/format';

/** The formatter as it was: rounded by toFixed, "-0" shown as 0, then Intl's da-DK format. */
function viaIntl(value: number, decimals: number): string {
  const rounded = Number(value.toFixed(decimals));
  return danishFormatter(decimals).format(rounded === 0 ? 0 : rounded);
}

describe('formatNumber', () => {
  it('writes Danish numbers: thousands with ".", decimals with ","', () => {
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatNumber(-1234567.25, 1)).toBe('-1.234.567,3');
    expect(formatNumber(999.95, 1)).toBe('1.000,0');
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatNumber(-0.4)).toBe('0');
    expect(formatNumber(100)).toBe('100');
    expect(formatNumber(1e21, 1)).toBe('1.000.000.000.000.000.000.000,0');
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatPercent(5.376)).toBe('5,4 %');
  });

  it('gives the text Intl gives, for any finite number and 0 to 4 decimals', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ noNaN: true, min: -1e7, max: 1e7 }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 1000 + 0.0005),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 4 }), (v, d) => {
        expect(formatNumber(v, d)).toBe(viaIntl(v, d));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('compareDanish', () => {
  it('orders as localeCompare with the Danish locale does (æ, ø, å after z), with one collator', () => {
    const text = fc
      .array(fc.constantFrom('a', 'A', 'aa', 'Å', 'å', 'æ', 'Æ', 'ø', 'Ø', 'z', 'Z', ' ', '-', '1', 'é', 'ü'), { maxLength: 6 })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareDanish(a, b))).toBe(Math.sign(a.localeCompare(b, 'da')));
      }),
      { numRuns: 3000 },
    );
    expect(['Ålborg', 'Aabenraa', 'Zealand', 'Ærø', 'Øster'].sort(compareDanish)).toEqual(['Zealand', 'Ærø', 'Øster', 'Aabenraa', 'Ålborg']);
  });
});
