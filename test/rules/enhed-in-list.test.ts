import { enhedInList } from '../../src/core/rules/enhed-in-list';
import { at, HOBRO, testRule } from './helpers';

testRule(enhedInList, {
  valid: [
    { name: 'Dag in lower case', blocks: [{ ...HOBRO, enhed: 'dag' }] },
    { name: 'stk', blocks: [{ ...HOBRO, enhed: 'stk' }] },
  ],
  invalid: [
    {
      name: 'a unit not in the list',
      blocks: [{ ...HOBRO, enhed: 'Pr. borger' }],
      findings: [{ cell: at('enhed', 'y1Row'), messageId: 'unknown', message: /^Enhed "Pr. borger" står ikke i listen/ }],
    },
    {
      name: 'no unit',
      blocks: [{ ...HOBRO, enhed: null }],
      findings: [{ cell: at('enhed', 'y1Row'), messageId: 'missing', message: 'Enhed er tom; vælg enheden fra rullemenuen.' }],
    },
  ],
});
