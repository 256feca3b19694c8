// An Excel error value (#REF!, #DIV/0!, #N/A …) in an input cell.
import type { Rule } from './types';

export const inputErrorValue: Rule = {
  meta: {
    id: 'input-error-value',
    severity: 'error',
    review: null,
    title: 'Fejlværdi i en indtastningscelle',
    description: 'En talcelle viser en Excel-fejl som #REF! eller #DIV/0!.',
    points: 'Cellen med fejlen',
    example: 'Budget i alt for 2027 viser #DIV/0! efter en ødelagt formel.',
    messages: { error: '{field} viser fejlen {error}; ret formlen eller skriv tallet.' },
  },
  create: (ctx) => ({
    field(f) {
      if (f.field.issue === 'error-value') ctx.report({ messageId: 'error', cell: f.field.cell, data: { field: f.name, error: f.field.error ?? '#FEJL' } });
    },
  }),
};
