import { identityRequired } from '../../src/core/rules/identity-required';
import { at, HOBRO, testRule } from './helpers';

testRule(identityRequired, {
  valid: [
    { name: 'Tilbud and Afdeling', blocks: [HOBRO] },
    { name: 'an empty block', blocks: [HOBRO], sheet: { spareBlocks: 1 } },
  ],
  invalid: [
    {
      name: 'no Afdeling in a block with figures',
      blocks: [{ ...HOBRO, afdeling: null }],
      findings: [{ cell: at('afdeling', 'y1Row'), messageId: 'missing', message: /^Afdeling er tom, men blokken har tal/ }],
    },
  ],
});
