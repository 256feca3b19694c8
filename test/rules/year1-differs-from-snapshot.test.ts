// A rule a snapshot makes possible.
import { year1DiffersFromSnapshot } from '../../src/core/rules/year1-differs-from-snapshot';
import { TEST_MUNICIPALITY_2026 } from '../fixtures/seeds';
import { BUNDLED } from '../prefill/helpers';
import { at, testRule } from './helpers';

const hobro = TEST_MUNICIPALITY_2026[1];
const changed = { ...hobro, y1: { ...hobro.y1, budget: 1 } };

testRule(year1DiffersFromSnapshot, {
  valid: [
    { name: 'the approved figures', blocks: [hobro], sheet: { driftsherre: 'Mariagerfjord Kommune' }, snapshot: BUNDLED },
    { name: 'no snapshot', blocks: [changed], sheet: { driftsherre: 'Mariagerfjord Kommune' } },
    { name: 'another operator', blocks: [changed], sheet: { driftsherre: 'Thisted Kommune' }, snapshot: BUNDLED },
  ],
  invalid: [
    {
      name: 'two differing year-1 cells, each with both values',
      blocks: [{ ...hobro, y1: { ...hobro.y1, budget: 9_000_000, takster: [332, 499] } }],
      sheet: { driftsherre: 'Mariagerfjord Kommune' },
      snapshot: BUNDLED,
      findings: [
        {
          cell: at('budget', 'y1Row'),
          messageId: 'differs',
          message: 'Budget i alt for 2026 er 9.000.000, men sidste års godkendte tal for Aktivitetshuset Hobro er 8.912.000.',
        },
        {
          cell: at('takst2', 'y1Row'),
          messageId: 'differs',
          message: 'Takst 2 for 2026 er 499, men sidste års godkendte tal for Aktivitetshuset Hobro er 498.',
        },
      ],
    },
  ],
});
