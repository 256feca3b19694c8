import { budgetAndRates } from '../../src/core/rules/budget-and-rates';
import { findingsOf, HOBRO } from './helpers';

describe('budget-and-rates', () => {
  it('needs a budget beside rates, and rates beside a budget', () => {
    const noBudget = findingsOf(budgetAndRates, [{ ...HOBRO, y2: { ...HOBRO.y2, budget: null } }]);
    expect(noBudget.findings.map((f) => f.cell)).toEqual([`G${noBudget.layout.blocks[0].y2Row + 1}`]);
    const noRates = findingsOf(budgetAndRates, [{ ...HOBRO, y2: { ...HOBRO.y2, basis: null, takster: [null] } }]);
    expect(noRates.findings[0].message).toBe('2027 har et budget, men ingen takster (Basis, Time eller Takst 1-10).');
    expect(findingsOf(budgetAndRates, [HOBRO]).findings).toEqual([]);
    expect(findingsOf(budgetAndRates, [{ ...HOBRO, enhed: 'Trækningsret', y2: { ...HOBRO.y2, basis: null, takster: [null] } }]).findings).toEqual([]);
  });
});
