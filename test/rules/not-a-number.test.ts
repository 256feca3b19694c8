import { notANumber } from '../../src/core/rules/not-a-number';
import { at, HOBRO, testRule } from './helpers';

testRule(notANumber, {
  valid: [{ name: 'numbers', blocks: [HOBRO] }],
  invalid: [
    {
      name: 'text that is no number',
      blocks: [HOBRO],
      sheet: { extra: (l) => [{ sheet: l.sheetName, cell: at('pladser', 'y2Row')(l), value: 'ca. halvtreds' }] },
      findings: [{ cell: at('pladser', 'y2Row'), messageId: 'text', message: 'Pladser 2027 skal være et tal, men indeholder "ca. halvtreds".' }],
    },
  ],
});
