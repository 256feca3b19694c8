// Basis beside Takst levels is a share of the rate, so it lies below every level.
import { formatNumber } from '../format';
import { yearLabel } from './helpers';
import type { Rule } from './types';

export const basisBelowLevels: Rule = {
  meta: {
    id: 'basis-below-levels',
    severity: 'warning',
    review: null,
    title: 'Basis under alle takstniveauer',
    description: 'Basis er angivet ved siden af takstniveauer, men er ikke lavere end hvert niveau (basistaksten er en andel af taksten).',
    points: 'Basis',
    example: 'Basis 500 ved siden af Takst 1 på 325.',
    messages: { above: 'Basis ({basis}) for {year} er ikke lavere end Takst {level} ({rate}); basistaksten er en andel af den samlede takst.' },
  },
  create: (ctx) => ({
    yearRow(y) {
      if (y.basis.value === null) return;
      const i = y.takster.findIndex((t) => t.value !== null && t.value <= y.basis.value!);
      if (i >= 0)
        ctx.report({
          messageId: 'above',
          cell: y.basis.cell,
          data: { basis: formatNumber(y.basis.value), year: yearLabel(y), level: String(i + 1), rate: formatNumber(y.takster[i].value) },
        });
    },
  }),
};
