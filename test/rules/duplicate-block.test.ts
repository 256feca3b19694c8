import { duplicateBlock } from '../../src/core/rules/duplicate-block';
import { at, HOBRO, testRule } from './helpers';

testRule(duplicateBlock, {
  valid: [{ name: 'the same offer in another unit', blocks: [HOBRO, { ...HOBRO, enhed: 'Døgn' }] }],
  invalid: [
    {
      name: 'the same offer and unit again, its name in other case and spacing',
      blocks: [HOBRO, { ...HOBRO, tilbud: 'aktivitetshuset  hobro' }],
      findings: [{ cell: at('tilbud', 'y1Row', 1), messageId: 'duplicate', message: /står også i blokken i række \d+/ }],
    },
  ],
});
