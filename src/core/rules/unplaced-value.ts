// Content the reader could not place in a block: shown so that nothing a user typed is silently ignored.
import type { Rule } from './types';

export const unplacedValue: Rule = {
  meta: {
    id: 'unplaced-value',
    severity: 'warning',
    review: null,
    title: 'Indhold, der ikke kan placeres',
    description: 'En celle i en blok står uden for skemaets felter (ukendt kolonne, en ekstra årsrække, en løs række) og indgår ikke i kontrollen.',
    points: 'Cellen',
    example: 'En værdi under en ekstra kolonne "Intern note" efter Bemærkning.',
    messages: { unplaced: '"{value}" indgår ikke i skemaet: {reason}.' },
  },
  create: (ctx) => ({
    sheet() {
      for (const u of ctx.sheet.unplaced) {
        if (u.kind !== 'locked-cell' && u.kind !== 'unknown-header')
          ctx.report({ messageId: 'unplaced', cell: u.cell, data: { value: String(u.value), reason: u.reason.toLowerCase() } });
      }
    },
  }),
};
