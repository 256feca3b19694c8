// An Excel error value (#REF!, #DIV/0!, #N/A …) in an input cell.
import { fieldName } from './helpers';
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
    field(f, b, at) {
      if (f.issue === 'error-value') ctx.report({ messageId: 'error', cell: f.cell, data: { field: fieldName(b, at), error: f.error ?? '#FEJL' } });
    },
  }),
};
