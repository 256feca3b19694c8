import { takstLevelsContiguous } from '../../src/core/rules/takst-levels-contiguous';
import { at, HOBRO, testRule } from './helpers';

testRule(takstLevelsContiguous, {
  valid: [{ name: 'Takst 1 and 2', blocks: [HOBRO] }],
  invalid: [
    {
      name: 'Takst 2 empty before Takst 3',
      blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, takster: [487, null, 600] } }],
      findings: [{ cell: at('takst2', 'y2Row'), messageId: 'gap', message: /^Takst 2 er tom, men Takst 3 er udfyldt for 2027/ }],
    },
  ],
});
