import { findingsOf, HOBRO } from './helpers';
import { pladserNegative } from '../../src/core/rules/pladser-negative';
import { pladserNotWhole } from '../../src/core/rules/pladser-not-whole';

describe('pladser-negative', () => {
  it('is an error for negative places and a warning for fractions', () => {
    expect(findingsOf(pladserNegative, [{ ...HOBRO, y2: { ...HOBRO.y2, pladser: -5 } }]).findings[0].message).toBe(
      'Pladser (2027) er -5; et antal pladser kan ikke være negativt.',
    );
    expect(findingsOf(pladserNotWhole, [{ ...HOBRO, y2: { ...HOBRO.y2, pladser: 12.5 } }]).findings[0].message).toBe(
      'Pladser for 2027 er 12,50; et pladsantal er normalt et helt tal.',
    );
    expect(findingsOf(pladserNegative, [HOBRO]).findings).toEqual([]);
    expect(findingsOf(pladserNotWhole, [HOBRO]).findings).toEqual([]);
  });
});
