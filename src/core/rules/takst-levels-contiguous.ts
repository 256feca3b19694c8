// Tariff levels fill Takst 1, 2, 3 … without gaps.
import { isTyped } from '../model/queries';
import { yearLabel } from './helpers';
import type { Rule } from './types';

export const takstLevelsContiguous: Rule = {
  meta: {
    id: 'takst-levels-contiguous',
    severity: 'error',
    review: null,
    title: 'Takstniveauer uden huller',
    description: 'Et takstniveau er udfyldt, mens et lavere niveau er tomt (f.eks. Takst 3 uden Takst 2).',
    points: 'Det første tomme niveau',
    example: 'Takst 1 og Takst 3 udfyldt, Takst 2 tom.',
    messages: { gap: 'Takst {level} er tom, men Takst {later} er udfyldt for {year}; niveauerne skal udfyldes fra Takst 1 uden huller.' },
  },
  create: (ctx) => ({
    yearRow(y) {
      // A cell holding something unreadable (#DIV/0!, text) is typed: its own finding says what is wrong.
      const last = y.takster.map(isTyped).lastIndexOf(true);
      const gap = y.takster.findIndex((t, i) => i < last && !isTyped(t));
      if (gap >= 0) ctx.report({ messageId: 'gap', cell: y.takster[gap].cell, data: { level: String(gap + 1), later: String(last + 1), year: yearLabel(y) } });
    },
  }),
};
