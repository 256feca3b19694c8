import { budgetAndRates } from '../../src/core/rules/budget-and-rates';
import { at, HOBRO, testRule } from './helpers';

testRule(budgetAndRates, {
  valid: [
    { name: 'budget and rates', blocks: [HOBRO] },
    { name: 'Trækningsret without rates', blocks: [{ ...HOBRO, enhed: 'Trækningsret', y2: { ...HOBRO.y2, basis: null, takster: [null] } }] },
  ],
  invalid: [
    {
      name: 'rates without a budget',
      blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, budget: null } }],
      findings: [{ cell: at('budget', 'y2Row'), messageId: 'noBudget' }],
    },
    {
      name: 'a budget without rates',
      blocks: [{ ...HOBRO, y2: { ...HOBRO.y2, basis: null, takster: [null] } }],
      findings: [{ cell: at('takst1', 'y2Row'), messageId: 'noRates', message: '2027 har et budget, men ingen takster (Basis, Time eller Takst 1-10).' }],
    },
  ],
});
