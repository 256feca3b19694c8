// A day rate computed on 250 payment days instead of 365 (the Syrenhuset case: 362 kr. against 248 kr.).
import { DAYS_FULL_YEAR, DAYS_PAYMENT, impliedRate } from '../compute/rates';
import { formatNumber } from '../format';
import type { YearRow } from '../model/takstskema';
import { RATE_MATCH_KRONER, RATE_MATCH_SHARE } from './tolerances';
import type { Rule } from './types';

function matches(rate: number, implied: number): boolean {
  return Math.abs(rate - implied) <= Math.max(RATE_MATCH_KRONER, implied * RATE_MATCH_SHARE);
}

/** The one rate a single-rate Dag/Døgn row reports (Takst 1, or Basis alone); null otherwise. */
function singleRate(y: YearRow): { value: number; cell: string | null } | null {
  const levels = y.takster.filter((t) => t.value !== null);
  if (levels.length === 1 && y.time.value === null) return { value: levels[0].value!, cell: levels[0].cell };
  if (levels.length === 0 && y.basis.value !== null && y.time.value === null) return { value: y.basis.value, cell: y.basis.cell };
  return null;
}

export const rateOn250Days: Rule = {
  meta: {
    id: 'rate-on-250-days',
    severity: 'warning',
    title: 'Dagtakst beregnet på 250 betalingsdage',
    description:
      'For Dag- og Døgntilbud med én takst: taksten svarer til budget ÷ (pladser × belægning × 250) og ikke til 365 dage (tolerance 1,5 % eller 1 kr.).',
    points: 'Taksten',
    example: 'Syrenhuset: Takst 1 362 kr., hvor budgettet giver 248 kr. på 365 dage og 362 kr. på 250.',
    messages: {
      days250:
        'Taksten {rate} kr. svarer til budgettet fordelt på 250 betalingsdage ({r250} kr.); på 365 dage giver budgettet {r365} kr. Takster skal beregnes på 365 dage.',
    },
  },
  check(ctx) {
    for (const b of ctx.sheet.blocks) {
      if (!/^(dag|døgn)$/i.test(b.enhed.value?.trim() ?? '')) continue;
      for (const y of [b.y1, b.y2]) {
        if (!y) continue;
        const rate = singleRate(y);
        const r365 = impliedRate(y.budget.value, y.pladser.value, y.belaegning.value, DAYS_FULL_YEAR);
        const r250 = impliedRate(y.budget.value, y.pladser.value, y.belaegning.value, DAYS_PAYMENT);
        if (!rate || r365 === null || r250 === null) continue;
        if (matches(rate.value, r250) && !matches(rate.value, r365)) {
          ctx.report({ messageId: 'days250', cell: rate.cell, block: b, data: { rate: formatNumber(rate.value), r250: formatNumber(r250), r365: formatNumber(r365) } });
        }
      }
    }
  },
};
