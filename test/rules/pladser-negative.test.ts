import { pladserNegative } from '../../src/core/rules/pladser-negative';
import { at, HOBRO, testRule } from './helpers';

testRule(pladserNegative, {
  valid: [
    { name: 'the test municipality’s 50 places', blocks: [HOBRO] },
    { name: 'a fraction of a place (its own rule)', blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, pladser: 12.5 } }] },
  ],
  invalid: [
    {
      name: '-5 places in year 2',
      blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, pladser: -5 } }],
      findings: [{ cell: at('pladser', 'y2Row'), messageId: 'negative', message: 'Pladser (2027) er -5; et antal pladser kan ikke være negativt.' }],
    },
  ],
});
