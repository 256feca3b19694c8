import { placesMatchLevels } from '../../src/core/rules/places-match-levels';
import { at, HOBRO, testRule } from './helpers';

const kaervej = { ...HOBRO, enhed: 'Døgn', y1: { ...HOBRO.y1, pladser: 15 }, y2: { ...HOBRO.y2, pladser: 15 } };
const bb = { ...HOBRO, y1: { ...HOBRO.y1, pladser: 57 }, y2: { ...HOBRO.y2, pladser: 57 } };

testRule(placesMatchLevels, {
  valid: [
    { name: 'a døgn offer within its places', blocks: [{ ...kaervej, anvendte: [5, 10], solgte: [2, 4] }] },
    // The test sheet's day offers: 7 + 47 used on 50 places, 27 + 34 on 57 (Takst 1 counts 2/3, day offers count persons).
    { name: 'the test sheet’s Hobro', blocks: [{ ...HOBRO, anvendte: [7, 47], solgte: [1, 10], placesYear: 2026 }] },
    { name: 'the test sheet’s Beskyttet Beskæftigelse', blocks: [{ ...bb, anvendte: [27, 34], solgte: [3, 4], placesYear: 2026 }] },
  ],
  invalid: [
    {
      name: 'places under a level without a rate',
      blocks: [{ ...HOBRO, anvendte: [40, 5, 2] }],
      findings: [
        { cell: at('takst3', 'anvendteRow'), messageId: 'noRate', message: 'Anvendte pladser - 2027 har pladser under Takst 3, men Takst 3 er tom for 2027.' },
      ],
    },
    {
      // The year is the one the places row's label names: the draft's test sheet labels its rows 2026.
      name: 'the year of the places row’s label',
      blocks: [{ ...HOBRO, anvendte: [40, 5, 2], placesYear: 2026 }],
      findings: [
        { cell: at('takst3', 'anvendteRow'), messageId: 'noRate', message: 'Anvendte pladser - 2026 har pladser under Takst 3, men Takst 3 er tom for 2026.' },
      ],
    },
    {
      name: 'more used places than Pladser in a døgn offer',
      blocks: [{ ...kaervej, anvendte: [6, 10] }],
      findings: [
        {
          cell: at('takst1', 'anvendteRow'),
          messageId: 'total',
          message: 'Anvendte pladser - 2027 i alt (16) er flere end Pladser (15) for 2027, og i et døgnstilbud har hver borger en hel plads.',
        },
      ],
    },
  ],
});
