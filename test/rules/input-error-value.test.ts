import { inputErrorValue } from '../../src/core/rules/input-error-value';
import { HOBRO, testRule } from './helpers';

testRule(inputErrorValue, {
  valid: [{ name: 'figures without error values', blocks: [HOBRO] }],
  invalid: [
    {
      name: '#REF! in Budget i alt',
      blocks: [HOBRO],
      edit: (s) => {
        const y = s.blocks[0].y2!;
        y.budget = { ...y.budget, value: null, error: '#REF!', issue: 'error-value' };
      },
      findings: [
        { cell: (l) => `G${l.blocks[0].y2Row + 1}`, messageId: 'error', message: 'Budget i alt 2027 viser fejlen #REF!; ret formlen eller skriv tallet.' },
      ],
    },
  ],
});
