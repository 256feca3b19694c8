import { isDateFormat, parseLocaleNumber, readNumber, readPercent, readYear } from '../../src/core/layout/parse';

describe('parseLocaleNumber', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['8.912.000', 8912000],
    ['8.912', 8912],
    ['336,66', 336.66],
    ['0,98', 0.98],
    ['-571.416', -571416],
    ['\u2212571.416', -571416],
    ['1 234 567', 1234567],
    ['kr. 498', 498],
    ['498 kr.', 498],
    ['3,10%', 3.1],
    ['98 %', 98],
    ['12', 12],
    ['0.5', 0.5],
    [',5', 0.5],
    ['1,234,567', 1234567],
  ])('reads %s as %d', (text, expected) => {
    expect(parseLocaleNumber(text)).toBeCloseTo(expected, 10);
  });

  it.each(['abc', '', '1.23.4', '12a', '1,2,3', '--5', '2027 kommende'])('refuses %s', (text) => {
    expect(parseLocaleNumber(text)).toBeNull();
  });
});

describe('readPercent', () => {
  it('reads the three notations of 98 % equal', () => {
    const asFraction = readPercent({ value: 0.98, numFmt: '0%' }, { fractionUpTo: 1.5 });
    const asNumber = readPercent({ value: 98 }, { fractionUpTo: 1.5 });
    const asText = readPercent({ value: '98 %' }, { fractionUpTo: 1.5 });
    expect([asFraction.value, asNumber.value, asText.value]).toEqual([98, 98, 98]);
    expect(asText.issue).toBe('text-number');
    expect(asFraction.issue).toBeUndefined();
  });

  it('reads a bare fraction as a fraction only where asked to', () => {
    expect(readPercent({ value: 0.98 }, { fractionUpTo: 1.5 }).value).toBe(98);
    expect(readPercent({ value: 0.98 }).value).toBe(0.98);
    expect(readPercent({ value: '0,98' }, { fractionUpTo: 1.5 }).value).toBe(98);
  });

  it('keeps 3,10 % exact (no binary noise)', () => {
    expect(readPercent({ value: 0.031, numFmt: '0.00%' }).value).toBe(3.1);
    expect(readPercent({ value: 0.0246, numFmt: '0.00%' }).value).toBe(2.46);
  });

  it('ignores a % inside a quoted literal of the format', () => {
    expect(readPercent({ value: 5, numFmt: '0" %"' }).value).toBe(5);
  });

  it('reports error values and non-numbers', () => {
    expect(readPercent({ value: null, error: '#DIV/0!' })).toEqual({ value: null, issue: 'error-value' });
    expect(readNumber({ value: 'ukendt' })).toEqual({ value: null, issue: 'not-a-number' });
    expect(readNumber({ value: '1.234,5' })).toEqual({ value: 1234.5, issue: 'text-number' });
    expect(readNumber({ value: '  ' })).toEqual({ value: null });
  });
});

describe('readYear', () => {
  it('reads years typed as numbers or text', () => {
    expect(readYear({ value: 2027 })).toBe(2027);
    expect(readYear({ value: '2026 (indeværende år)' })).toBe(2026);
    expect(readYear({ value: 98 })).toBeNull();
    expect(readYear({ value: 'Ændring' })).toBeNull();
  });
});

describe('a date in a number cell', () => {
  it.each(['d-m-yyyy', 'dd/mm/yy', '[$-406]d. mmmm yyyy', 'yyyy-mm-dd', 'h:mm', 'mm:ss', '[Red]d-m-yy'])('sees %s as a date format', (f) => {
    expect(isDateFormat(f)).toBe(true);
  });

  it.each([undefined, 'General', '#,##0', '0.0%', '+0.0%;-0.0%;0.0%', '#,##0 "dage"', '"kr." #,##0.00', '@', '[Red]#,##0'])(
    'does not see %s as a date format',
    (f) => {
      expect(isDateFormat(f)).toBe(false);
    },
  );

  it('reads a number under a date format as not a number, in plain and percent fields', () => {
    expect(readNumber({ value: 46388, numFmt: 'd-m-yyyy' })).toEqual({ value: null, issue: 'not-a-number' });
    expect(readPercent({ value: 46388, numFmt: 'd-m-yyyy' })).toEqual({ value: null, issue: 'not-a-number' });
    expect(readNumber({ value: 46388, numFmt: '#,##0' })).toEqual({ value: 46388 });
  });
});
