import { findingsOf, HOBRO } from './helpers';
import { rateOn250Days } from '../../src/core/rules/rate-on-250-days';

// Syrenhuset (Aalborg, 2026): 248 kr. on 365 days is 362 kr. on 250 days for the same budget.
const syrenhuset = (rate: number) => ({
  tilbud: 'Syrenhuset',
  afdeling: 'Syrenhuset',
  paragraf: 'SEL § 104',
  enhed: 'Dag',
  y2: { pladser: 10, belaegning: 100, budget: 248 * 10 * 365, regulering: 0, oh: 5, takster: [rate] },
});

describe('rate-on-250-days', () => {
  it('warns at the rate when it matches the budget on 250 days (362 against 248)', () => {
    const { findings, layout } = findingsOf(rateOn250Days, [syrenhuset(362)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', cell: `M${layout.blocks[0].y2Row + 1}` });
    expect(findings[0].message).toBe(
      'Taksten 362 kr. svarer til budgettet fordelt på 250 betalingsdage (362 kr.); på 365 dage giver budgettet 248 kr. Takster skal beregnes på 365 dage.',
    );
  });

  it('accepts the 365-day rate and the test municipality rows', () => {
    expect(findingsOf(rateOn250Days, [syrenhuset(248)]).findings).toEqual([]);
    expect(findingsOf(rateOn250Days, [HOBRO]).findings).toEqual([]);
  });
});
