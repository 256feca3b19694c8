// Occupancy must lie in (0, 100] %.
import { formatNumber } from '../format';
import { yearLabel } from './helpers';
import type { Rule } from './types';

export const belaegningRange: Rule = {
  meta: {
    id: 'belaegning-range',
    severity: 'error',
    review: null,
    title: 'Belægning skal være over 0 og højst 100 %',
    description: 'Belægningen er 0 eller negativ, eller over 100 %.',
    points: 'Belægning',
    example: 'Belægning 150 % eller 0 %.',
    messages: { range: 'Belægningen for {year} er {value} %; den skal være over 0 og højst 100 %.' },
  },
  create: (ctx) => ({
    yearRow(y) {
      const v = y.belaegning.value;
      if (v !== null && (v <= 0 || v > 100))
        ctx.report({ messageId: 'range', cell: y.belaegning.cell, data: { year: yearLabel(y), value: formatNumber(v, 1) } });
    },
  }),
};
