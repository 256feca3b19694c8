// Text that only looks like a number: read, but flagged so the cell can be made a real number.
import { formatNumber } from '../format';
import { fieldName } from './helpers';
import type { Rule } from './types';

export const textNumber: Rule = {
  meta: {
    id: 'text-number',
    severity: 'warning',
    review: null,
    title: 'Tal skrevet som tekst',
    description: 'En talcelle indeholder tekst, der kan læses som et tal (f.eks. "1.234,5" eller "98 %").',
    points: 'Cellen med teksten',
    example: 'Budget i alt skrevet som teksten "8.716.584": læses som 8.716.584 og markeres, så det bliver et tal.',
    messages: { text: '{field} er skrevet som tekst ("{raw}"); læst som {value}. Skriv tallet som et tal.' },
  },
  create: (ctx) => ({
    field(field, b, at) {
      if (field.issue !== 'text-number' || field.value === null) return;
      ctx.report({
        messageId: 'text',
        cell: field.cell,
        data: { field: fieldName(b, at), raw: String(field.raw), value: formatNumber(field.value, 2).replace(/,00$/, '') },
      });
    },
  }),
};
