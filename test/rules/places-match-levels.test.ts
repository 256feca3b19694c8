import { findingsOf, HOBRO } from './helpers';
import { placesMatchLevels } from '../../src/core/rules/places-match-levels';

describe('places-match-levels', () => {
  it('warns about places under a level without a rate, and about more used places than Pladser', () => {
    expect(findingsOf(placesMatchLevels, [{ ...HOBRO, anvendte: [40, 5, 2] }]).findings[0].message).toBe(
      'Anvendte pladser - 2027 har pladser under Takst 3, men Takst 3 er tom for 2027.',
    );
    // The year is the one the places row's label names: the draft's test sheet labels its rows 2026.
    expect(findingsOf(placesMatchLevels, [{ ...HOBRO, anvendte: [40, 5, 2], placesYear: 2026 }]).findings[0].message).toBe(
      'Anvendte pladser - 2026 har pladser under Takst 3, men Takst 3 er tom for 2026.',
    );
    const kaervej = { ...HOBRO, enhed: 'Døgn', y1: { ...HOBRO.y1, pladser: 15 }, y2: { ...HOBRO.y2, pladser: 15 } };
    expect(findingsOf(placesMatchLevels, [{ ...kaervej, anvendte: [6, 10] }]).findings[0].message).toBe(
      'Anvendte pladser - 2027 i alt (16) er flere end Pladser (15) for 2027, og i et døgnstilbud har hver borger en hel plads.',
    );
    expect(findingsOf(placesMatchLevels, [{ ...kaervej, anvendte: [5, 10], solgte: [2, 4] }]).findings).toEqual([]);
  });

  it('raises nothing on the test sheet’s day offers: 7 + 47 used on 50 places, 27 + 34 on 57 (Takst 1 counts 2/3, day offers count persons)', () => {
    expect(findingsOf(placesMatchLevels, [{ ...HOBRO, anvendte: [7, 47], solgte: [1, 10], placesYear: 2026 }]).findings).toEqual([]);
    const bb = { ...HOBRO, y1: { ...HOBRO.y1, pladser: 57 }, y2: { ...HOBRO.y2, pladser: 57 } };
    expect(findingsOf(placesMatchLevels, [{ ...bb, anvendte: [27, 34], solgte: [3, 4], placesYear: 2026 }]).findings).toEqual([]);
  });
});
