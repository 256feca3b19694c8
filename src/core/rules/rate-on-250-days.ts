// A day rate computed on 250 payment days instead of 365 (the Syrenhuset case: 362 kr. against 248 kr.).
import { DAYS_FULL_YEAR, DAYS_PAYMENT, impliedRate } from '../compute/rates';
import { formatNumber } from '../format';
import type { YearRow } from '../model/takstskema';
import { matchesImplied as matches } from '../compute/tolerances';
import type { Rule } from './types';

/**
 * The rate to hold against the budget, or null when the budget already reproduces one on 365 days. With levels
 * (the test sheet's day offers: Takst 1 counts 2/3 of a place, Takst 2 is the full place) the budget gives the
 * full-place level, the highest; a single rate is that level; Basis alone stands for it when no level is typed.
 */
function rateToTest(y: YearRow, r365: number): { value: number; cell: string | null } | null {
  if (y.time.value !== null) return null;
  const levels = y.takster.filter((t) => t.value !== null);
  if (levels.length === 0) return y.basis.value !== null ? { value: y.basis.value, cell: y.basis.cell } : null;
  if (levels.some((t) => matches(t.value!, r365))) return null;
  const full = levels.reduce((max, t) => (t.value! > max.value! ? t : max));
  return { value: full.value!, cell: full.cell };
}

export const rateOn250Days: Rule = {
  meta: {
    id: 'rate-on-250-days',
    severity: 'warning',
    review: 'Mistanke om 250-dagestakst',
    title: 'Dagtakst beregnet på 250 betalingsdage',
    description:
      'For Dag- og Døgntilbud: ingen takst svarer til budget ÷ (pladser × belægning × 365), men den fulde plads (den højeste takst, eller den eneste) svarer til 250 dage (tolerance 1,5 % eller 1 kr.).',
    points: 'Den fulde plads (den højeste takst)',
    example: 'Syrenhuset: Takst 1 362 kr., hvor budgettet giver 248 kr. på 365 dage og 362 kr. på 250; eller Hobros 332/498 ganget med 365/250.',
    messages: {
      days250:
        'Taksten {rate} kr. svarer til budgettet fordelt på 250 betalingsdage ({r250} kr.); på 365 dage giver budgettet {r365} kr. Takster skal beregnes på 365 dage.',
    },
  },
  create: (ctx) => ({
    yearRow(y, b) {
      if (!/^(dag|døgn)$/i.test(b.enhed.value?.trim() ?? '')) return;
      const r365 = impliedRate(y.budget.value, y.pladser.value, y.belaegning.value, DAYS_FULL_YEAR);
      const r250 = impliedRate(y.budget.value, y.pladser.value, y.belaegning.value, DAYS_PAYMENT);
      if (r365 === null || r250 === null) return;
      const rate = rateToTest(y, r365);
      if (rate && matches(rate.value, r250) && !matches(rate.value, r365)) {
        ctx.report({ messageId: 'days250', cell: rate.cell, data: { rate: formatNumber(rate.value), r250: formatNumber(r250), r365: formatNumber(r365) } });
      }
    },
  }),
};
