import { basisBelowLevels } from '../../src/core/rules/basis-below-levels';
import { at, HOBRO, testRule } from './helpers';

testRule(basisBelowLevels, {
  valid: [
    { name: 'no Basis', blocks: [HOBRO] },
    { name: 'Basis below every level', blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, basis: 300 } }] },
  ],
  invalid: [
    {
      name: 'Basis 500 above Takst 1 (325)',
      blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, basis: 500 } }],
      findings: [
        {
          cell: at('basis', 'y2Row'),
          messageId: 'above',
          message: 'Basis (500) for 2027 er ikke lavere end Takst 1 (325); basistaksten er en andel af den samlede takst.',
        },
      ],
    },
  ],
});
