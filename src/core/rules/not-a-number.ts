// Text where a number belongs, which cannot be read as one.
import { numberFields } from './helpers';
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
  check(ctx) {
    for (const b of ctx.sheet.blocks) {
      for (const { name, field } of numberFields(b)) {
        if (field.issue === 'not-a-number') ctx.report({ messageId: 'text', cell: field.cell, block: b, data: { field: name, raw: String(field.raw) } });
      }
    }
  },
};
