// A number of places is a whole number.
import { formatNumber } from '../format';
import { yearLabel } from './helpers';
import type { Rule } from './types';

export const pladserNotWhole: Rule = {
  meta: {
    id: 'pladser-not-whole',
    severity: 'warning',
    review: null,
    title: 'Pladser er ikke et helt tal',
    description: 'Pladsantallet har decimaler.',
    points: 'Pladser',
    example: 'Pladser 12,5.',
    messages: { fraction: 'Pladser for {year} er {value}; et pladsantal er normalt et helt tal.' },
  },
  create: (ctx) => ({
    yearRow(y) {
      const v = y.pladser.value;
      if (v !== null && v >= 0 && !Number.isInteger(v))
        ctx.report({ messageId: 'fraction', cell: y.pladser.cell, data: { year: yearLabel(y), value: formatNumber(v, 2) } });
    },
  }),
};
