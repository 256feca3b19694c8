// Text where a number belongs, which cannot be read as one.
import type { Rule } from './types';

export const notANumber: Rule = {
  meta: {
    id: 'not-a-number',
    severity: 'error',
    title: 'Tekst i en talcelle',
    description: 'En talcelle indeholder tekst, der ikke kan læses som et tal.',
    points: 'Cellen med teksten',
    example: 'Pladser skrevet som "ca. halvtreds".',
    messages: { text: '{field} skal være et tal, men indeholder "{raw}".' },
  },
  create: (ctx) => ({
    field({ name, field }) {
      if (field.issue === 'not-a-number') ctx.report({ messageId: 'text', cell: field.cell, data: { field: name, raw: String(field.raw) } });
    },
  }),
};
