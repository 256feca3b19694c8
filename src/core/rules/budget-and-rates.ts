// A year with rates needs a positive budget, and a year with a budget needs its rates.
import type { YearRow } from '../model/takstskema';
import { isTyped } from '../model/queries';
import { yearLabel } from './helpers';
import type { Rule } from './types';

function hasRate(y: YearRow): boolean {
  return y.basis.value !== null || y.time.value !== null || y.takster.some((t) => t.value !== null);
}

export const budgetAndRates: Rule = {
  meta: {
    id: 'budget-and-rates',
    severity: 'error',
    review: null,
    title: 'Budget og takster hører sammen',
    description: 'Et år har takster men intet positivt Budget i alt, eller et budget men ingen takster.',
    points: 'Budget i alt eller Takst 1',
    example: 'Takst 1 udfyldt for 2027, Budget i alt tom.',
    messages: {
      noBudget: '{year} har takster, men Budget i alt er {budget}; angiv takstgrundlaget inkl. regulering.',
      noRates: '{year} har et budget, men ingen takster (Basis, Time eller Takst 1-10).',
    },
  },
  create: (ctx) => ({
    yearRow(y, b) {
      const kind = (b.enhed.value ?? '').trim().toLowerCase();
      if (kind === 'trækningsret' || kind === 'objektiv') return; // financed without a rate per unit
      const year = yearLabel(y);
      const budget = y.budget.value;
      // A budget that could not be read (text, an error value, a formula without result) has its own finding.
      if (hasRate(y) && (budget === null ? !isTyped(y.budget) : budget <= 0)) {
        ctx.report({ messageId: 'noBudget', cell: y.budget.cell, data: { year, budget: budget === null ? 'tom' : 'ikke positivt' } });
      } else if (!hasRate(y) && budget !== null && budget > 0) {
        ctx.report({ messageId: 'noRates', cell: y.takster[0].cell, data: { year } });
      }
    },
  }),
};
