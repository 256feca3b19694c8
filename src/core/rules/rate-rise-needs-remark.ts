// A rate rising more than P/L + the threshold needs a Bemærkning (the draft only colours it red).
import { isEmptyBlock } from '../model/queries';
import { risesPastLimit } from '../compute/limits';
import { isBlankText, formatPct, formatPp } from './helpers';
import { rateChanges } from '../model/queries';
import { applicablePl } from '../compute/limits';
import type { Rule } from './types';

export const rateRiseNeedsRemark: Rule = {
  meta: {
    id: 'rate-rise-needs-remark',
    severity: 'error',
    review: 'Manglende bemærkning ved stigning',
    title: 'Takststigning over P/L kræver bemærkning',
    description: 'Basis, Time eller en Takst stiger mere end P/L + grænseværdien (uafrundet, skarpt større), og Bemærkning er tom.',
    points: 'Bemærkning',
    example: 'Udkastets testark: Kærvejs Basis 731 til 775 (+6,0 %) med P/L kommuner 3,10 % og grænse 2,0: over 5,10 %, Bemærkning tom.',
    messages: {
      missing: '{levels} stiger mere end {pl} ({plValue}) + {threshold} = {limit}; skriv i Bemærkning, hvad stigningen ud over P/L skyldes.',
    },
  },
  create(ctx) {
    const pl = applicablePl(ctx.sheet);
    const threshold = ctx.sheet.thresholds.rateRisePp.value;
    if (pl.value === null || threshold === null) return {}; // the sheet rules report the missing cells
    const limit = pl.value + threshold;
    return {
      block(b) {
        if (isEmptyBlock(b) || !isBlankText(b.bemaerkning)) return;
        const over = rateChanges(b).filter((r) => r.change !== null && risesPastLimit(r.change, pl.value!, threshold));
        if (over.length === 0) return;
        ctx.report({
          messageId: 'missing',
          cell: b.bemaerkning.cell,
          data: {
            levels: over.map((r) => `${r.name} (${r.change! > 0 ? '+' : ''}${formatPct(r.change!)})`).join(', '),
            pl: pl.label,
            plValue: formatPct(pl.value!, 2),
            threshold: formatPp(threshold),
            limit: formatPct(limit, 2),
          },
        });
      },
    };
  },
};
