import { rateOn250Days } from '../../src/core/rules/rate-on-250-days';
import { at, HOBRO, testRule } from './helpers';

// Syrenhuset (Aalborg, 2026): 248 kr. on 365 days is 362 kr. on 250 days for the same budget.
const syrenhuset = (rate: number) => ({
  tilbud: 'Syrenhuset',
  afdeling: 'Syrenhuset',
  paragraf: 'SEL § 104',
  enhed: 'Dag',
  y2: { pladser: 10, belaegning: 100, budget: 248 * 10 * 365, regulering: 0, oh: 5, takster: [rate] },
});

testRule(rateOn250Days, {
  valid: [
    { name: 'the 365-day rate', blocks: [syrenhuset(248)] },
    { name: 'the test municipality’s rows', blocks: [HOBRO] },
  ],
  invalid: [
    {
      name: 'the rate of the budget on 250 days (362 against 248)',
      blocks: [syrenhuset(362)],
      findings: [
        {
          cell: at('takst1', 'y2Row'),
          messageId: 'days250',
          message:
            'Taksten 362 kr. svarer til budgettet fordelt på 250 betalingsdage (362 kr.); på 365 dage giver budgettet 248 kr. Takster skal beregnes på 365 dage.',
        },
      ],
    },
  ],
});
